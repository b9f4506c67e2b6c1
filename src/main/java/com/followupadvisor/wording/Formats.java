package com.followupadvisor.wording;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How dates read in each language: one style per language, in reasons, titles and drafts alike, as
 * people write them ("Friday 4 December", "Freitag, 4. Dezember"), with the year only when it is
 * not the year of the answer ("Monday 4 January 2027"). A language without its own formats reads
 * like English.
 */
final class Formats {

    /** What a text is for; both kinds now read dates alike, and a language may still tell them apart. */
    enum Kind { REASON, LETTER }

    private static final Map<String, DateTimeFormatter> THIS_YEAR = Map.of(
            "en", DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH),
            "de", DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN));
    private static final Map<String, DateTimeFormatter> OTHER_YEAR = Map.of(
            "en", DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH),
            "de", DateTimeFormatter.ofPattern("EEEE, d. MMMM uuuu", Locale.GERMAN));

    private Formats() {
    }

    /** A date and its time: the date as {@link #date} writes it, then the time ("at 10:00", ", um 10:00 Uhr"). */
    static String dateTime(LocalDateTime at, String language, int year) {
        String time = String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
        // German closes the date's apposition with a comma before the time: "Donnerstag, 10. Dezember, um 14:00 Uhr"
        return date(at.toLocalDate(), language, year) + ("de".equals(language) ? ", um " + time + " Uhr" : " at " + time);
    }

    /** {@code date} in {@code language}, with its year when that is not {@code year}. */
    static String date(LocalDate date, String language, int year) {
        Map<String, DateTimeFormatter> formats = date.getYear() == year ? THIS_YEAR : OTHER_YEAR;
        return formats.getOrDefault(language, formats.get("en")).format(date);
    }
}
