package com.followupadvisor.scenarios;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Where each field of a JSON text starts, so that a problem found in the parsed tree ("state.outcom:
 * is not a known field") can be reported at its line and column in the file, like every other
 * authoring mistake. A field that is missing is placed at the nearest object that holds it.
 */
final class JsonPositions {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    /** A line and column, both from 1. */
    record Position(int line, int column) {
    }

    private final Map<String, Position> byPointer = new HashMap<>();

    /** Indexes {@code json}, which must be valid JSON (it was parsed already). */
    JsonPositions(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    // the container's own pointer is its parent's, with the field or index it sits at
                    pointer = parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                byPointer.putIfAbsent(pointer, position(parser.currentTokenLocation()));
            }
        }
    }

    static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * Where the field at {@code path} starts ({@code state.interview.interviewers[0].email}), or the
     * nearest enclosing field that is there; the start of the text when none is.
     */
    Position of(String path) {
        StringBuilder pointer = new StringBuilder();
        Position found = byPointer.getOrDefault("", new Position(1, 1));
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            Position at = byPointer.get(pointer.toString());
            if (at == null) {
                break;
            }
            found = at;
        }
        return found;
    }
}
