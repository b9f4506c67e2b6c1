package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Random invalid bodies, each made from a valid one by mutations that keep it invalid (a required
 * field dropped or nulled, a field renamed or duplicated, a value of the wrong type, huge numbers,
 * deep nesting, invalid UTF-8, strings under and over 64 KiB, truncation, random bytes): every one
 * gets a 4xx problem document, never a 500, never a hang. Reproducible: a failure names its seed;
 * {@code -Dfuzz.seed=N -Dfuzz.tries=1} replays it.
 */
@QuarkusTest
class InvalidBodiesFuzzTest {

    private static final int TRIES = 300;
    private static final long DEFAULT_SEED = 20261124L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Each request is bounded: a hang fails the test instead of stalling the build. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000)
            .setParam("http.socket.timeout", 15_000));

    private static final List<String> VALID = List.of("""
            {"asOf": "2026-11-24T09:00", "timezone": "Europe/Berlin", "company": "Acme", "role": "Data Analyst",
             "candidateName": "Sam Lee",
             "interview": {"at": "2026-11-12T10:00", "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example", "title": "CTO"},
                                                                     {"name": "Jo"}]},
             "timeline": {"asked": true, "expectedBy": "2026-11-19"}, "thankYou": {"sentAt": "2026-11-12T18:00", "notWanted": false},
             "followUps": [{"at": "2026-11-23T09:00", "channel": "EMAIL"}, {"at": "2026-11-20T09:00", "channel": "PHONE"}],
             "lastHeardAt": "2026-11-13T10:00", "outcome": "PENDING",
             "otherOpportunities": {"activeApplications": 4, "upcomingInterviews": 1}, "firstChoice": true}""", """
            {"company": "Acme", "interview": {"at": "2026-11-12T10:00"}}""", """
            {"company": "Beta GmbH", "timezone": "America/New_York", "interview": {"at": "2026-03-08T02:30", "interviewers": []},
             "thankYou": {"notWanted": true}, "followUps": [], "outcome": "REJECTED"}""");

    /** Where each field of the contract lives and what type it has. */
    private enum Kind { STRING, BOOLEAN, INTEGER, OBJECT, ARRAY }

    private static final Map<String, Kind> FIELDS = Map.ofEntries(
            Map.entry("asOf", Kind.STRING), Map.entry("timezone", Kind.STRING), Map.entry("company", Kind.STRING),
            Map.entry("role", Kind.STRING), Map.entry("candidateName", Kind.STRING), Map.entry("interview", Kind.OBJECT),
            Map.entry("interview.at", Kind.STRING), Map.entry("interview.interviewers", Kind.ARRAY),
            Map.entry("timeline", Kind.OBJECT), Map.entry("timeline.asked", Kind.BOOLEAN),
            Map.entry("timeline.expectedBy", Kind.STRING), Map.entry("thankYou", Kind.OBJECT),
            Map.entry("thankYou.sentAt", Kind.STRING), Map.entry("thankYou.notWanted", Kind.BOOLEAN),
            Map.entry("followUps", Kind.ARRAY), Map.entry("lastHeardAt", Kind.STRING), Map.entry("outcome", Kind.STRING),
            Map.entry("otherOpportunities", Kind.OBJECT), Map.entry("otherOpportunities.activeApplications", Kind.INTEGER),
            Map.entry("otherOpportunities.upcomingInterviews", Kind.INTEGER), Map.entry("firstChoice", Kind.BOOLEAN));
    private static final List<String> REQUIRED = List.of("company", "interview", "interview.at");

    @Test
    void everyInvalidBodyGetsA4xxProblemAndNeverA500() throws Exception {
        long base = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int tries = Integer.getInteger("fuzz.tries", TRIES);
        Random seeds = new Random(base);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < tries; i++) {
            long seed = i == 0 ? base : seeds.nextLong();
            Mutated body = mutate(new Random(seed));
            Response response;
            try {
                response = given().config(BOUNDED).contentType("application/json").body(body.bytes)
                        .when().post("/api/v1/next-action");
            } catch (Exception e) {
                throw new AssertionError(report(i, seed, body, "no answer: " + e), e);
            }
            int status = response.statusCode();
            String type = String.valueOf(response.contentType());
            String answer = response.asString();
            assertThat(status).as(report(i, seed, body, status + " " + answer)).isBetween(400, 499);
            assertThat(type).as(report(i, seed, body, "Content-Type " + type)).startsWith("application/problem+json");
            assertThat(JSON.readTree(answer).path("status").asInt()).as(report(i, seed, body, answer)).isEqualTo(status);
            statuses.merge(status, 1, Integer::sum);
        }
        System.out.println("Invalid bodies: " + tries + " sent from seed " + base + ", answers by status " + statuses);
        if (tries >= TRIES) {
            // the mutations reach both kinds of refusal: a bad body (400) and one over 64 KiB (413)
            assertThat(statuses).containsKeys(400, 413);
        }
    }

    @Test
    void aBodyOverTheTransportLimitStillGetsAProblem() {
        // over quarkus.http.limits.max-body-size (9M), which stops the body before the service reads it
        byte[] body = ("{\"company\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Response response = given().config(BOUNDED).contentType("application/json").body(body).when().post("/api/v1/next-action");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String report(int i, long seed, Mutated body, String what) {
        String text = new String(body.bytes, 0, Math.min(body.bytes.length, 400), StandardCharsets.UTF_8);
        return "try " + (i + 1) + ", seed " + seed + " (replay: -Dfuzz.seed=" + seed + " -Dfuzz.tries=1), mutations "
                + body.how + ", " + body.bytes.length + " bytes: " + text + (body.bytes.length > 400 ? "..." : "")
                + "\n answer: " + (what.length() > 600 ? what.substring(0, 600) + "..." : what);
    }

    private record Mutated(byte[] bytes, List<String> how) {
    }

    private static Mutated mutate(Random r) throws Exception {
        List<String> how = new ArrayList<>();
        if (r.nextInt(20) == 0) {
            byte[] noise = new byte[r.nextInt(3000)];
            r.nextBytes(noise);
            how.add("random bytes");
            return new Mutated(noise, how);
        }
        ObjectNode root = (ObjectNode) JSON.readTree(VALID.get(r.nextInt(VALID.size())));
        String duplicate = null;
        Map<String, String> raw = new java.util.HashMap<>();
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            switch (r.nextInt(9)) {
                case 0 -> how.add(dropRequired(root, r));
                case 1 -> how.add(rename(root, r));
                case 2, 3 -> how.add(wrongType(root, r));
                case 4 -> how.add(nulls(root, r));
                // one enormous string at most: two could together pass the transport's 1M (see below)
                case 5 -> how.add(how.stream().anyMatch(h -> h.startsWith("enormous")) ? rename(root, r) : enormousString(root, r));
                case 6 -> how.add(deepNesting(root, r, raw));
                case 7 -> how.add(hugeNumber(root, r));
                default -> {
                    if (duplicate == null) {
                        duplicate = duplicate(root, r);
                        how.add("duplicate " + duplicate);
                    } else {
                        how.add(rename(root, r));
                    }
                }
            }
        }
        String text = JSON.writeValueAsString(root);
        if (duplicate != null) {
            text = text.replace("\"zzDUPLICATEzz\"", "\"" + duplicate.substring(duplicate.lastIndexOf('.') + 1) + "\"");
        }
        for (Map.Entry<String, String> e : raw.entrySet()) {
            text = text.replace("\"" + e.getKey() + "\"", e.getValue());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(4) == 0) {
            int at = r.nextInt(5);
            how.add(switch (at) {
                case 0 -> "invalid UTF-8";
                case 1 -> "truncated";
                case 2 -> "trailing tokens";
                case 3 -> "a comment";
                default -> "single quotes";
            });
            bytes = switch (at) {
                case 0 -> invalidUtf8(bytes, r);
                case 1 -> java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
                case 2 -> (text + (r.nextBoolean() ? " {}" : ", 1")).getBytes(StandardCharsets.UTF_8);
                case 3 -> ("/* note */ " + text).getBytes(StandardCharsets.UTF_8);
                default -> text.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            };
        }
        return new Mutated(bytes, how);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** The object holding {@code path}'s last segment, created when absent. */
    private static ObjectNode parentOf(ObjectNode root, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return root;
        }
        String head = path.substring(0, dot);
        if (!(root.get(head) instanceof ObjectNode)) {
            root.set(head, NODES.objectNode());
        }
        return (ObjectNode) root.get(head);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String dropRequired(ObjectNode root, Random r) {
        String path = pick(r, REQUIRED);
        if (path.equals("interview.at") && !(root.get("interview") instanceof ObjectNode)) {
            root.remove("interview");
            return "drop interview";
        }
        parentOf(root, path).remove(last(path));
        return "drop " + path;
    }

    /** A misspelt field name: unknown to the contract, so the body is invalid whatever else it holds. */
    private static String rename(ObjectNode root, Random r) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = pick(r, objects);
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "x" : pick(r, names);
        String misspelt = switch (r.nextInt(4)) {
            case 0 -> name.toLowerCase() + "s";
            case 1 -> name.toUpperCase() + "_";
            case 2 -> name + " ";
            default -> "\u202e" + name;
        };
        JsonNode value = target.remove(name);
        target.set(misspelt, value == null ? NODES.nullNode() : value);
        return "rename " + name + " to " + misspelt;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode object) {
            out.add(object);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            collectObjects(it.next(), out);
        }
    }

    private static String wrongType(ObjectNode root, Random r) {
        String path = pick(r, new ArrayList<>(FIELDS.keySet()).stream().sorted().toList());
        Kind kind = FIELDS.get(path);
        JsonNode value = switch (kind) {
            case STRING -> pick(r, List.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                    NODES.textNode("yesterday"), NODES.textNode("")).stream()
                    .filter(v -> !(v.isTextual() && !List.of("asOf", "interview.at", "lastHeardAt", "timezone", "outcome",
                            "timeline.expectedBy", "thankYou.sentAt").contains(path)))
                    .toList());
            case BOOLEAN -> pick(r, List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.arrayNode(), NODES.objectNode()));
            case INTEGER -> pick(r, List.of(NODES.textNode("4"), NODES.numberNode(2.5), NODES.numberNode(-1),
                    NODES.booleanNode(false), NODES.arrayNode()));
            case OBJECT -> pick(r, List.of(NODES.textNode("{}"), NODES.numberNode(0), NODES.arrayNode(), NODES.booleanNode(true)));
            case ARRAY -> pick(r, List.of(NODES.objectNode(), NODES.textNode("[]"), NODES.numberNode(3),
                    NODES.arrayNode().add(42), NODES.arrayNode().add(NODES.arrayNode())));
        };
        if (path.contains(".") && !(root.get(path.substring(0, path.indexOf('.'))) instanceof ObjectNode)) {
            root.set(path.substring(0, path.indexOf('.')), NODES.numberNode(7));
            return "wrong type " + path.substring(0, path.indexOf('.'));
        }
        parentOf(root, path).set(last(path), value);
        return "wrong type " + path + " = " + value;
    }

    /** Every field set to null, or a required one: null counts as absent, so a required field is missing. */
    private static String nulls(ObjectNode root, Random r) {
        if (r.nextBoolean()) {
            nullEverything(root);
            return "nulls everywhere";
        }
        String path = pick(r, REQUIRED);
        if (path.contains(".") && !(root.get("interview") instanceof ObjectNode)) {
            root.putNull("interview");
            return "null interview";
        }
        parentOf(root, path).putNull(last(path));
        return "null " + path;
    }

    private static void nullEverything(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isContainerNode() && child.size() > 0) {
                    nullEverything(child);
                } else {
                    object.putNull(name);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                nullEverything(array.get(i));
            }
        }
        if (node.has("company")) {
            ((ObjectNode) node).putNull("company");
        }
    }

    /** A text field over its 200 characters, the whole body under or over 64 KiB (4-byte characters count 4 bytes). */
    private static String enormousString(ObjectNode root, Random r) {
        String path = pick(r, List.of("company", "role", "candidateName", "asOf", "timezone", "outcome", "interview.at"));
        // counted in characters (code points); at most 150 000 of them, 900 KB escaped, under the transport's 1M
        int length = pick(r, List.of(201, 5_000, 60_000, 64 * 1024, 70_000, 150_000));
        String unit = pick(r, List.of("x", "é", "😀", "\\", "\"", "\u0000"));
        String text = unit.repeat(length);
        if (path.contains(".") && !(root.get("interview") instanceof ObjectNode)) {
            root.set("interview", NODES.objectNode());
        }
        parentOf(root, path).put(last(path), text);
        return "enormous " + path + " (" + length + " x " + unit + ")";
    }

    /** Nested arrays or objects, some deeper than Jackson's limit of 1000 levels (written as text: Jackson would refuse). */
    private static String deepNesting(ObjectNode root, Random r, Map<String, String> raw) {
        int depth = pick(r, List.of(50, 999, 1_001, 5_000, 20_000));
        String path = pick(r, List.of("company", "interview.at", "followUps", "timeline", "firstChoice"));
        boolean arrays = r.nextBoolean();
        String nested = arrays ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        String marker = "zzRAW" + raw.size() + "zz";
        raw.put(marker, nested);
        if (path.contains(".") && !(root.get("interview") instanceof ObjectNode)) {
            root.set("interview", NODES.objectNode());
        }
        parentOf(root, path).put(last(path), marker);
        return "nested " + depth + (arrays ? " arrays" : " objects") + " at " + path;
    }

    private static String hugeNumber(ObjectNode root, Random r) {
        String path = pick(r, List.of("otherOpportunities.activeApplications", "otherOpportunities.upcomingInterviews",
                "company", "interview.at", "timeline.asked"));
        JsonNode value = switch (r.nextInt(5)) {
            case 0 -> NODES.numberNode(new java.math.BigInteger("9".repeat(30)));
            case 1 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 2 -> NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(5_000)));
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            default -> NODES.numberNode(new java.math.BigDecimal("-0.00000000000000000000001"));
        };
        if (path.contains(".") && !(root.get(path.substring(0, path.indexOf('.'))) instanceof ObjectNode)) {
            root.set(path.substring(0, path.indexOf('.')), NODES.objectNode());
        }
        parentOf(root, path).set(last(path), value);
        return "huge number at " + path;
    }

    /** A field written twice in the same object (the second takes a marker name, replaced in the text). */
    private static String duplicate(ObjectNode root, Random r) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = pick(r, objects);
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            target.put("company", "A");
            names.add("company");
        }
        String name = pick(r, names);
        target.set("zzDUPLICATEzz", target.get(name).deepCopy());
        return name;
    }

    /** Bytes that are not UTF-8, put inside a string value. */
    private static byte[] invalidUtf8(byte[] body, Random r) {
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xF0, (byte) 0x9F},
            {(byte) 0xFE, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82}};
        byte[] insert = bad[r.nextInt(bad.length)];
        int quote = -1;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '"') {
                quote = i;
                if (r.nextInt(4) == 0) {
                    break;
                }
            }
        }
        int at = quote < 0 ? 0 : quote + 1;
        byte[] out = new byte[body.length + insert.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(body, at, out, at + insert.length, body.length - at);
        return out;
    }
}
