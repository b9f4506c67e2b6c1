package com.followupadvisor.advice;

import java.time.LocalDate;

/** An offer from another employer that must be answered by a date. */
@Means("An offer from another employer with a date to answer it by.")
public final class OtherOffer implements Subject {

    private final String ref;
    private final int number;
    private final LocalDate date;
    private final LocalDate answerBy;
    private final boolean acted;
    private final boolean interviewAfterAnswerBy;

    public OtherOffer(String ref, int number, LocalDate date, LocalDate answerBy, boolean acted,
            boolean interviewAfterAnswerBy) {
        this.interviewAfterAnswerBy = interviewAfterAnswerBy;
        this.ref = ref;
        this.number = number;
        this.date = date;
        this.answerBy = answerBy;
        this.acted = acted;
    }

    @Override
    @Means("which other offer it is, from 1")
    public int getNumber() {
        return number;
    }

    @Override
    @Means("its id in the history, for the answer's step names")
    public String getRef() {
        return ref;
    }

    /** When the candidate recorded it. */
    @Means("when the candidate recorded it")
    public LocalDate getDate() {
        return date;
    }

    @Means("the date the other employer wants an answer by")
    public LocalDate getAnswerBy() {
        return answerBy;
    }

    /** A follow-up was made after it, or the candidate said they asked this employer to speed up. */
    @Means("a follow-up was made after it, or the candidate asked this employer to speed up")
    public boolean isActedOn() {
        return acted;
    }

    /** An interview with this employer is still to come after {@link #getAnswerBy()}. */
    @Means("an interview with this employer is still to come after answerBy")
    public boolean isInterviewAfterAnswerBy() {
        return interviewAfterAnswerBy;
    }

    @Override
    public String toString() {
        return "OtherOffer[" + number + " by " + answerBy + (acted ? ", acted on" : "") + "]";
    }
}
