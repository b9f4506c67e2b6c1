package com.followupadvisor.state;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits on a request body's JSON itself, checked token by token before any tree is built, so
 * that the work and memory a body can cause grow with what the contract allows, not with what a
 * client sends: nesting, members of one object, items of one list, the length of a string, a name
 * or a number. A state has 17 fields at most and lists of 60 items at most; a batch's list has
 * 1,000; each limit leaves room above the contract and stops an attack early (a batch of 480,000
 * unknown fields built a tree and 480,000 messages, and the JVM ran out of memory). The contract's
 * own limits are checked afterwards, field by field ({@link JsonFields}).
 */
public final class JsonShape {

    /** Objects inside objects (and lists): a batch item's state is 4 deep at most, its people 5. */
    public static final int MAX_DEPTH = 16;
    /** Members of one object: a state has 17 known fields. */
    public static final int MAX_MEMBERS = 64;
    /** Items of one list: a batch has 1,000 at most; a state's lists far fewer. */
    public static final int MAX_ITEMS = 1_000;
    /** Characters of one string value: the longest field (an email) may have 300. */
    public static final int MAX_STRING = 10_000;
    /** Characters of one member's name: the longest known one has 20. */
    public static final int MAX_NAME = 100;
    /** Digits of one number: the largest allowed is 10,000. */
    public static final int MAX_NUMBER = 100;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_NAME)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .build();

    private JsonShape() {
    }

    /**
     * Walks {@code body} without building anything, and fails with a 400's problem at the first place
     * it passes a limit or is not JSON. Returns the top-level object's members, each with the token
     * its value starts with (none if the body is not an object), which a batch checks before it reads
     * its items one at a time; null when the body is JSON but not an object.
     */
    public static java.util.Map<String, JsonToken> check(byte[] body) {
        if (body == null || body.length == 0) {
            throw StateReader.emptyBody();
        }
        java.util.Map<String, JsonToken> top = new java.util.LinkedHashMap<>();
        String member = null;
        JsonToken first = null;
        // per open container: how many members or items it has so far; a name counts a member
        Deque<int[]> counts = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (counts.isEmpty()) {
                    if (first != null) {
                        throw new InvalidRequestException("The request body is not valid JSON.", List.of(new FieldError("$",
                                "is not valid JSON: more follows the value (line " + parser.currentLocation().getLineNr() + ")")));
                    }
                    first = token;
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        count(parser, counts);
                        counts.push(new int[1]);
                        member = topMember(top, member, token);
                    }
                    case END_OBJECT, END_ARRAY -> counts.pop();
                    case FIELD_NAME -> {
                        int[] members = counts.peek();
                        if (++members[0] > MAX_MEMBERS) {
                            throw tooMany(parser.getParsingContext(), parser, "has more than " + MAX_MEMBERS + " fields");
                        }
                        if (counts.size() == 1) {
                            member = parser.currentName();
                        }
                    }
                    default -> {
                        count(parser, counts);
                        member = topMember(top, member, token);
                        // Jackson checks a value's length only when its text is read: check it here
                        if (token == JsonToken.VALUE_STRING && parser.getTextLength() > MAX_STRING) {
                            throw tooLong(parser, "is a text of more than " + MAX_STRING + " characters");
                        }
                        if (token.isNumeric() && parser.getTextLength() > MAX_NUMBER) {
                            throw tooLong(parser, "is a number of more than " + MAX_NUMBER + " characters");
                        }
                    }
                }
            }
            if (first == null) {
                throw StateReader.emptyBody();
            }
            return first == JsonToken.START_OBJECT ? top : null;
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException("The request body is over a limit of this service's JSON.",
                    List.of(new FieldError(at(e), inOurWords(e))));
        } catch (JsonParseException e) {
            throw StateReader.notJson(e);
        } catch (IOException e) {
            throw new InvalidRequestException("The request body is not valid JSON.",
                    List.of(new FieldError("$", "is not valid JSON: " + e.getMessage())));
        }
    }

    private static String topMember(java.util.Map<String, JsonToken> top, String member, JsonToken token) {
        if (member != null) {
            top.put(member, token);
        }
        return null;
    }

    /** A value inside a list counts as one of its items; inside an object, its name was counted. */
    private static void count(JsonParser parser, Deque<int[]> counts) {
        JsonStreamContext holder = holder(parser);
        if (holder != null && holder.inArray() && ++counts.peek()[0] > MAX_ITEMS) {
            throw tooMany(holder, parser, "has more than " + MAX_ITEMS + " items");
        }
    }

    /** The object or list the current token is in: for a new object or list, the one around it. */
    private static JsonStreamContext holder(JsonParser parser) {
        JsonToken token = parser.currentToken();
        JsonStreamContext context = parser.getParsingContext();
        return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    }

    private static InvalidRequestException tooMany(JsonStreamContext container, JsonParser parser, String what) {
        return new InvalidRequestException("The request body is over a limit of this service's JSON.",
                List.of(new FieldError(pathOf(container), what + " (line " + parser.currentLocation().getLineNr() + ")")));
    }

    private static InvalidRequestException tooLong(JsonParser parser, String what) {
        return new InvalidRequestException("The request body is over a limit of this service's JSON.",
                List.of(new FieldError(pathOf(parser.getParsingContext().pathAsPointer()),
                        what + " (line " + parser.currentLocation().getLineNr() + ")")));
    }

    /** Jackson's message names its own classes; a caller needs the limit. */
    private static String inOurWords(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        if (message.startsWith("Number value length")) {
            return "is a number of more than " + MAX_NUMBER + " characters" + where;
        }
        if (message.startsWith("Name length")) {
            return "has a field name of more than " + MAX_NAME + " characters" + where;
        }
        if (message.startsWith("String value length")) {
            return "is a text of more than " + MAX_STRING + " characters" + where;
        }
        if (message.contains("nesting depth")) {
            return "nests objects and lists more than " + MAX_DEPTH + " deep" + where;
        }
        return "is over a limit of this service's JSON" + where;
    }

    private static String at(StreamConstraintsException e) {
        return e.getProcessor() instanceof JsonParser p && holder(p) != null ? pathOf(holder(p)) : "$";
    }

    /** The JSON path of the object or list {@code container}, as the service writes paths: {@code items[3].state}; {@code $}: the root. */
    static String pathOf(JsonStreamContext container) {
        return container.getParent() == null ? "$" : pathOf(container.getParent().pathAsPointer());
    }

    private static String pathOf(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }
}
