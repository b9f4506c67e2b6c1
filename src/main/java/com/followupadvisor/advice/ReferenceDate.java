package com.followupadvisor.advice;

import java.time.LocalDate;

/**
 * The date by which the employer should have answered (their own date, else one the rules
 * assume); follow-ups are timed from it. The rules work it out; the answer's status shows it.
 */
@Means("The date the employer should have answered by; follow-ups are timed from it. The rules make it; the answer's status shows it.")
public final class ReferenceDate {

    private final LocalDate date;
    private final Text reason;

    public ReferenceDate(LocalDate date, Text reason) {
        this.date = date;
        this.reason = reason;
    }

    @Means("the date")
    public LocalDate getDate() {
        return date;
    }

    /** Why it is this date, in words. */
    @Means("why it is this date: a text with values of its own")
    public Text getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "ReferenceDate[" + date + "]";
    }
}
