package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.ContractVersion;
import com.followupadvisor.api.openapi.EventSchemas;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.Candidate;
import com.followupadvisor.history.Event;
import com.followupadvisor.history.EventType;
import com.followupadvisor.history.Person;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.KnownFields;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The OpenAPI document says what the service does: its enums, required fields and limits are checked against it. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    private static JsonNode schema(JsonNode doc, String name) {
        JsonNode schema = doc.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
        return schema;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The request's schema is the state model's: the same parts, each with exactly its record's fields. */
    @Test
    void theRequestSchemaHasExactlyTheFieldsOfTheStateModel() throws IOException {
        JsonNode doc = document();
        Map<String, Class<? extends Record>> parts = Map.of(
                "ApplicationState", com.followupadvisor.state.ApplicationState.class,
                "Interview", com.followupadvisor.state.ApplicationState.Interview.class,
                "Interviewer", com.followupadvisor.state.ApplicationState.Interviewer.class,
                "Timeline", com.followupadvisor.state.ApplicationState.Timeline.class,
                "ThankYou", com.followupadvisor.state.ApplicationState.ThankYou.class,
                "FollowUp", com.followupadvisor.state.ApplicationState.FollowUp.class,
                "OtherOpportunities", com.followupadvisor.state.ApplicationState.OtherOpportunities.class);
        parts.forEach((name, type) -> {
            Set<String> documented = new TreeSet<>();
            schema(doc, name).path("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> modelled = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented).as(name).isEqualTo(modelled);
            assertThat(schema(doc, name).path("additionalProperties").asBoolean(true)).as(name + " refuses unknown fields")
                    .isFalse();
        });
    }

    /** Contract 2.0's request schema is the history model's: the same parts, each with exactly its record's fields. */
    @Test
    void theHistorySchemaHasExactlyTheFieldsOfTheHistoryModel() throws IOException {
        JsonNode doc = document();
        Map<String, Class<? extends Record>> parts = Map.of(
                "ApplicationHistory", ApplicationHistory.class,
                "Person", Person.class,
                "Candidate", Candidate.class,
                "Attendance", Event.Attendance.class,
                "HistoryHolidays", ApplicationState.Holidays.class);
        parts.forEach((name, type) -> {
            assertThat(propertyNames(schema(doc, name))).as(name).isEqualTo(new TreeSet<>(KnownFields.of(type)));
            assertThat(schema(doc, name).path("additionalProperties").asBoolean(true)).as(name + " refuses unknown fields")
                    .isFalse();
        });
        JsonNode history = schema(doc, "ApplicationHistory");
        assertThat(texts(history.path("required"))).containsExactlyInAnyOrder("company", "events");
        assertThat(history.at("/properties/events/minItems").asInt()).isEqualTo(1);
        assertThat(history.at("/properties/events/items/$ref").asText()).isEqualTo("#/components/schemas/Event");
        assertThat(texts(schema(doc, "Person").path("required"))).containsExactly("id");

        String body = given().contentType(ContentType.JSON).body("{}").post("/api/v2/next-action")
                .then().statusCode(400).extract().asString();
        Set<String> refused = new TreeSet<>();
        JSON.readTree(body).path("errors").findValues("field").forEach(n -> refused.add(n.asText()));
        assertThat(refused).isEqualTo(texts(history.path("required")));
    }

    /**
     * Events are a union told apart by {@code type}: every {@link EventType} has its own schema in
     * the mapping, whose fields are exactly those the reader takes for it, so that a new event type
     * or field cannot go undocumented.
     */
    @Test
    void everyEventTypeHasItsOwnSchemaWithExactlyItsFields() throws IOException {
        JsonNode doc = document();
        JsonNode event = schema(doc, EventSchemas.EVENT);
        assertThat(event.at("/discriminator/propertyName").asText()).isEqualTo("type");
        JsonNode mapping = event.at("/discriminator/mapping");
        Set<String> variants = new TreeSet<>();
        event.path("oneOf").forEach(ref -> variants.add(ref.path("$ref").asText()));
        Set<String> mapped = new TreeSet<>();
        mapping.forEach(ref -> mapped.add(ref.asText()));
        assertThat(mapped).as("the mapping names each variant of oneOf").isEqualTo(variants);
        assertThat(names(mapping)).isEqualTo(Arrays.stream(EventType.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)));

        Pattern at = null;
        for (EventType type : EventType.values()) {
            String ref = mapping.path(type.name()).asText();
            JsonNode variant = schema(doc, ref.substring(ref.lastIndexOf('/') + 1));
            Set<String> fields = new TreeSet<>(EventType.COMMON);
            fields.addAll(type.fields());
            Set<String> required = new HashSet<>(List.of("type", "at"));
            required.addAll(type.required());
            assertThat(propertyNames(variant)).as(type + "'s properties").isEqualTo(fields);
            assertThat(texts(variant.path("required"))).as(type + "'s required fields").isEqualTo(new TreeSet<>(required));
            assertThat(texts(variant.at("/properties/type/enum"))).as(type + "'s type").containsExactly(type.name());
            assertThat(variant.path("additionalProperties").asBoolean(true)).as(type + " refuses other fields").isFalse();
            at = Pattern.compile(variant.at("/properties/at/pattern").asText());
        }
        assertThat(at.matcher("2026-11-24").matches()).as("a date alone").isTrue();
        assertThat(at.matcher("2026-11-24T09:00").matches()).as("a date-time").isTrue();
        assertThat(at.matcher("2026-11-24T09:00Z").matches()).as("an offset").isFalse();
    }

    @Test
    void theHistoryExampleIsAnswered() {
        given().contentType(ContentType.JSON).body(ApiExamples.HISTORY).post("/api/v2/next-action").then().statusCode(200);
    }

    @Test
    void theActionEnumIsExactlyWhatTheRulesCanProduce() throws IOException {
        Set<String> documented = texts(schema(document(), "ActionCode").path("enum"));
        Set<String> inRules = new TreeSet<>();
        Pattern used = Pattern.compile("Recommendation\\.of\\(ActionCode\\.([A-Z_]+)\\)");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".drl"))::iterator) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    inRules.add(m.group(1));
                }
            }
        }

        assertThat(documented).isEqualTo(inRules)
                .isEqualTo(Arrays.stream(ActionCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * A 1.1 answer holds only the codes 1.1 knows ({@link ContractVersion#V1_1}), as docs/api-contract.md lists them;
     * a 2.0 answer any code ({@link ContractVersion#V2_0}). Each version's actions refer to their own enum.
     */
    @Test
    void eachContractsActionsListExactlyItsCodes() throws IOException {
        JsonNode doc = document();
        assertThat(schema(doc, "Action").at("/properties/action/$ref").asText())
                .isEqualTo("#/components/schemas/" + OpenApiCleanUp.ACTION_CODE_1_1);
        assertThat(schema(doc, "ActionV2").at("/properties/action/$ref").asText())
                .isEqualTo("#/components/schemas/" + OpenApiCleanUp.ACTION_CODE);

        Set<String> v1 = texts(schema(doc, OpenApiCleanUp.ACTION_CODE_1_1).path("enum"));
        assertThat(v1).isEqualTo(codes(ContractVersion.V1_1))
                .containsExactlyInAnyOrder("ASK_FOR_TIMELINE", "SEND_THANK_YOU", "WAIT", "FOLLOW_UP", "MOVE_ON", "REPLY",
                        "KEEP_SEARCHING", "NONE");
        assertThat(texts(schema(doc, OpenApiCleanUp.ACTION_CODE).path("enum"))).isEqualTo(codes(ContractVersion.V2_0))
                .containsAll(v1).hasSize(ActionCode.values().length);

        // the contract's own table of 1.1's codes
        Set<String> inContract = new TreeSet<>();
        String contract = Files.readString(Path.of("docs/api-contract.md"));
        String table = contract.substring(contract.indexOf("### Action codes"));
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(table.substring(0, table.indexOf("\n\n", table.indexOf("| `"))));
        while (row.find()) {
            inContract.add(row.group(1));
        }
        assertThat(inContract).isEqualTo(v1);
    }

    private static Set<String> codes(ContractVersion version) {
        return Arrays.stream(ActionCode.values()).filter(version::knows).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The calendar answers are files ({@code format: binary}): a generated client parses any other string answer not
     * sent as text/plain as JSON (openapi-generator's Java client), which a calendar is not.
     */
    @Test
    void theCalendarAnswersAreDeclaredAsFiles() throws IOException {
        JsonNode paths = document().path("paths");
        for (String path : List.of("/api/v1/next-action/calendar", "/api/v2/next-action/calendar")) {
            JsonNode schema = paths.path(path).path("post").path("responses").path("200").path("content")
                    .path(CalendarWriter.MEDIA_TYPE).path("schema");
            assertThat(schema.path("type").asText()).as(path).isEqualTo("string");
            assertThat(schema.path("format").asText()).as(path).isEqualTo("binary");
        }
    }

    @Test
    void theRequiredFieldsAreTheOnesValidationRequires() throws IOException {
        JsonNode state = schema(document(), "ApplicationState");
        assertThat(texts(state.path("required"))).containsExactlyInAnyOrder("company", "interview");

        String body = given().contentType(ContentType.JSON).body("{}").post("/api/v1/next-action")
                .then().statusCode(400).extract().asString();
        assertThat(texts(JSON.readTree(body).path("errors").findValues("field").stream()
                .collect(JSON::createArrayNode, (a, n) -> a.add(n), (a, b) -> a.addAll(b))))
                .isEqualTo(texts(state.path("required")));
    }

    @Test
    void everyDocumentedStringLimitIsEnforcedExactly() throws IOException {
        JsonNode doc = document();
        Map<String, String> paths = Map.of(
                "ApplicationState", "",
                "Interviewer", "interview.interviewers[0].");
        int checked = 0;
        for (Map.Entry<String, String> entry : paths.entrySet()) {
            JsonNode properties = schema(doc, entry.getKey()).path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode max = properties.path(name).path("maxLength");
                if (max.isMissingNode()) {
                    continue;
                }
                String field = entry.getValue() + name;
                assertThat(statusWith(field, "a".repeat(max.asInt()))).as(field + " at its limit").isEqualTo(200);
                assertThat(statusWith(field, "a".repeat(max.asInt() + 1))).as(field + " over its limit").isEqualTo(400);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyDocumentedListLimitIsEnforcedExactly() throws IOException {
        JsonNode doc = document();
        int interviewers = schema(doc, "Interview").path("properties").path("interviewers").path("maxItems").asInt();
        int followUps = schema(doc, "ApplicationState").path("properties").path("followUps").path("maxItems").asInt();
        assertThat(interviewers).isPositive();
        assertThat(followUps).isPositive();

        String person = "{\"name\": \"P\"}";
        String followUp = "{\"at\": \"2026-11-20T09:00\", \"channel\": \"EMAIL\"}";
        for (int extra = 0; extra <= 1; extra++) {
            String body = "{\"asOf\": \"2026-11-24T09:00\", \"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\", "
                    + "\"interviewers\": [" + String.join(",", java.util.Collections.nCopies(interviewers + extra, person)) + "]},"
                    + "\"followUps\": [" + String.join(",", java.util.Collections.nCopies(followUps + extra, followUp)) + "]}";
            given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action").then().statusCode(extra == 0 ? 200 : 400);
        }
    }

    @Test
    void everyNumberRangeIsEnforcedAtBothEnds() throws IOException {
        JsonNode properties = schema(document(), "OtherOpportunities").path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            long min = properties.path(name).path("minimum").asLong();
            long max = properties.path(name).path("maximum").asLong();
            assertThat(max).isPositive();
            for (long value : new long[] {min, max, min - 1, max + 1}) {
                int expected = value < min || value > max ? 400 : 200;
                given().contentType(ContentType.JSON).body("{\"asOf\": \"2026-11-24T09:00\", \"company\": \"Acme\", "
                        + "\"interview\": {\"at\": \"2026-11-12T10:00\"}, \"otherOpportunities\": {\"" + name + "\": " + value + "}}")
                        .post("/api/v1/next-action").then().statusCode(expected);
            }
        }
    }

    @Test
    void everyErrorResponseIsAProblemDocument() throws IOException {
        JsonNode doc = document();
        int errors = 0;
        for (JsonNode path : doc.path("paths")) {
            for (JsonNode operation : path) {
                for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = it.next();
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(response.getValue().path("content").path("application/problem+json").path("schema")
                                .path("$ref").asText()).as(response.getKey()).endsWith("/Problem");
                        errors++;
                    }
                }
            }
        }
        assertThat(errors).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theSwaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static Set<String> propertyNames(JsonNode schema) {
        return names(schema.path("properties"));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int statusWith(String field, String value) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree("""
                {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00", "interviewers": [{"name": "Dana"}]}}""");
        String[] parts = field.split("\\.");
        ObjectNode target = body;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            target = part.endsWith("[0]")
                    ? (ObjectNode) target.path(part.substring(0, part.length() - 3)).path(0)
                    : (ObjectNode) target.path(part);
        }
        String last = parts[parts.length - 1];
        // an address of exactly the length asked for: 64 characters before the @, the rest a domain
        // whose labels have at most 63 characters each, as DNS allows
        target.put(last, last.equals("email") ? "a".repeat(64) + "@" + domain(value.length() - 64 - 1) : value);
        return given().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/next-action").then().extract().statusCode();
    }

    /** A domain name of {@code length} characters under .com, in labels of at most 63 characters. */
    private static String domain(int length) {
        StringBuilder labels = new StringBuilder();
        int wanted = length - ".com".length();
        while (wanted - labels.length() > 63) {
            labels.append("b".repeat(62)).append('.');
        }
        return labels.append("b".repeat(wanted - labels.length())).append(".com").toString();
    }
}
