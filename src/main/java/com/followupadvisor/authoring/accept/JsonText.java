package com.followupadvisor.authoring.accept;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON text as its author wrote it, with where each value starts and ends, so that a value can be
 * replaced or a field removed without touching the rest of the file: its layout, key order, line
 * breaks and final newline stay as they were. The text must be valid JSON (it was parsed already).
 */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One value: {@code start} to {@code end} (exclusive) in the text; an object's fields or an array's items. */
    static final class Value {
        final int start;
        int end;
        /** For a field of an object, where its name starts; -1 otherwise. */
        int keyStart = -1;
        final Map<String, Value> fields;
        final List<Value> items;

        Value(int start, Map<String, Value> fields, List<Value> items) {
            this.start = start;
            this.fields = fields;
            this.items = items;
        }

        boolean isObject() {
            return fields != null;
        }

        boolean isArray() {
            return items != null;
        }

        Value field(String name) {
            return fields == null ? null : fields.get(name);
        }
    }

    /**
     * A replacement of the text from {@code start} to {@code end}; or, when {@code object} is not
     * null, the removal of its field {@code field}, whose extent (with which comma) is settled when
     * the edits are made, as it depends on which other fields of the object go.
     */
    record Edit(int start, int end, String text, Value object, String field) {
        Edit(int start, int end, String text) {
            this(start, end, text, null, null);
        }
    }

    final String text;
    final Value root;
    /** The file's line break: "\r\n" when it uses those. */
    final String newline;

    JsonText(String text) {
        this.text = text;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        int[] at = {skip(text, 0)};
        this.root = value(text, at);
    }

    /** The value as Jackson reads it. */
    JsonNode node(Value value) {
        try {
            return JSON.readTree(source(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value of valid JSON cannot be read: " + source(value), e);
        }
    }

    String source(Value value) {
        return text.substring(value.start, value.end);
    }

    /** {@code text} as a JSON string, in quotes. */
    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text from {@code from} to {@code to} with the edits inside it made. */
    String apply(int from, int to, List<Edit> edits) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Edit edit : removals(edits).stream().filter(e -> e.start() >= from && e.end() <= to)
                .sorted(Comparator.comparingInt(Edit::start)).toList()) {
            if (edit.start() < at) {
                throw new IllegalStateException("overlapping edits at " + edit.start());
            }
            out.append(text, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(text, at, to).toString();
    }

    /** The whole text with {@code edits} made. */
    String apply(List<Edit> edits) {
        return apply(0, text.length(), edits);
    }

    /** Replaces the value. */
    static Edit replace(Value value, String json) {
        return new Edit(value.start, value.end, json);
    }

    /** Removes the field {@code name} of {@code object}, with the comma and spacing that went with it. */
    static Edit remove(Value object, String name) {
        Value field = object.fields.get(name);
        return new Edit(field.keyStart, field.end, "", object, name);
    }

    /**
     * The edits with each removal of a field made a plain edit: the fields before the first one that
     * stays go with the spacing after them, the others with the comma before them; when every field
     * goes, the object is left empty.
     */
    private static List<Edit> removals(List<Edit> edits) {
        List<Edit> out = new ArrayList<>();
        Map<Value, java.util.Set<String>> removed = new java.util.IdentityHashMap<>();
        for (Edit edit : edits) {
            if (edit.object() == null) {
                out.add(edit);
            } else {
                removed.computeIfAbsent(edit.object(), o -> new java.util.HashSet<>()).add(edit.field());
            }
        }
        removed.forEach((object, names) -> {
            List<Value> fields = new ArrayList<>(object.fields.values());
            List<String> keys = new ArrayList<>(object.fields.keySet());
            int firstKept = 0;
            while (firstKept < keys.size() && names.contains(keys.get(firstKept))) {
                firstKept++;
            }
            if (firstKept == keys.size()) {
                out.add(new Edit(object.start + 1, object.end - 1, ""));
                return;
            }
            for (int i = 0; i < keys.size(); i++) {
                if (names.contains(keys.get(i))) {
                    out.add(i < firstKept ? new Edit(fields.get(i).keyStart, fields.get(i + 1).keyStart, "")
                            : new Edit(fields.get(i - 1).end, fields.get(i).end, ""));
                }
            }
        });
        return out;
    }

    /**
     * {@code items} (each JSON text) as the array {@code array} was laid out: on one line when it
     * was, otherwise one item a line, indented as its items were.
     */
    String array(Value array, List<String> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        if (!multiline(array)) {
            return "[" + String.join(", ", items) + "]";
        }
        String indent = array.items.isEmpty() ? indentOf(array.start) + "  " : indentOf(array.items.get(0).start);
        return "[" + newline + indent + String.join("," + newline + indent, items) + newline + indentOf(array.end - 1) + "]";
    }

    /**
     * A new object with {@code fields} (each value JSON text), for an item of {@code array}: laid
     * out as that array's first object is (one line when it is, or there is none).
     */
    String object(Value array, Map<String, String> fields) {
        Value model = array.items.stream().filter(Value::isObject).findFirst().orElse(null);
        List<String> members = fields.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue()).toList();
        if (model == null || !multiline(model)) {
            return "{" + String.join(", ", members) + "}";
        }
        String indent = model.fields.isEmpty() ? indentOf(model.start) + "  "
                : indentOf(model.fields.values().iterator().next().keyStart);
        return "{" + newline + indent + String.join("," + newline + indent, members) + newline + indentOf(model.end - 1) + "}";
    }

    boolean multiline(Value value) {
        return text.substring(value.start, value.end).indexOf('\n') >= 0;
    }

    /** The spaces a line starts with, for the line {@code at} is on. */
    String indentOf(int at) {
        int line = text.lastIndexOf('\n', at - 1) + 1;
        int end = line;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(line, end);
    }

    private static Value value(String text, int[] at) {
        int start = at[0];
        char c = text.charAt(start);
        Value value;
        if (c == '{') {
            value = new Value(start, new LinkedHashMap<>(), null);
            at[0] = skip(text, start + 1);
            while (text.charAt(at[0]) != '}') {
                int keyStart = at[0];
                String name = name(text, at);
                at[0] = skip(text, at[0]);
                at[0] = skip(text, at[0] + 1); // the colon
                Value field = value(text, at);
                field.keyStart = keyStart;
                value.fields.putIfAbsent(name, field);
                at[0] = skip(text, at[0]);
                if (text.charAt(at[0]) == ',') {
                    at[0] = skip(text, at[0] + 1);
                }
            }
            at[0]++;
        } else if (c == '[') {
            value = new Value(start, null, new ArrayList<>());
            at[0] = skip(text, start + 1);
            while (text.charAt(at[0]) != ']') {
                value.items.add(value(text, at));
                at[0] = skip(text, at[0]);
                if (text.charAt(at[0]) == ',') {
                    at[0] = skip(text, at[0] + 1);
                }
            }
            at[0]++;
        } else if (c == '"') {
            value = new Value(start, null, null);
            name(text, at);
        } else {
            value = new Value(start, null, null);
            int end = start;
            while (end < text.length() && ",]} \t\r\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            at[0] = end;
        }
        value.end = at[0];
        return value;
    }

    /** A string from its opening quote at {@code at[0]}; leaves {@code at[0]} after the closing quote. */
    private static String name(String text, int[] at) {
        int i = at[0] + 1;
        while (text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        String quoted = text.substring(at[0], i + 1);
        at[0] = i + 1;
        try {
            return JSON.readValue(quoted, String.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON string: " + quoted, e);
        }
    }

    private static int skip(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
