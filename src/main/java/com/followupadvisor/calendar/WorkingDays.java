package com.followupadvisor.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The employer's working days: not a Saturday or Sunday, not a public holiday of the region (when
 * there is one), not one of their closed days; and the quiet weeks, days that do not count as
 * days of waiting.
 */
public final class WorkingDays {

    /** A year's public holidays per region ("DE-BY 2026"), worked out once: a calendar lookup is slow. */
    private static final Map<String, Set<LocalDate>> PUBLIC_HOLIDAYS = new ConcurrentHashMap<>();
    /** More than any run of days off: a guard against a list that closes every day. */
    private static final int LONGEST_BREAK = 370;

    private final String region;
    private final Set<LocalDate> closed;
    private final Predicate<LocalDate> quiet;

    /** {@code region} null: weekends only; {@code quiet}: the days of the quiet weeks. */
    public WorkingDays(String region, Collection<LocalDate> closedDays, Predicate<LocalDate> quiet) {
        this.region = region;
        this.closed = Set.copyOf(closedDays);
        this.quiet = quiet;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !closed.contains(day)
                && (region == null || !publicHolidays(region, day.getYear()).contains(day));
    }

    /** The day itself when it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < LONGEST_BREAK && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first working day after {@code day}. */
    public LocalDate after(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }

    /** The working day {@code days} working days before {@code day}. */
    public LocalDate before(LocalDate day, int days) {
        LocalDate d = day;
        int counted = 0;
        for (int i = 0; i < LONGEST_BREAK && counted < days; i++) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** {@code days} days after {@code day}, counting only days outside the quiet weeks. */
    public LocalDate plusWaitingDays(LocalDate day, int days) {
        LocalDate d = day;
        int counted = 0;
        for (int i = 0; i < days + LONGEST_BREAK && counted < days; i++) {
            d = d.plusDays(1);
            if (!quiet.test(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The day itself when it is a working day outside the quiet weeks, else the next such day. */
    public LocalDate activeOnOrAfter(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < LONGEST_BREAK && (!isWorkingDay(d) || quiet.test(d)); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Set<LocalDate> publicHolidays(String region, int year) {
        return PUBLIC_HOLIDAYS.computeIfAbsent(region + " " + year, key -> {
            String country = region.substring(0, 2).toLowerCase(Locale.ROOT);
            String[] subdivision = region.length() > 2 ? new String[] {region.substring(3).toLowerCase(Locale.ROOT)}
                    : new String[0];
            // public holidays only (not bank holidays or observances), on the day they are taken off
            return HolidayManager.getInstance(ManagerParameters.create(country))
                    .getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                    .map(h -> h.getObservedDate().orElse(h.getActualDate())).collect(Collectors.toUnmodifiableSet());
        });
    }
}
