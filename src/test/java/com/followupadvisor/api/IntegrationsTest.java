package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/** What integrators build on: batch, calendar export, explanations, metrics. */
@QuarkusTest
class IntegrationsTest {

    private static final String STATE = NextActionResourceTest.CONTRACT_EXAMPLE;

    @Nested
    class Batch {

        @Test
        void answersEachItemInOrderAndAnInvalidItemFailsAlone() {
            String body = """
                    {"items": [
                      {"id": "acme", "state": %s},
                      {"id": "beta", "state": {"company": "Beta", "interview": {"at": "2026-11-12T10:00"},
                                               "followUps": [{"at": "2026-11-01T09:00", "channel": "EMAIL"}]}},
                      {"state": {"asOf": "2026-11-24T09:00", "company": "Gamma", "interview": {"at": "2026-11-12T10:00"}, "outcome": "OFFER"}},
                      {"id": "odd", "stat": {}}
                    ]}""".formatted(STATE);

            given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action/batch")
                    .then().statusCode(200)
                    .body("results", hasSize(4))
                    .body("results.index", contains(0, 1, 2, 3))
                    .body("results[0].id", equalTo("acme"))
                    .body("results[0].status", equalTo(200))
                    .body("results[0].answer.next.action", equalTo("FOLLOW_UP"))
                    .body("results[1].id", equalTo("beta"))
                    .body("results[1].status", equalTo(400))
                    .body("results[1].problem.errors.field", contains("items[1].state.followUps[0].at"))
                    .body("results[1].answer", nullValue())
                    .body("results[2].id", nullValue())
                    // an offer not answered yet: reply to it (the fixture's "Answer an offer")
                    .body("results[2].answer.next.action", equalTo("REPLY"))
                    .body("results[3].status", equalTo(400))
                    .body("results[3].problem.errors.field", hasItem("items[3].stat"));
        }

        @Test
        void takesAThousandItemsAndRefusesMore() {
            String item = "{\"state\": " + STATE + "}";
            String thousand = IntStream.range(0, 1000).mapToObj(i -> item).collect(Collectors.joining(",", "{\"items\": [", "]}"));
            given().contentType(ContentType.JSON).body(thousand).post("/api/v1/next-action/batch")
                    .then().statusCode(200).body("results", hasSize(1000)).body("results[999].status", equalTo(200));

            String tooMany = IntStream.range(0, 1001).mapToObj(i -> item).collect(Collectors.joining(",", "{\"items\": [", "]}"));
            given().contentType(ContentType.JSON).body(tooMany).post("/api/v1/next-action/batch")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("items"));
        }

        @Test
        void aBadEnvelopeIsAnInvalidBatchRequestAndABadItemAnInvalidState() {
            String tooMany = IntStream.range(0, 1001).mapToObj(i -> "{}").collect(Collectors.joining(",", "{\"items\": [", "]}"));
            for (String body : new String[] {"[]", "{}", "{\"items\": {}}", "{\"items\": [], \"more\": 1}", "nope", "", tooMany}) {
                given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action/batch")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("title", equalTo("Invalid batch request"))
                        .body("type", equalTo("https://followupadvisor.com/problems/invalid-batch"));
            }
            given().contentType(ContentType.JSON).body("""
                    {"items": [{"state": {"company": 1, "interview": {"at": "2026-11-12T10:00"}}}, {"stat": {}}]}""")
                    .post("/api/v1/next-action/batch")
                    .then().statusCode(200)
                    .body("results.problem.title", contains("Invalid application state", "Invalid application state"))
                    .body("results[0].problem.errors.field", contains("items[0].state.company"))
                    .body("results[1].problem.errors.field", hasItem("items[1].stat"))
                    .body("results.problem.type", everyItem(equalTo("https://followupadvisor.com/problems/invalid-request")));
        }

        @Test
        void aBodyThatIsNotABatchIsRefusedWhole() {
            for (String body : new String[] {"[]", "{}", "{\"items\": {}}", "{\"items\": [], \"more\": 1}", "nope"}) {
                given().contentType(ContentType.JSON).body(body).post("/api/v1/next-action/batch")
                        .then().statusCode(body.equals("{\"items\": []}") ? 200 : 400);
            }
            given().contentType(ContentType.JSON).body("{\"items\": []}").post("/api/v1/next-action/batch")
                    .then().statusCode(200).body("results", hasSize(0));
        }
    }

    @Nested
    class Calendar {

        private ICalendar export(String state) {
            String ics = given().contentType(ContentType.JSON).accept("text/calendar").body(state)
                    .post("/api/v1/next-action")
                    .then().statusCode(200).contentType(containsString("text/calendar"))
                    .header("Content-Disposition", containsString("follow-up-plan.ics"))
                    .extract().asString();
            ICalendar calendar = Biweekly.parse(ics).first();
            assertThat(calendar).as(ics).isNotNull();
            return calendar;
        }

        private static LocalDate day(java.util.Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }

        @Test
        void hasOneAllDayEventPerDatedActionSpanningItsWindow() {
            ICalendar calendar = export(STATE);

            // on the fixture rules: FOLLOW_UP now (17th-18th, overdue: today, the 24th), FOLLOW_UP 1st-2nd (timed
            // from today), MOVE_ON; KEEP_SEARCHING is no event
            List<VEvent> events = calendar.getEvents();
            assertThat(events).hasSize(3);
            VEvent first = events.get(0);
            assertThat(first.getSummary().getValue()).isEqualTo("Follow up with Acme");
            assertThat(first.getDateStart().getValue().hasTime()).isFalse();
            assertThat(day(first.getDateStart().getValue())).isEqualTo(LocalDate.parse("2026-11-24"));
            assertThat(day(first.getDateEnd().getValue())).isEqualTo(LocalDate.parse("2026-11-25"));
            VEvent second = events.get(1);
            assertThat(day(second.getDateStart().getValue())).isEqualTo(LocalDate.parse("2026-12-01"));
            assertThat(day(second.getDateEnd().getValue())).isEqualTo(LocalDate.parse("2026-12-03"));
            assertThat(first.getDescription().getValue()).contains("12 November").contains("Hello Dana Smith")
                    .contains("Subject: Following up");
            assertThat(first.getAlarms()).singleElement().satisfies(alarm ->
                    assertThat(alarm.getTrigger().getDuration().toMillis()).isEqualTo(9 * 3600 * 1000L));
        }

        @Test
        void exportingAgainKeepsTheUidsOfTheSameSteps() {
            ICalendar before = export(STATE);
            // the first follow-up is done: the second one must keep its event, and so must moving on
            ICalendar after = export(STATE.replace("\"firstChoice\": true",
                    "\"firstChoice\": true, \"followUps\": [{\"at\": \"2026-11-23T09:30\", \"channel\": \"EMAIL\"}]"));

            List<VEvent> followUpsBefore = withCategory(before, "FOLLOW_UP");
            List<VEvent> followUpsAfter = withCategory(after, "FOLLOW_UP");
            assertThat(followUpsBefore).hasSize(2);
            assertThat(followUpsAfter).hasSize(1);
            assertThat(followUpsAfter.get(0).getUid().getValue()).isEqualTo(followUpsBefore.get(1).getUid().getValue());
            assertThat(withCategory(after, "MOVE_ON").get(0).getUid().getValue())
                    .isEqualTo(withCategory(before, "MOVE_ON").get(0).getUid().getValue());
            assertThat(after.getEvents().stream().map(e -> e.getUid().getValue())).doesNotHaveDuplicates();
        }

        private static List<VEvent> withCategory(ICalendar calendar, String code) {
            return calendar.getEvents().stream()
                    .filter(e -> e.getCategories().stream().anyMatch(c -> c.getValues().contains(code))).toList();
        }

        @Test
        void hasItsOwnPathWithTheSameEvents() {
            String byPath = given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action/calendar")
                    .then().statusCode(200).contentType(containsString("text/calendar"))
                    .header("Content-Disposition", containsString("follow-up-plan.ics")).extract().asString();
            List<String> uids = Biweekly.parse(byPath).first().getEvents().stream().map(e -> e.getUid().getValue()).toList();

            assertThat(uids).isNotEmpty().isEqualTo(export(STATE).getEvents().stream().map(e -> e.getUid().getValue()).toList());
        }

        @Test
        void waitingIsNoEvent() {
            // on the fixture rules, three days after the interview: WAIT until the 17th, then the plan
            String waiting = STATE.replace("\"asOf\": \"2026-11-24T09:00\"", "\"asOf\": \"2026-11-15T09:00\"");
            assertThat(waiting).isNotEqualTo(STATE);
            String next = given().contentType(ContentType.JSON).body(waiting).post("/api/v1/next-action")
                    .then().statusCode(200).extract().path("next.action");
            assertThat(next).isEqualTo("WAIT");

            assertThat(export(waiting).getEvents()).isNotEmpty().noneSatisfy(e -> assertThat(e.getCategories().stream()
                    .flatMap(c -> c.getValues().stream())).containsAnyOf("WAIT", "KEEP_SEARCHING", "NONE"));
        }

        @Test
        void jsonStaysTheDefault() {
            given().contentType(ContentType.JSON).accept("*/*").body(STATE).post("/api/v1/next-action")
                    .then().statusCode(200).contentType(ContentType.JSON);
            given().contentType(ContentType.JSON).accept("application/json, text/calendar;q=0.5").body(STATE)
                    .post("/api/v1/next-action").then().statusCode(200).contentType(ContentType.JSON);
        }

        @Test
        void badInputIsStillAProblemDocument() {
            given().contentType(ContentType.JSON).accept("text/calendar").body("{}").post("/api/v1/next-action")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Nested
    class Explanations {

        @Test
        void sayForEachFiredRuleWhatItMatchedAndRead() {
            // on the fixture rules, the rule that made next matched the numbers, the application, then the interview
            String rule = given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                    .then().statusCode(200).extract().path("next.rule");
            String fired = "explain.find { it.rule == '" + rule + "' }";
            given().contentType(ContentType.JSON).body(STATE).queryParam("explain", true).post("/api/v1/next-action")
                    .then().statusCode(200)
                    .body("explain.rule", hasItem(rule))
                    .body(fired + ".facts.type", contains("Numbers", "Application", "Interview"))
                    .body(fired + ".facts[0].followUpAfterDays", equalTo(5))
                    .body(fired + ".facts[1].unansweredFollowUps", equalTo(0))
                    .body(fired + ".facts[2].latestHeld", equalTo(true))
                    .body(fired + ".values.$days", equalTo(5))
                    .body("explain[0].facts.find { it.type == 'Application' }.unansweredFollowUps", notNullValue());
        }

        @Test
        void areLeftOutUnlessAskedFor() {
            given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                    .then().statusCode(200).body("explain", nullValue());
        }
    }

    @Test
    void metricsCountEvaluationsActionsAndRuleFires() {
        String rule = given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action").then().statusCode(200)
                .extract().path("next.rule");

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("advisor_evaluations_total"))
                .body(containsString("advisor_actions_total{action=\"FOLLOW_UP\",place=\"next\"}"))
                .body(containsString("advisor_rule_fires_total{rule=\"" + rule + "\"}"))
                .body(containsString("advisor_evaluation_seconds_count"))
                .body(containsString("advisor_rules_reloads_total"))
                .body(containsString("advisor_rules_reloads_failed_total"))
                .body(org.hamcrest.Matchers.not(containsString("Dana")));
    }

    /** What tells an operator that replicas answer with different rules: the version in use, as a label. */
    @Test
    void metricsNameTheRulesVersionInUse() {
        String version = given().get("/api/v1/rules").then().statusCode(200).extract().path("version");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("advisor_rules_info{version=\"" + version + "\"} 1.0")
                .containsPattern("advisor_rules_loaded_seconds [0-9.E]+");
        assertThat(metrics.lines().filter(l -> l.startsWith("advisor_rules_info{") && l.endsWith(" 1.0")))
                .as("versions in use").hasSize(1);
    }
}
