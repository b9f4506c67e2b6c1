package com.followupadvisor.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads typed values out of a JSON tree and collects every problem, each under its JSON path,
 * instead of stopping at the first. A JSON {@code null} counts as absent.
 */
public final class JsonFields {

    /**
     * The region-based zone names the runtime knows. {@link ZoneId#getAvailableZoneIds()} copies
     * all ~600 of them into a new set on every call, which showed as a tenth of a request's time.
     */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * The most problems one answer lists; the rest are counted. A state has 17 fields and lists of
     * 60 items at most, so a real mistake never reaches it; a hostile body (thousands of unknown
     * fields) no longer makes a message each.
     */
    public static final int MAX_ERRORS = 100;

    private final List<FieldError> errors = new ArrayList<>();
    private int count;

    /** The first {@link #MAX_ERRORS} problems found. */
    public List<FieldError> errors() {
        return errors;
    }

    /** How many problems were found, listed or not. */
    public int errorCount() {
        return count;
    }

    public void error(String path, String message) {
        if (++count <= MAX_ERRORS) {
            errors.add(new FieldError(path, message));
        }
    }

    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** The object at {@code path}, with every field it has that is not in {@code known} reported; null if not an object. */
    public JsonNode object(JsonNode node, String path, Set<String> known) {
        if (!node.isObject()) {
            error(path.isEmpty() ? "$" : path, "must be a JSON object");
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(path(path, name), "is not a known field; known fields here: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        });
        return node;
    }

    public void required(JsonNode parent, String name, String path) {
        if (absent(parent.get(name))) {
            error(path(path, name), "is required");
        }
    }

    /** A text of {@code min} to {@code max} characters (code points), with no unpaired surrogate; null if absent or bad. */
    public String string(JsonNode parent, String name, String path, int min, int max) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return null;
        }
        String at = path(path, name);
        if (!node.isTextual()) {
            error(at, "must be a string");
            return null;
        }
        String text = node.textValue();
        if (!unicode(text, at)) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length < min || (min > 0 && text.isBlank())) {
            error(at, "must not be empty");
            return null;
        }
        if (length > max) {
            error(at, "must be at most " + max + " characters (it has " + length + ")");
            return null;
        }
        return text;
    }

    /**
     * A text that must stay on one line, as {@link #string} reads it: no control character, line
     * or paragraph separator or bidirectional override ({@link UnicodeText#breaksOneLine}). Every
     * text of a state is such a field: each lands in a draft's subject, its {@code to}, a greeting,
     * a sentence or a calendar event, where a CR or LF starts a new header or property.
     */
    public String line(JsonNode parent, String name, String path, int min, int max) {
        String text = string(parent, name, path, min, max);
        if (text == null) {
            return null;
        }
        int bad = UnicodeText.firstBreakingOneLine(text);
        if (bad >= 0) {
            error(path(path, name), "must be one line of text without control characters (it has "
                    + UnicodeText.at(text, bad) + ")");
            return null;
        }
        return text;
    }

    /** Whether {@code text} is Unicode text, that is has no half of a surrogate pair; reported at {@code at} if not. */
    private boolean unicode(String text, String at) {
        int bad = UnicodeText.firstUnpairedSurrogate(text);
        if (bad < 0) {
            return true;
        }
        error(at, "must be valid Unicode text (it has an unpaired surrogate " + UnicodeText.at(text, bad)
                + ", half of a pair that stands for one character)");
        return false;
    }

    public boolean bool(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            error(path(path, name), "must be true or false");
            return false;
        }
        return node.booleanValue();
    }

    public int integer(JsonNode parent, String name, String path, int min, int max) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return 0;
        }
        String at = path(path, name);
        if (!node.isIntegralNumber()) {
            error(at, "must be a whole number from " + min + " to " + max);
            return 0;
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            error(at, "must be from " + min + " to " + max + " (it is " + node.asText() + ")");
            return 0;
        }
        return node.intValue();
    }

    public LocalDateTime dateTime(JsonNode parent, String name, String path) {
        String text = textOf(parent, name, path, "a local date-time like 2026-11-24T09:00, with no offset");
        if (text == null) {
            return null;
        }
        try {
            LocalDateTime dateTime = LocalDateTime.parse(text, DATE_TIME);
            return inRange(dateTime.toLocalDate(), path(path, name)) ? dateTime : null;
        } catch (DateTimeParseException e) {
            error(path(path, name), "must be a local date-time like 2026-11-24T09:00, with no offset (it is \""
                    + shorten(text) + "\")");
            return null;
        }
    }

    public LocalDate date(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        return absent(node) ? null : date(node, path(path, name));
    }

    /** A date that is an item of a list: {@code item} is the value itself, {@code at} its path ({@code closedDays[2]}). */
    public LocalDate date(JsonNode item, String at) {
        if (!item.isTextual()) {
            error(at, "must be a date like 2026-11-24");
            return null;
        }
        if (!unicode(item.textValue(), at)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(item.textValue(), DATE);
            return inRange(date, at) ? date : null;
        } catch (DateTimeParseException e) {
            error(at, "must be a date like 2026-11-24 (it is \"" + shorten(item.textValue()) + "\")");
            return null;
        }
    }

    /** Dates far from today are typing mistakes, and date arithmetic near the year limits overflows. */
    private boolean inRange(LocalDate date, String at) {
        if (date.getYear() < Limits.MIN_YEAR || date.getYear() > Limits.MAX_YEAR) {
            error(at, "must be in the years " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR + " (it is " + date + ")");
            return false;
        }
        return true;
    }

    public <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, Class<E> type) {
        String text = textOf(parent, name, path, "one of " + names(type));
        if (text == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        error(path(path, name), "must be one of " + names(type) + " (it is \"" + shorten(text) + "\")");
        return null;
    }

    public ZoneId zone(JsonNode parent, String name, String path) {
        String text = textOf(parent, name, path, "an IANA time zone like Europe/Berlin");
        if (text == null) {
            return null;
        }
        if (!ZONE_IDS.contains(text)) {
            error(path(path, name), "must be an IANA time zone like Europe/Berlin (it is \"" + shorten(text) + "\")");
            return null;
        }
        return ZoneId.of(text);
    }

    /** The array's items, or an empty list when absent; null items and items past {@code max} are reported. */
    public List<JsonNode> array(JsonNode parent, String name, String path, int max) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return List.of();
        }
        String at = path(path, name);
        if (!node.isArray()) {
            error(at, "must be a list");
            return List.of();
        }
        if (node.size() > max) {
            error(at, "must have at most " + max + " items (it has " + node.size() + ")");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private String textOf(JsonNode parent, String name, String path, String expected) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            error(path(path, name), "must be " + expected);
            return null;
        }
        return unicode(node.textValue(), path(path, name)) ? node.textValue() : null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The first 40 characters of {@code text}, to quote it back; never half of a surrogate pair. */
    public static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "...";
    }
}
