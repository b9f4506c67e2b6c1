package com.followupadvisor.state;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The holiday regions a request may name: a country whose public holidays are known (Jollyday's
 * calendars), optionally with one of its subdivisions ({@code DE-BY}, {@code US-NY}, {@code GB-SCT}).
 */
public final class Regions {

    private static final Set<String> COUNTRIES = Set.copyOf(HolidayManager.getSupportedCalendarCodes().stream()
            .filter(code -> code.matches("[A-Z]{2}")).toList());
    private static final Map<String, Set<String>> SUBDIVISIONS = new ConcurrentHashMap<>();

    private Regions() {
    }

    /** Whether {@code region} is written as the contract says and its holidays are known. */
    public static boolean known(String region) {
        if (region == null || !region.matches(Limits.REGION)) {
            return false;
        }
        String country = region.substring(0, 2);
        if (!COUNTRIES.contains(country)) {
            return false;
        }
        return region.length() == 2 || subdivisions(country).contains(region.substring(3).toLowerCase(Locale.ROOT));
    }

    /** The country's subdivisions with holidays of their own, in lower case as the calendars name them. */
    static Set<String> subdivisions(String country) {
        return SUBDIVISIONS.computeIfAbsent(country, c -> Set.copyOf(HolidayManager
                .getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))).getCalendarHierarchy().getChildren().keySet()));
    }
}
