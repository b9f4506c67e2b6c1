package com.followupadvisor.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The year-end quiet weeks of contract 2.0, from {@code rules/quiet-weeks.txt}: the days of each
 * year when most offices slow down (24 December to 1 January by default), which do not count as
 * days of a wait. They are the rule authors' data, not code, so they can be changed or emptied
 * without a release; this class only says which days they are, and knows nothing of waits.
 *
 * <p>Each period runs from one day of the year to another, both included, and repeats every year;
 * one whose end comes before its start in the calendar runs across the new year. A period naming
 * 29 February counts that day in leap years only: in other years it simply has one day fewer
 * ("February 20 to February 29" ends on the 28th, "February 29 to March 3" starts on 1 March), and
 * a period of 29 February alone holds no day at all. So no day is ever moved to another date.
 */
public final class QuietWeeks {

    /** No quiet weeks: every day counts (no file, or a file without periods). */
    public static final QuietWeeks NONE = new QuietWeeks(List.of());

    private final List<Period> periods;

    /** {@code periods} in the order the rule author wrote them; they may overlap. */
    public QuietWeeks(List<Period> periods) {
        this.periods = List.copyOf(periods);
    }

    /** Whether {@code day} lies in one of the periods. */
    public boolean contains(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        for (Period period : periods) {
            if (period.contains(monthDay)) {
                return true;
            }
        }
        return false;
    }

    /** The periods, in the order they were written. */
    public List<Period> periods() {
        return periods;
    }

    /** Whether there are no periods, so that every day counts. */
    public boolean isEmpty() {
        return periods.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuietWeeks o && periods.equals(o.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    /** As a rule author writes them: {@code quiet weeks: December 24 to January 1}. */
    @Override
    public String toString() {
        return periods.isEmpty() ? "no quiet weeks"
                : "quiet weeks: " + periods.stream().map(Period::toString).collect(Collectors.joining("; "));
    }

    /**
     * One quiet period, {@code from} to {@code to}, both included; when {@code to} comes before
     * {@code from} in the calendar, it runs across the new year. A period of one day has
     * {@code from} equal to {@code to}.
     */
    public record Period(MonthDay from, MonthDay to) {

        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** Whether this period runs from one year into the next, as 24 December to 1 January does. */
        public boolean crossesNewYear() {
            return to.isBefore(from);
        }

        /** Whether {@code day} lies in this period, in any year. */
        public boolean contains(LocalDate day) {
            return contains(MonthDay.from(day));
        }

        boolean contains(MonthDay day) {
            boolean afterStart = !day.isBefore(from);
            boolean beforeEnd = !day.isAfter(to);
            return crossesNewYear() ? afterStart || beforeEnd : afterStart && beforeEnd;
        }

        /** {@code December 24 to January 1}, as the file has it. */
        @Override
        public String toString() {
            return name(from) + " to " + name(to);
        }

        private static String name(MonthDay day) {
            return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
        }
    }
}
