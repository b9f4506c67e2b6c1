package com.followupadvisor.advice;

import java.time.LocalDate;

/**
 * Something after which the candidate waits for the employer's answer: the latest interview held,
 * the employer saying they are still deciding, an assignment handed in, a reply to their question.
 * Only those that count are facts: none from before the employer's newest date.
 */
@Means("Something after which the candidate waits for the employer's answer.")
public final class WaitStart {

    private final int number;
    private final WaitKind kind;
    private final LocalDate date;
    private final LocalDate expectedBy;

    public WaitStart(int number, WaitKind kind, LocalDate date, LocalDate expectedBy) {
        this.number = number;
        this.kind = kind;
        this.date = date;
        this.expectedBy = expectedBy;
    }

    /** Its place among the wait starts, from 1, in the history's order. */
    @Means("which wait start it is, from 1")
    public int getNumber() {
        return number;
    }

    @Means("what started the wait")
    public WaitKind getKind() {
        return kind;
    }

    @Means("the date it happened")
    public LocalDate getDate() {
        return date;
    }

    /** The date the employer gave with it, or null. */
    @Means("the date the employer gave with it, or null")
    public LocalDate getExpectedBy() {
        return expectedBy;
    }

    @Override
    public String toString() {
        return "WaitStart[" + number + " " + kind + " on " + date + (expectedBy != null ? ", expected by " + expectedBy : "")
                + "]";
    }
}
