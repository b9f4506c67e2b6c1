package com.followupadvisor.rules.folder;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.followupadvisor.calendar.QuietWeeks;

/**
 * Reads {@code rules/quiet-weeks.txt}: one quiet period a line, written as a rule author says it,
 * {@code December 24 to January 1} or {@code 24 December to 1 January} (English month names in any
 * case, or their first three letters; a dash may stand for "to"; a day alone is a period of one day).
 * Lines starting with {@code #} and blank lines are skipped, so a file of comments only, like no file
 * at all, means no quiet weeks. Each line that cannot be read is one problem at its line, all of
 * them at once, each saying what a right line looks like.
 */
public final class QuietWeeksFile {

    public static final String FILE = "quiet-weeks.txt";

    /**
     * The longest period, in days: the year-end break is 9, a summer closing a month. A longer one is
     * most likely a slip that would stall every wait for months, like "January 24 to January 1" for
     * "December 24 to January 1", which runs across the new year the long way round (344 days in a leap year).
     */
    static final int LONGEST_PERIOD = 62;

    private static final String EXAMPLE = "December 24 to January 1";
    private static final Pattern PERIOD = Pattern.compile("(?<from>.+?)(?:\\s+to\\s+|\\s*[-\u2013]\\s*)(?<to>.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(?<a>\\S+)\\s+(?<b>\\S+)");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    /** A leap year, to count the days of a period with 29 February in it. */
    private static final Year LEAP_YEAR = Year.of(2024);

    private QuietWeeksFile() {
    }

    public static QuietWeeks parse(String text) throws RuleLoadException {
        List<QuietWeeks.Period> periods = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int start = lines[i].indexOf(content);
            try {
                periods.add(period(content, start));
            } catch (BadLine bad) {
                problems.add(new RuleProblem(FILE, i + 1, bad.column, bad.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new QuietWeeks(periods);
    }

    /** The period of one line, {@code content} starting at offset {@code start} of it. */
    private static QuietWeeks.Period period(String content, int start) throws BadLine {
        Matcher m = PERIOD.matcher(content);
        QuietWeeks.Period period;
        if (m.matches()) {
            period = new QuietWeeks.Period(day(m.group("from"), start + m.start("from")),
                    day(m.group("to"), start + m.start("to")));
        } else if (DAY.matcher(content).matches()) {
            MonthDay alone = day(content, start);
            period = new QuietWeeks.Period(alone, alone);
        } else {
            throw new BadLine(start, "\"" + content + "\" is not a period: write one period a line, like: " + EXAMPLE);
        }
        int days = length(period);
        if (days > LONGEST_PERIOD) {
            throw new BadLine(start, "\"" + content + "\" runs " + days + " days; a quiet period is at most " + LONGEST_PERIOD
                    + " days: is a month or a day mistyped? The year-end weeks read: " + EXAMPLE);
        }
        return period;
    }

    /** One end of a period: a month and a day, in either order. */
    private static MonthDay day(String text, int offset) throws BadLine {
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
            throw new BadLine(offset, "\"" + text + "\" is not a day of the year: write a month and a day, like "
                    + "December 24; a period reads: " + EXAMPLE);
        }
        Matcher number = DAY_NUMBER.matcher(m.group("a"));
        String monthWord = m.group("b");
        int monthAt = offset + m.start("b");
        if (!number.matches()) {
            number = DAY_NUMBER.matcher(m.group("b"));
            monthWord = m.group("a");
            monthAt = offset + m.start("a");
        }
        if (!number.matches()) {
            throw new BadLine(offset, "\"" + text + "\" has no day number: write a month and a day, like December 24; "
                    + "a period reads: " + EXAMPLE);
        }
        Month month = month(monthWord);
        if (month == null) {
            throw new BadLine(monthAt, "\"" + monthWord + "\" is not a month: write its English name, like December "
                    + "(or Dec); a period reads: " + EXAMPLE);
        }
        int dayOfMonth = Integer.parseInt(number.group(1));
        if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
            throw new BadLine(offset, name(month) + " has no day " + dayOfMonth + ": its days are 1 to " + month.maxLength()
                    + "; a period reads: " + EXAMPLE);
        }
        return MonthDay.of(month, dayOfMonth);
    }

    /** The month of an English name or its first three letters ("Sept" too), in any case; null if none. */
    private static Month month(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String lower = w.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (lower.equals(name) || lower.equals(name.substring(0, 3)) || month == Month.SEPTEMBER && lower.equals("sept")) {
                return month;
            }
        }
        return null;
    }

    private static String name(Month month) {
        String lower = month.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The days of a period in a leap year, the longest it gets: every day of the year once, counted if inside. */
    private static int length(QuietWeeks.Period period) {
        int days = 0;
        for (LocalDate d = LEAP_YEAR.atDay(1); d.getYear() == LEAP_YEAR.getValue(); d = d.plusDays(1)) {
            if (period.contains(d)) {
                days++;
            }
        }
        return days;
    }

    /** A line that cannot be read: the message, and the column (from 1) of the part that is wrong. */
    private static final class BadLine extends Exception {

        private static final long serialVersionUID = 1L;
        private final int column;

        BadLine(int offset, String message) {
            super(message, null, false, false);
            this.column = offset + 1;
        }
    }
}
