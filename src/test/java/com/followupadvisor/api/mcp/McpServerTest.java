package com.followupadvisor.api.mcp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.api.CapturedLog;

import io.quarkiverse.mcp.server.TextContent;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkiverse.mcp.server.test.McpAssured;
import io.quarkiverse.mcp.server.test.McpAssured.McpStreamableTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.Json;

/**
 * The MCP server over Streamable HTTP with McpAssured, on the fixture rules, checked against the
 * REST API it stands for: the tools' schemas are the OpenAPI document's, and each tool answers what
 * the matching REST call answers for the same history (no advice is written into this test).
 */
@QuarkusTest
class McpServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HISTORY_TOOLS = Set.of("next_action", "calendar", "explain");

    /** Histories the fixture rules answer in different ways: waiting, a question open, an offer. */
    static final List<String> HISTORIES = List.of("""
            {"asOf": "2026-11-23T09:00", "timezone": "Europe/Berlin", "company": "Acme",
             "people": [{"id": "dana", "name": "Dana Smith", "email": "dana@acme.example", "role": "HIRING_MANAGER"}],
             "events": [{"type": "INTERVIEW", "at": "2026-11-12T10:00", "interviewers": [{"person": "dana"}]},
                        {"type": "THANK_YOU", "at": "2026-11-12T18:00"}]}""", """
            {"asOf": "2026-12-07T09:00", "timezone": "Europe/Berlin", "applicationId": "acme-7f3a", "company": "Acme",
             "role": "Data Analyst", "language": "de", "candidate": {"name": "Sam Lee"},
             "people": [{"id": "lee", "name": "Lee Park", "email": "lee@acme.example", "role": "RECRUITER"},
                        {"id": "dana", "name": "Dana Smith", "email": "dana@acme.example", "role": "HIRING_MANAGER"}],
             "events": [{"type": "INTERVIEW", "at": "2026-11-26T14:00", "interviewers": [{"person": "dana"}],
                         "timeline": {"asked": true, "expectedBy": "2026-12-11"}},
                        {"type": "QUESTION", "at": "2026-12-04T16:00", "from": "lee", "about": "REFERENCES"}]}""", """
            {"asOf": "2026-12-11T09:00", "timezone": "America/New_York", "company": "Initech",
             "people": [{"id": "bo", "name": "Bo Chen", "role": "RECRUITER"}],
             "events": [{"type": "INTERVIEW", "at": "2026-12-01T10:00", "interviewers": [{"person": "bo"}]},
                        {"type": "OFFER", "at": "2026-12-10T15:00", "from": "bo", "answerBy": "2026-12-17"}]}""");

    @org.junit.jupiter.api.extension.RegisterExtension
    final CapturedLog log = new CapturedLog();

    private McpStreamableTestClient client;

    @BeforeEach
    void connect() {
        client = McpAssured.newConnectedStreamableClient();
    }

    @AfterEach
    void disconnect() {
        client.disconnect();
    }

    @Test
    void theFourToolsAreListedWithTheRequestsSchemaAndDescriptions() throws Exception {
        JsonNode components = JSON.readTree(given().get("/q/openapi?format=json").asString()).path("components").path("schemas");
        JsonNode request = components.path("ApplicationHistory");
        client.when().toolsList(page -> {
            assertThat(page.tools()).extracting(t -> t.name())
                    .containsExactlyInAnyOrder("next_action", "calendar", "explain", "list_rules");
            page.tools().forEach(tool -> {
                assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(200);
                JsonNode schema = JSON.valueToTree(tool.inputSchema().getMap());
                assertThat(schema.path("type").asText()).as(tool.name()).isEqualTo("object");
                if (HISTORY_TOOLS.contains(tool.name())) {
                    assertThat(names(schema.path("properties"))).as(tool.name()).isEqualTo(names(request.path("properties")));
                    assertThat(schema.path("required")).isEqualTo(request.path("required"));
                    request.path("properties").fields().forEachRemaining(p -> assertThat(
                            schema.path("properties").path(p.getKey()).path("description").asText(
                                    describedRef(schema, p.getValue())))
                            .as("%s's argument %s is described", tool.name(), p.getKey()).isNotBlank());
                    // every reference resolves within the schema, and nothing OpenAPI-only is left
                    String text = schema.toString();
                    assertThat(text).doesNotContain("#/components/", "\"discriminator\"");
                    java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\"#/\\$defs/(\\w+)\"").matcher(text);
                    while (ref.find()) {
                        assertThat(schema.path("$defs").has(ref.group(1))).as("$defs has %s", ref.group(1)).isTrue();
                    }
                } else {
                    assertThat(schema.path("properties").size()).as("list_rules takes no arguments").isZero();
                }
                assertThat(tool.annotations()).isPresent();
                assertThat(tool.annotations().get().readOnlyHint()).as(tool.name() + " only reads").isTrue();
            });
        }).thenAssertResults();
    }

    private static String describedRef(JsonNode schema, JsonNode openApiProperty) {
        String ref = openApiProperty.path("$ref").asText("");
        return ref.isEmpty() ? "" : schema.path("$defs").path(ref.replaceFirst(".*/", "")).path("description").asText("");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void nextActionAnswersWhatTheRestApiAnswers() throws Exception {
        for (String history : HISTORIES) {
            JsonNode rest = JSON.readTree(given().contentType(ContentType.JSON).body(history).post("/api/v2/next-action")
                    .then().statusCode(200).extract().asString());
            ToolResponse response = call("next_action", history);
            assertThat(response.isError()).isFalse();
            assertThat(structured(response)).isEqualTo(withoutNulls(rest));
            assertThat(response.content()).hasSize(2);
            assertThat(JSON.readTree(text(response, 1))).as("the answer as JSON text, for clients without structured content")
                    .isEqualTo(rest);
            String summary = text(response, 0);
            assertThat(summary).contains(rest.path("next").path("action").asText(), rest.path("next").path("title").asText(),
                    rest.path("status").path("outcome").asText());
            rest.path("also").forEach(a -> assertThat(summary).contains(a.path("action").asText()));
            rest.path("plan").forEach(a -> assertThat(summary).contains(a.path("action").asText(),
                    a.path("dueFrom").asText(a.path("dueBy").asText())));
        }
    }

    /** On the wire, the structured content is the REST answer exactly, its null fields too (McpAssured drops those). */
    @Test
    void theStructuredContentOnTheWireIsTheRestAnswerWithItsNulls() throws Exception {
        String history = HISTORIES.get(0);
        JsonNode rest = JSON.readTree(given().contentType(ContentType.JSON).body(history).post("/api/v2/next-action")
                .then().statusCode(200).extract().asString());
        assertThat(rest.toString()).contains("null");
        String call = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"next_action\","
                + "\"arguments\":" + history + "}}";
        JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body(call).post("/mcp").then().statusCode(200).extract().asString());
        assertThat(answer.path("result").path("structuredContent")).isEqualTo(rest);
    }

    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    strip(f.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(McpServerTest::strip);
        }
    }

    @Test
    void calendarIsTheRestApisCalendarFile() {
        for (String history : HISTORIES) {
            String rest = given().contentType(ContentType.JSON).body(history).post("/api/v2/next-action/calendar")
                    .then().statusCode(200).extract().asString();
            ToolResponse response = call("calendar", history);
            assertThat(response.isError()).isFalse();
            assertThat(text(response, 0)).isEqualTo(rest).startsWith("BEGIN:VCALENDAR");
        }
    }

    @Test
    void explainNamesEachRuleThatFiredWithWhatItSaysAndEachActionsReason() throws Exception {
        JsonNode catalogue = JSON.readTree(given().get("/api/v1/rules").asString());
        for (String history : HISTORIES) {
            JsonNode rest = JSON.readTree(given().contentType(ContentType.JSON).body(history)
                    .post("/api/v2/next-action?explain=true").then().statusCode(200).extract().asString());
            ToolResponse response = call("explain", history);
            assertThat(response.isError()).isFalse();
            assertThat(structured(response).path("explain")).isEqualTo(rest.path("explain"));
            String words = text(response, 0);
            List<String> fired = JSON.convertValue(rest.path("rules").path("fired"), new TypeReference<List<String>>() { });
            assertThat(fired).isNotEmpty();
            int at = -1;
            for (String rule : fired) {
                assertThat(words.indexOf(rule, at + 1)).as("%s, in the order the rules fired", rule).isGreaterThan(at);
                at = words.indexOf(rule, at + 1);
                catalogue.path("rules").forEach(r -> {
                    if (r.path("name").asText().equals(rule)) {
                        assertThat(words).contains(r.path("description").asText());
                    }
                });
            }
            assertThat(words).contains(rest.path("next").path("why").asText());
        }
    }

    @Test
    void listRulesIsTheCatalogue() throws Exception {
        JsonNode catalogue = JSON.readTree(given().get("/api/v1/rules").asString());
        ToolResponse response = call("list_rules", "{}");
        assertThat(response.isError()).isFalse();
        JsonNode structured = structured(response);
        assertThat(structured.path("version")).isEqualTo(catalogue.path("version"));
        List<String> names = new ArrayList<>();
        catalogue.path("rules").forEach(r -> names.add(r.path("name").asText()));
        List<String> listed = new ArrayList<>();
        structured.path("rules").forEach(r -> listed.add(r.path("name").asText()));
        assertThat(listed).isEqualTo(names);
        String words = text(response, 0);
        catalogue.path("rules").forEach(r -> assertThat(words).contains(r.path("name").asText(), r.path("description").asText()));
    }

    @Test
    void badArgumentsAreAToolErrorNamingEveryFieldTheRestApiNames() throws Exception {
        String bad = """
                {"asOf": "2026-13-40T09:00", "company": " ", "people": [{"id": "dana", "name": "Dana", "role": "BOSS"}],
                 "events": [{"type": "INTERVEW", "at": "2026-11-12T10:00"},
                            {"type": "THANK_YOU", "at": "soon", "to": ["nobody"]}],
                 "surprise": 1}""";
        JsonNode problem = JSON.readTree(given().contentType(ContentType.JSON).body(bad).post("/api/v2/next-action")
                .then().statusCode(400).extract().asString());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).hasSizeGreaterThanOrEqualTo(5);
        for (String tool : HISTORY_TOOLS) {
            ToolResponse response = call(tool, bad);
            assertThat(response.isError()).as(tool).isTrue();
            assertThat(response.structuredContent()).as("no structured content: it would have to match the output schema").isNull();
            assertThat(JSON.readTree(text(response, 1))).as("%s: the REST API's problem", tool).isEqualTo(problem);
            String words = text(response, 0);
            fields.forEach(f -> assertThat(words).as(tool).contains("- " + f + ": "));
        }
    }

    @Test
    void anArgumentGivenAsNullIsOneLeftOutAsInTheRestApi() throws Exception {
        String withNulls = HISTORIES.get(0).replace("\"company\": \"Acme\",", "\"company\": \"Acme\", \"role\": null, \"candidate\": null,");
        assertThat(withNulls).isNotEqualTo(HISTORIES.get(0));
        JsonNode rest = JSON.readTree(given().contentType(ContentType.JSON).body(withNulls).post("/api/v2/next-action")
                .then().statusCode(200).extract().asString());
        ToolResponse response = call("next_action", withNulls);
        assertThat(response.isError()).isFalse();
        assertThat(structured(response)).isEqualTo(withoutNulls(rest));
        assertThat(JSON.readTree(text(response, 1))).isEqualTo(rest);
    }

    @Test
    void theEventTypesResourceHasEveryTypeTheContractHasWithAnExampleTheServiceTakes() throws Exception {
        JsonNode mapping = JSON.readTree(given().get("/q/openapi?format=json").asString())
                .path("components").path("schemas").path("Event").path("discriminator").path("mapping");
        AtomicReference<String> text = new AtomicReference<>();
        client.when().resourcesList(page -> assertThat(page.findByUri(AssistantGuide.EVENT_TYPES_URI)).isNotNull())
                .resourcesRead(AssistantGuide.EVENT_TYPES_URI, r -> text.set(r.contents().get(0).asText().text()))
                .thenAssertResults();
        JsonNode examples = JSON.readTree(getClass().getClassLoader().getResourceAsStream(AssistantGuide.EXAMPLES));
        List<String> types = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(types::add);
        assertThat(types).hasSizeGreaterThanOrEqualTo(20);
        for (String type : types) {
            assertThat(text.get()).contains("\n## " + type + "\n");
            JsonNode example = examples.path(type);
            assertThat(text.get()).contains(JSON.writeValueAsString(example));
            // the example, in a history of its own after a first interview, is taken as it is
            String history = """
                    {"asOf": "2026-12-20T09:00", "company": "Acme", "applicationId": "acme-7f3a",
                     "people": [{"id": "lee", "name": "Lee Park", "role": "RECRUITER"},
                                {"id": "dana", "name": "Dana Smith", "role": "HIRING_MANAGER"},
                                {"id": "kim", "name": "Kim Ode", "role": "REFERRER"}],
                     "events": [{"type": "INTERVIEW", "at": "2026-11-10T10:00", "interviewers": [{"person": "dana"}]}, %s]}"""
                    .formatted(example);
            String answer = given().contentType(ContentType.JSON).body(history).post("/api/v2/next-action").asString();
            assertThat(answer).as("the example of %s in a history", type).contains("\"next\"");
        }
    }

    @Test
    void thePromptAsksForTheHistoryAndNamesTheToolAndTheResource() {
        client.when().promptsList(page -> assertThat(page.findByName("what_next")).isNotNull())
                .promptsGet("what_next", Map.of("situation", "an interview at Acme last Thursday"), r -> {
                    String text = r.messages().get(0).content().asText().text();
                    assertThat(text).contains("next_action", AssistantGuide.EVENT_TYPES_URI, "an interview at Acme last Thursday");
                }).thenAssertResults();
    }

    @Test
    void onlyStreamableHttpIsServedAndOnlyToPagesOfTrustedOrigins() {
        given().get("/mcp").then().statusCode(405).header("Allow", "POST");
        given().delete("/mcp").then().statusCode(405).header("Allow", "POST");
        given().get("/mcp/sse").then().statusCode(404);
        String list = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
        given().header("Origin", "http://evil.example").contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body(list).post("/mcp").then().statusCode(403).contentType("application/problem+json");
        given().header("Origin", "http://localhost:9999").contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body(list).post("/mcp").then().statusCode(403);
        // listed in quarkus.http.cors.origins (the test profile's)
        given().header("Origin", "http://localhost:6274").contentType(ContentType.JSON)
                .accept("application/json, text/event-stream").body(list).post("/mcp").then().statusCode(200);
        given().contentType(ContentType.JSON).accept("application/json, text/event-stream").body(list).post("/mcp").then()
                .statusCode(200);
    }

    @jakarta.inject.Inject
    io.quarkiverse.mcp.server.runtime.ConnectionManager sessions;

    /**
     * Every call is answered on its own, as any replica would: no session outlives its initialize
     * (the extension kept one per initialize, with the client's description, for 10 idle minutes).
     */
    @Test
    void noSessionIsKeptAndACallNamingASessionNoOneHoldsIsAnswered() throws Exception {
        call("list_rules", "{}");
        call("next_action", HISTORIES.get(0));
        assertThat(sessions.iterator().hasNext()).as("sessions held after a client's calls").isFalse();

        String big = "x".repeat(400_000);
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"" + big + "\",\"version\":\"1\"}}}";
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).accept("application/json, text/event-stream").body(initialize).post("/mcp")
                    .then().statusCode(200).body("result.protocolVersion", org.hamcrest.Matchers.notNullValue());
        }
        given().contentType(ContentType.JSON).accept("application/json, text/event-stream").body("[" + initialize + "]")
                .post("/mcp").then().statusCode(org.hamcrest.Matchers.lessThan(500));
        assertThat(sessions.iterator().hasNext()).as("sessions held after three initialize of 400 KB and a batch of one").isFalse();

        // another replica's session, and its client's first notification there
        String elsewhere = java.util.UUID.randomUUID().toString();
        given().header("Mcp-Session-Id", elsewhere).contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").post("/mcp").then().statusCode(202);
        JsonNode answer = JSON.readTree(given().header("Mcp-Session-Id", elsewhere).header("Mcp-Protocol-Version", "2025-06-18")
                .contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"next_action\","
                        + "\"arguments\":" + HISTORIES.get(0) + "}}")
                .post("/mcp").then().statusCode(200).extract().asString());
        JsonNode rest = JSON.readTree(given().contentType(ContentType.JSON).body(HISTORIES.get(0)).post("/api/v2/next-action")
                .then().statusCode(200).extract().asString());
        assertThat(answer.path("result").path("structuredContent")).isEqualTo(rest);
    }

    @Test
    void noPersonalDataReachesTheLogNotEvenFromABodyThatIsNotJson() {
        given().contentType(ContentType.JSON).accept("application/json, text/event-stream")
                .body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"arguments\":{\"company\":SecretCorp}}}")
                .post("/mcp").then().statusCode(200).body("error.code", org.hamcrest.Matchers.equalTo(-32700));
        call("next_action", HISTORIES.get(1).replace("Sam Lee", "Secret Person"));
        call("next_action", "{\"company\": \"SecretCorp\", \"events\": [{\"type\": \"Secret Person\"}]}");
        assertThat(log.lines()).isNotEmpty().noneMatch(l -> l.contains("SecretCorp") || l.contains("Secret Person"));
    }

    @Test
    void argumentsOverTheHistorysLimitAreRefusedBeforeTheyAreRead() {
        String note = "x".repeat(1_000);
        StringBuilder events = new StringBuilder("{\"type\": \"INTERVIEW\", \"at\": \"2026-11-12T10:00\"}");
        for (int i = 0; i < 600; i++) {
            events.append(", {\"type\": \"FOLLOW_UP\", \"at\": \"2026-11-20\", \"channel\": \"EMAIL\", \"note\": \"").append(note)
                    .append("\"}");
        }
        String call = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"next_action\","
                + "\"arguments\":{\"company\":\"Acme\",\"events\":[" + events + "]}}}";
        assertThat(call.length()).isGreaterThan(com.followupadvisor.http.BodyLimits.HISTORY_BYTES);
        given().contentType(ContentType.JSON).accept("application/json, text/event-stream").body(call).post("/mcp").then()
                .statusCode(413);
    }

    private ToolResponse call(String tool, String arguments) {
        Map<String, Object> args;
        try {
            args = JSON.readValue(arguments, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
        AtomicReference<ToolResponse> response = new AtomicReference<>();
        client.when().toolsCall(tool, args, response::set).thenAssertResults();
        return response.get();
    }

    private static JsonNode structured(ToolResponse response) throws Exception {
        assertThat(response.structuredContent()).as("structured content").isNotNull();
        return JSON.readTree(Json.encode(response.structuredContent()));
    }

    private static String text(ToolResponse response, int index) {
        return ((TextContent) response.content().get(index)).text();
    }
}
