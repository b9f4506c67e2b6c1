package com.followupadvisor.advice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The calendar arithmetic the rules call; which dates matter is the rules' business. */
public final class Dates {

    private static final String[] DAY_NAMES = java.util.Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

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

    /** A window as people read it: "on Monday 2026-11-23", or "from Monday 2026-11-30 to Tuesday 2026-12-01". */
    public static String window(LocalDate from, LocalDate to) {
        return from.equals(to) ? "on " + describe(from) : "from " + describe(from) + " to " + describe(to);
    }

    /** A date as people read it in the advice's explanations: "Monday 2026-11-23". */
    public static String describe(LocalDate date) {
        return DAY_NAMES[date.getDayOfWeek().ordinal()] + " " + date;
    }
}
