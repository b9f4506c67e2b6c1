package com.followupadvisor.authoring.accept;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a scenario's name or description may no longer fit its new answer, by a simple rule
 * that errs on the side of asking: it mentions
 * <ul>
 * <li>an action the answer no longer has there ("follow-up" when {@code next} went from FOLLOW_UP
 * to WAIT, or a code a list lost), in words or as the code;</li>
 * <li>a date a field had and no changed field has now ("18th", "18 November", "2026-11-18");</li>
 * <li>a number of days or weeks ("two days", "a week", "3 working days") while a date moved: the
 * number may be the one that changed.</li>
 * </ul>
 * It only asks; the adviser decides, and renames the file or rewords the description.
 */
final class Misnamed {

    private static final Pattern DURATION = Pattern.compile(
            "\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)"
                    + "\\s+(?:working\\s+|calendar\\s+)?(days?|weeks?|months?)\\b");

    private Misnamed() {
    }

    /** What the adviser should look at, one line each ("rename? the name says \"two days\", and next.dueFrom moved by +1 day"). */
    static List<String> flags(String name, String description, List<ScenarioRewrite.Changed> changed) {
        Set<String> out = new LinkedHashSet<>();
        String nameWords = words(name);
        String descriptionWords = words(description == null ? "" : description);
        Set<String> newDates = new LinkedHashSet<>();
        changed.stream().map(c -> date(c.now())).filter(d -> d != null).forEach(d -> newDates.add(d.toString()));
        for (ScenarioRewrite.Changed c : changed) {
            String what = c.where();
            if (what.endsWith(".action") || c.now() == null || what.endsWith(".has") || what.endsWith(".actions")
                    || what.endsWith(".steps")) {
                String code = c.old();
                if (code == null || !code.matches("[A-Z_]+")) {
                    continue;
                }
                String now = c.now() == null || !c.now().matches("[A-Z_]+") ? "it no longer has " + code
                        : "it is now " + c.now() + ", not " + code;
                for (String phrase : phrases(code)) {
                    mention(out, nameWords, descriptionWords, phrase, what + ": " + now);
                }
                continue;
            }
            LocalDate old = date(c.old());
            LocalDate now = date(c.now());
            if (old == null && now == null) {
                continue;
            }
            if (old != null && !newDates.contains(old.toString())) {
                for (String form : forms(old)) {
                    mention(out, nameWords, descriptionWords, form, what + " was " + old + ", now " + (now == null ? "none" : now));
                }
            }
            String moved;
            if (old != null && now != null) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(old, now);
                moved = what + " moved by " + (days > 0 ? "+" : "") + days + (Math.abs(days) == 1 ? " day" : " days");
            } else {
                moved = what + " was " + (old == null ? "none" : old) + ", now " + (now == null ? "none" : now);
            }
            durations(out, "rename? the name", nameWords, moved);
            durations(out, "reword? the description", descriptionWords, moved);
        }
        return new ArrayList<>(out);
    }

    private static void mention(Set<String> out, String name, String description, String phrase, String why) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(words(phrase)) + "\\b");
        if (p.matcher(name).find()) {
            out.add("rename? the name says \"" + phrase + "\", and " + why);
        }
        if (p.matcher(description).find()) {
            out.add("reword? the description says \"" + phrase + "\", and " + why);
        }
    }

    private static void durations(Set<String> out, String where, String text, String moved) {
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            out.add(where + " says \"" + m.group() + "\", and " + moved);
        }
    }

    /** Lower case, with hyphens and underscores as spaces: "follow-up" and FOLLOW_UP both read "follow up". */
    static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[-_]+", " ");
    }

    /** How a name or description may say an action: its code in words, and its last two words ("thank you"). */
    private static List<String> phrases(String code) {
        String[] parts = code.toLowerCase(Locale.ROOT).split("_");
        List<String> out = new ArrayList<>();
        out.add(String.join(" ", parts));
        if (parts.length >= 3) {
            out.add(parts[parts.length - 2] + " " + parts[parts.length - 1]);
        }
        return out;
    }

    /** How a description may write a date: 2026-11-18, 18 november, november 18, 18th, 18. november. */
    private static List<String> forms(LocalDate date) {
        int day = date.getDayOfMonth();
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String german = date.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN).toLowerCase(Locale.ROOT);
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
        return List.of(date.toString(), day + " " + month, month + " " + day, day + suffix, day + ". " + german);
    }

    private static LocalDate date(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
