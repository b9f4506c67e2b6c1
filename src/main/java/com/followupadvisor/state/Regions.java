package com.followupadvisor.state;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.TimeZone;

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
    /** Each zone's region as {@link #ofZone} found it, "" for none: a zone's country never changes while we run. */
    private static final Map<String, String> ZONE_REGIONS = new ConcurrentHashMap<>();

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

    /**
     * The country of {@code zone} ({@code Europe/Berlin} -> {@code DE}), contract 2.0's default
     * holiday region (most employers are where the candidate lives), or null when the zone has no
     * country ({@code UTC}, {@code Etc/GMT+1}, an offset) or the country's holidays are not known.
     * The country comes from ICU's copy of the IANA zone data (its {@code zone.tab}), which ICU
     * keeps up to date with each release, so no table of ours goes stale when zones are added.
     */
    public static String ofZone(ZoneId zone) {
        String region = ZONE_REGIONS.computeIfAbsent(zone.getId(), Regions::countryOf);
        return region.isEmpty() ? null : region;
    }

    private static String countryOf(String zoneId) {
        try {
            String region = TimeZone.getRegion(zoneId); // "001" (the world) for UTC and Etc/* zones
            return known(region) && region.length() == 2 ? region : "";
        } catch (IllegalArgumentException e) { // a zone ICU does not know, or an offset such as +02:00
            return "";
        }
    }
}
