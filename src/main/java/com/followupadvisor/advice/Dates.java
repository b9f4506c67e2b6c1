package com.followupadvisor.advice;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The calendar arithmetic the rules call; which dates matter is the rules' business. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate plusDays(LocalDate date, int days) {
        return date.plusDays(days);
    }

    /** The date itself on a weekday; the next Monday when it falls on a Saturday or Sunday. */
    public static LocalDate weekdayOnOrAfter(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return date.plusDays(2);
        }
        if (day == DayOfWeek.SUNDAY) {
            return date.plusDays(1);
        }
        return date;
    }
}
