package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
public class NextActionResourceTest {

    public static final String CONTRACT_EXAMPLE = """
            {
              "asOf": "2026-11-24T09:00",
              "timezone": "Europe/Berlin",
              "company": "Acme",
              "role": "Data Analyst",
              "candidateName": "Sam Lee",
              "interview": {
                "at": "2026-11-12T10:00",
                "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example", "title": "Head of Data"}]
              },
              "timeline": {"asked": true, "expectedBy": "2026-11-19"},
              "thankYou": {"sentAt": "2026-11-12T18:00"},
              "otherOpportunities": {"activeApplications": 4, "upcomingInterviews": 1},
              "firstChoice": true
            }
            """;

    /** The contract's example, on the fixture rules: a follow-up overdue, another planned from today, then moving on. */
    @Test
    void answersTheContractsExample() {
        given().contentType(ContentType.JSON).body(CONTRACT_EXAMPLE)
                .when().post("/api/v1/next-action")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("asOf", equalTo("2026-11-24T09:00:00"))
                .body("timezone", equalTo("Europe/Berlin"))
                .body("next.action", equalTo("FOLLOW_UP"))
                .body("next.dueFrom", equalTo("2026-11-17"))
                .body("next.dueBy", equalTo("2026-11-18"))
                .body("next.overdue", equalTo(true))
                .body("next.channels", contains("EMAIL"))
                .body("next.rule", notNullValue())
                .body("next.why", containsString("12 November"))
                .body("next.drafts.channel", contains("EMAIL"))
                .body("next.drafts[0].to", equalTo("Dana Smith <dana@acme.example>"))
                .body("next.drafts[0].subject", notNullValue())
                .body("also.action", contains("KEEP_SEARCHING"))
                .body("also[0].dueBy", nullValue())
                .body("also[0].overdue", equalTo(false))
                .body("plan.action", contains("FOLLOW_UP", "MOVE_ON"))
                // the overdue follow-up is planned as done today (24th), the next one timed from it
                .body("plan[0].dueFrom", equalTo("2026-12-01"))
                .body("plan[0].dueBy", equalTo("2026-12-02"))
                .body("rules.version", matchesPattern("[0-9a-f]{12}"))
                .body("rules.fired", hasItem(given().contentType(ContentType.JSON).body(CONTRACT_EXAMPLE)
                        .post("/api/v1/next-action").then().extract().<String>path("next.rule")));
    }

    /** Contract 1.1: a draft says who it is for, for software that sends it; a single message goes to the contact. */
    @Test
    void draftsNameTheirRecipientAndGoToTheContact() {
        String withContact = CONTRACT_EXAMPLE.replace("\"timeline\":",
                "\"contact\": {\"name\": \"Lee Park\", \"email\": \"lee@acme.example\", \"phone\": \"+49 30 1234567\"}, \"timeline\":");
        assertThat(withContact).isNotEqualTo(CONTRACT_EXAMPLE);
        given().contentType(ContentType.JSON).body(withContact).post("/api/v1/next-action").then().statusCode(200)
                .body("next.action", equalTo("FOLLOW_UP"))
                .body("next.drafts[0].to", equalTo("Lee Park <lee@acme.example>"))
                .body("next.drafts[0].recipient.name", equalTo("Lee Park"))
                .body("next.drafts[0].recipient.email", equalTo("lee@acme.example"))
                .body("next.drafts[0].recipient.phone", equalTo("+49 30 1234567"));
        given().contentType(ContentType.JSON).body(CONTRACT_EXAMPLE).post("/api/v1/next-action").then().statusCode(200)
                .body("next.drafts[0].recipient.name", equalTo("Dana Smith"))
                .body("next.drafts[0].recipient.email", equalTo("dana@acme.example"))
                .body("next.drafts[0].recipient.phone", nullValue());
    }

    @Test
    void withoutAsOfUsesTheCurrentTimeInTheRequestsZone() {
        // the pinned clock says 08:00 UTC: 09:00 in Berlin, 03:00 in New York
        String body = """
                {"timezone": "%s", "company": "Acme", "interview": {"at": "2026-11-24T08:30"}}""";

        given().contentType(ContentType.JSON).body(body.formatted("Europe/Berlin"))
                .when().post("/api/v1/next-action")
                .then().statusCode(200)
                .body("asOf", equalTo("2026-11-24T09:00:00"))
                .body("next.action", equalTo("SEND_THANK_YOU"));
        given().contentType(ContentType.JSON).body(body.formatted("America/New_York"))
                .when().post("/api/v1/next-action")
                .then().statusCode(200)
                .body("asOf", equalTo("2026-11-24T03:00:00"))
                .body("timezone", equalTo("America/New_York"))
                .body("next.action", equalTo("ASK_FOR_TIMELINE"));
    }

    @Test
    void withoutATimezoneUsesTheConfiguredDefault() {
        given().contentType(ContentType.JSON).body("""
                {"company": "Acme", "interview": {"at": "2026-11-20T10:00"}}""")
                .when().post("/api/v1/next-action")
                .then().statusCode(200)
                .body("timezone", equalTo("UTC"))
                .body("asOf", equalTo("2026-11-24T08:00:00"));
    }

    @Test
    void aClosedApplicationHasNothingAlsoAndNoPlan() {
        given().contentType(ContentType.JSON).body("""
                {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-20T10:00"}, "outcome": "REJECTED"}""")
                .when().post("/api/v1/next-action")
                .then().statusCode(200)
                .body("next.action", equalTo("NONE"))
                .body("also", hasSize(0))
                .body("plan", hasSize(0));
    }

    @Test
    void acceptsNullForOptionalFieldsAndACharsetInTheContentType() {
        given().contentType("application/json; charset=UTF-8").body("""
                {"asOf": null, "role": null, "company": "Acme", "interview": {"at": "2026-11-20T10:00", "interviewers": null},
                 "timeline": null, "followUps": null, "outcome": null, "otherOpportunities": {"activeApplications": null}}""")
                .when().post("/api/v1/next-action")
                .then().statusCode(200)
                .body("next.action", notNullValue());
    }
}
