package com.followupadvisor.advice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Something the employer said, with what the candidate has done since: whether they answered it,
 * whether an interview was held since, and, for an assignment or an offer, what became of it.
 * Only the fields of its kind are set; the others are null or false.
 */
@Means("Something the employer said; only the fields of its kind are set.")
public final class EmployerMessage implements Subject {

    private final String ref;
    private final int number;
    private final MessageKind kind;
    private final LocalDateTime at;
    private final LocalDate today;
    private final boolean answered;
    private final boolean interviewHeldSince;
    private final boolean latest;
    private final Topic about;
    private final LocalDate expectedBy;
    private final LocalDate answerBy;
    private final LocalDate due;
    private final LocalDateTime newAt;
    private final boolean reachedAnInterview;
    private final boolean submitted;
    private final LocalDate repliedOn;
    private final boolean decided;

    public EmployerMessage(String ref, int number, MessageKind kind, LocalDateTime at, LocalDate today, boolean answered,
            boolean interviewHeldSince, boolean latest, Topic about, LocalDate expectedBy, LocalDate answerBy, LocalDate due,
            LocalDateTime newAt, boolean reachedAnInterview, boolean submitted, LocalDate repliedOn, boolean decided) {
        this.ref = ref;
        this.number = number;
        this.kind = kind;
        this.at = at;
        this.today = today;
        this.answered = answered;
        this.interviewHeldSince = interviewHeldSince;
        this.latest = latest;
        this.about = about;
        this.expectedBy = expectedBy;
        this.answerBy = answerBy;
        this.due = due;
        this.newAt = newAt;
        this.reachedAnInterview = reachedAnInterview;
        this.submitted = submitted;
        this.repliedOn = repliedOn;
        this.decided = decided;
    }

    /** Its place among the employer's messages, from 1, in the history's order. */
    @Override
    @Means("which of the employer's messages it is, from 1")
    public int getNumber() {
        return number;
    }

    @Override
    @Means("its id in the history, for the answer's step names")
    public String getRef() {
        return ref;
    }

    @Means("what the employer said: STILL_DECIDING, QUESTION, INVITATION, RESCHEDULED, CANCELLED, ON_HOLD, ASSIGNMENT, OFFER, REJECTION")
    public MessageKind getKind() {
        return kind;
    }

    @Means("when they said it")
    public LocalDateTime getAt() {
        return at;
    }

    @Means("the date of at")
    public LocalDate getDate() {
        return at.toLocalDate();
    }

    /** Calendar days from its date to today. */
    @Means("calendar days from its date to today")
    public long getDaysOld() {
        return ChronoUnit.DAYS.between(at.toLocalDate(), today);
    }

    /** The candidate answered it: a reply, an acceptance, a decline or a withdrawal came after it. */
    @Means("the candidate answered it (a reply, an acceptance, a decline or a withdrawal came after it)")
    public boolean isAnswered() {
        return answered;
    }

    /** An interview was held after it. */
    @Means("an interview was held after it")
    public boolean isInterviewHeldSince() {
        return interviewHeldSince;
    }

    /** It is the employer's latest message. */
    @Means("it is the employer's latest message")
    public boolean isLatest() {
        return latest;
    }

    /** What a question asked about, or null. */
    @Means("what a question asked about, or null")
    public Topic getAbout() {
        return about;
    }

    /** Still deciding: the new date they gave, or null. */
    @Means("still deciding: the new date they gave, or null")
    public LocalDate getExpectedBy() {
        return expectedBy;
    }

    /** An offer: the date to answer it by, or null. */
    @Means("an offer: the date to answer it by, or null")
    public LocalDate getAnswerBy() {
        return answerBy;
    }

    /** An assignment: the date it is due. */
    @Means("an assignment: the date it is due")
    public LocalDate getDue() {
        return due;
    }

    /** A moved interview: its new time. */
    @Means("a moved interview: its new time")
    public LocalDateTime getNewAt() {
        return newAt;
    }

    /** A move or cancellation that found the interview it applies to. */
    @Means("a move or cancellation that found the interview it applies to")
    public boolean isReachedAnInterview() {
        return reachedAnInterview;
    }

    /** An assignment handed in: a submission came after it. */
    @Means("an assignment handed in: a submission came after it")
    public boolean isSubmitted() {
        return submitted;
    }

    /** An offer: the date of the first reply after it, or null. */
    @Means("an offer: the date of the first reply after it, or null")
    public LocalDate getRepliedOn() {
        return repliedOn;
    }

    /** An offer: accepted or declined since. */
    @Means("an offer: accepted or declined since")
    public boolean isDecided() {
        return decided;
    }

    @Override
    public String toString() {
        return "EmployerMessage[" + number + " " + kind + " at " + at + (answered ? ", answered" : "") + "]";
    }
}
