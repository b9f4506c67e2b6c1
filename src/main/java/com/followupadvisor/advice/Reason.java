package com.followupadvisor.advice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

/**
 * A recommendation's reason: a text whose {@code {}} placeholders take the values in order (dates
 * print as "Monday 2026-11-23"). It is written out only when read, because the plan's evaluations
 * make reasons that are never shown; a value that could still change (a fact a later rule
 * modifies) is written out at once.
 */
final class Reason {

    private static final String PLACEHOLDER = "{}";

    private final String template;
    private final Object[] values;
    private String text;

    Reason(String template, Object... values) {
        Object[] kept = values.clone();
        for (int i = 0; i < kept.length; i++) {
            if (!isValue(kept[i])) {
                kept[i] = String.valueOf(kept[i]);
            }
        }
        this.template = template;
        this.values = kept;
    }

    String text() {
        if (text == null && template != null) {
            text = fill(template, values);
        }
        return text;
    }

    private static boolean isValue(Object value) {
        return value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
                || value instanceof BigDecimal || value instanceof BigInteger
                || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>
                || value instanceof TemporalAccessor;
    }

    private static String fill(String text, Object[] values) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        int i = 0;
        for (int at = text.indexOf(PLACEHOLDER); at >= 0; at = text.indexOf(PLACEHOLDER, from)) {
            out.append(text, from, at);
            if (i < values.length) {
                Object value = values[i++];
                out.append(value instanceof LocalDate date ? Dates.describe(date) : String.valueOf(value));
            } else {
                out.append(PLACEHOLDER);
            }
            from = at + PLACEHOLDER.length();
        }
        out.append(text, from, text.length());
        return out.toString();
    }
}
