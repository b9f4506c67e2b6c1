package com.followupadvisor.wording;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /** A date and its time: the date as {@link #date} writes it, then the time ("at 10:00", "um 10:00 Uhr"). */
    static String dateTime(LocalDateTime at, String language, Kind kind) {
        String time = String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
        return date(at.toLocalDate(), language, kind) + ("de".equals(language) ? " um " + time + " Uhr" : " at " + time);
    }

    static String date(LocalDate date, String language, Kind kind) {
        Map<String, DateTimeFormatter> formats = kind == Kind.REASON ? REASON : LETTER;
        return formats.getOrDefault(language, formats.get("en")).format(date);
    }
}
