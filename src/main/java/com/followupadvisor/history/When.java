package com.followupadvisor.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * When an event happened: a date-time, or a date alone (trackers that keep only dates). A date
 * alone counts as 00:00 of its day for durations and against {@code asOf}, and sorts after the
 * timed events of its day.
 */
public record When(LocalDateTime moment, boolean dateOnly) implements Comparable<When> {

    private static final Comparator<When> ORDER = Comparator.comparing((When w) -> w.moment.toLocalDate())
            .thenComparing(w -> w.dateOnly)
            .thenComparing(w -> w.moment.toLocalTime());

    public When {
        if (dateOnly && !moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("a date alone is 00:00 of its day: " + moment);
        }
    }

    public static When at(LocalDateTime moment) {
        return new When(moment, false);
    }

    public static When on(LocalDate date) {
        return new When(date.atStartOfDay(), true);
    }

    public LocalDate date() {
        return moment.toLocalDate();
    }

    /** Whether this comes after {@code other} in the history's order. */
    public boolean isAfter(When other) {
        return compareTo(other) > 0;
    }

    /** The history's order: by date; on one date, timed events by time, then dates alone. */
    @Override
    public int compareTo(When other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return dateOnly ? date().toString() : moment.toString();
    }
}
