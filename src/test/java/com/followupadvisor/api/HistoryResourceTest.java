package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Contract 2.0 over HTTP, on the fixture rules: the answer's shape, its status (worked out from
 * the history, not the rules), its ids, the calendar's UIDs, the batch, and bad input named by path.
 */
@QuarkusTest
class HistoryResourceTest {

    static final String HISTORY = """
            {
              "asOf": "2026-12-07T09:00",
              "timezone": "Europe/Berlin",
              "applicationId": "acme-7f3a",
              "company": "Acme",
              "role": "Data Analyst",
              "candidate": {"name": "Sam Lee"},
              "people": [
                {"id": "lee", "name": "Lee Park", "email": "lee@acme.example", "role": "RECRUITER"},
                {"id": "dana", "name": "Dana Smith", "email": "dana@acme.example", "role": "HIRING_MANAGER"}
              ],
              "events": [
                {"type": "INTERVIEW", "at": "2026-11-20T10:00", "interviewers": [{"person": "dana"}]},
                {"type": "THANK_YOU", "at": "2026-11-20T17:00"},
                {"type": "INTERVIEW", "at": "2026-12-02T14:00", "round": 2, "interviewers": [{"person": "dana"}],
                 "timeline": {"expectedBy": "2026-12-11"}},
                {"type": "INTERVIEW", "at": "2026-12-15", "round": 3, "stage": "FINAL"},
                {"type": "RESCHEDULED", "at": "2026-12-04T11:00", "from": "lee", "newAt": "2026-12-16T09:30"}
              ]
            }
            """;

    @Test
    void answersWithWhereTheApplicationStandsAndAnIdOnEveryAction() {
        given().contentType(ContentType.JSON).body(HISTORY).post("/api/v2/next-action").then().statusCode(200)
                .header("Content-Language", "en")
                .body("asOf", equalTo("2026-12-07T09:00:00"))
                .body("language", equalTo("en"))
                .body("applicationId", equalTo("acme-7f3a"))
                .body("status.outcome", equalTo("OPEN"))
                .body("status.round", equalTo(2))
                // the final round, moved from the 15th (a date alone) to 16 December at 9:30
                .body("status.nextInterviewAt", equalTo("2026-12-16T09:30:00"))
                // no region given: the time zone's country
                .body("status.region", equalTo("DE"))
                .body("status.waitingOn", notNullValue())
                .body("next.id", startsWith("acme-7f3a."))
                .body("also.id", everyItem(startsWith("acme-7f3a.")))
                .body("plan.id", everyItem(startsWith("acme-7f3a.")))
                .body("rules.version", matchesPattern("[0-9a-f]{12}"));
    }

    @Test
    void withoutAnApplicationIdTheIdsShareADigestOfCompanyRoleAndFirstInterview() {
        String withoutId = HISTORY.replace("\"applicationId\": \"acme-7f3a\",", "");
        assertThat(withoutId).isNotEqualTo(HISTORY);
        String id = given().contentType(ContentType.JSON).body(withoutId).post("/api/v2/next-action").then().statusCode(200)
                .body("applicationId", matchesPattern("acme-[0-9a-f]{4}")).extract().path("applicationId");
        given().contentType(ContentType.JSON).body(withoutId.replace("\"asOf\": \"2026-12-07T09:00\"", "\"asOf\": \"2026-12-07T10:00\""))
                .post("/api/v2/next-action").then().statusCode(200).body("applicationId", equalTo(id));
        given().contentType(ContentType.JSON).body(withoutId.replace("\"Data Analyst\"", "\"Data Engineer\""))
                .post("/api/v2/next-action").then().statusCode(200).body("applicationId", startsWith("acme-"))
                .body("applicationId", org.hamcrest.Matchers.not(equalTo(id)));
    }

    @Test
    void aRegionGivenOrNoneIsTheOneUsed() {
        given().contentType(ContentType.JSON).body(HISTORY.replace("\"events\":", "\"holidays\": {\"region\": \"NONE\"}, \"events\":"))
                .post("/api/v2/next-action").then().statusCode(200).body("status.region", equalTo("NONE"));
        given().contentType(ContentType.JSON).body(HISTORY.replace("\"events\":", "\"holidays\": {\"region\": \"DE-BY\"}, \"events\":"))
                .post("/api/v2/next-action").then().statusCode(200).body("status.region", equalTo("DE-BY"));
    }

    @Test
    void badInputIsRefusedNamingEveryPath() {
        String bad = HISTORY.replace("\"from\": \"lee\"", "\"from\": \"kim\"")
                .replace("{\"type\": \"THANK_YOU\", \"at\": \"2026-11-20T17:00\"}",
                        "{\"type\": \"THANK_YOU\", \"at\": \"2026-11-20T17:00\", \"channel\": \"EMAIL\"}, {\"type\": \"LUNCH\", \"at\": \"2026-11-21\"}");
        assertThat(bad).isNotEqualTo(HISTORY);
        given().contentType(ContentType.JSON).body(bad).post("/api/v2/next-action").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("events[1].channel"))
                .body("errors.field", hasItem("events[2].type"))
                .body("errors.field", hasItem("events[5].from"));
    }

    @Test
    void theCalendarsUidsAreTheActionIds() {
        String ics = given().contentType(ContentType.JSON).body(HISTORY).post("/api/v2/next-action/calendar").then()
                .statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        List<String> ids = given().contentType(ContentType.JSON).body(HISTORY).post("/api/v2/next-action").then()
                .extract().jsonPath().getList("plan.id");
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            assertThat(ics).contains("UID:" + id);
        }
    }

    @Test
    void aBatchAnswersEachHistoryOnItsOwnWithPathsFromTheRoot() {
        String batch = "{\"items\": [{\"id\": \"a\", \"state\": " + HISTORY + "}, {\"id\": \"b\", \"state\": "
                + HISTORY.replace("\"company\": \"Acme\",", "") + "}]}";
        given().contentType(ContentType.JSON).body(batch).post("/api/v2/next-action/batch").then().statusCode(200)
                .body("results.status", containsInAnyOrder(200, 400))
                .body("results[0].answer.applicationId", equalTo("acme-7f3a"))
                .body("results[0].answer.status.region", equalTo("DE"))
                .body("results[1].answer", nullValue())
                .body("results[1].problem.errors.field", hasItem("items[1].state.company"));
    }

    @Test
    void contract11IsStillAnsweredAtItsOwnPathWithoutStatusOrIds() {
        given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE).post("/api/v1/next-action").then()
                .statusCode(200).body("status", nullValue()).body("next.id", nullValue()).body("next.action", notNullValue());
    }
}
