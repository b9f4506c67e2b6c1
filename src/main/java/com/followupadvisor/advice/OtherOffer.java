package com.followupadvisor.advice;

import java.time.LocalDate;

/** An offer from another employer that must be answered by a date. */
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
    public int getNumber() {
        return number;
    }

    @Override
    public String getRef() {
        return ref;
    }

    /** When the candidate recorded it. */
    public LocalDate getDate() {
        return date;
    }

    public LocalDate getAnswerBy() {
        return answerBy;
    }

    /** A follow-up was made after it, or the candidate said they asked this employer to speed up. */
    public boolean isActedOn() {
        return acted;
    }

    /** An interview with this employer is still to come after {@link #getAnswerBy()}. */
    public boolean isInterviewAfterAnswerBy() {
        return interviewAfterAnswerBy;
    }

    @Override
    public String toString() {
        return "OtherOffer[" + number + " by " + answerBy + (acted ? ", acted on" : "") + "]";
    }
}
