package com.followupadvisor.advice;

import java.time.LocalDate;

/** The calendar arithmetic the rules call; which dates matter is the rules' business. */
public final class Dates {

    private Dates() {
    }

    @Means("the date that many calendar days later")
    public static LocalDate plusDays(LocalDate date, int days) {
        return date.plusDays(days);
    }

    /** The later of two dates. */
    @Means("the later of the two dates")
    public static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
