package com.followupadvisor.wording;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How dates read in each language: in reasons and titles with the full date ("Monday 2026-11-23",
 * "Montag, 23.11.2026"), in drafts as a letter writes them ("Thursday 12 November",
 * "Donnerstag, 12. November"). A language without its own formats reads like English.
 */
final class Formats {

    /** What a text is for, which decides how its dates read. */
    enum Kind { REASON, LETTER }

    private static final Map<String, DateTimeFormatter> REASON = Map.of(
            "en", DateTimeFormatter.ofPattern("EEEE uuuu-MM-dd", Locale.ENGLISH),
            "de", DateTimeFormatter.ofPattern("EEEE, dd.MM.uuuu", Locale.GERMAN));
    private static final Map<String, DateTimeFormatter> LETTER = Map.of(
            "en", DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH),
            "de", DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN));

    private Formats() {
    }

    static String date(LocalDate date, String language, Kind kind) {
        Map<String, DateTimeFormatter> formats = kind == Kind.REASON ? REASON : LETTER;
        return formats.getOrDefault(language, formats.get("en")).format(date);
    }
}
