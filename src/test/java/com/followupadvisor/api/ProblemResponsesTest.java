package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/next-action").then();
    }

    private static ValidatableResponse badRequest(String body) {
        return post(body).statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("type", startsWith("https://"))
                .body("title", equalTo("Invalid application state"));
    }

    @Nested
    class BadInput {

        @Test
        void malformedJson() {
            badRequest("{\"company\": \"Acme\", ").body("errors.field", hasItem("$"));
        }

        @Test
        void anEmptyBody() {
            badRequest("").body("errors[0].message", containsString("empty"));
        }

        @Test
        void notAnObject() {
            badRequest("[1, 2]").body("errors[0].field", equalTo("$"));
        }

        @Test
        void missingRequiredFields() {
            badRequest("{}").body("errors.field", containsInAnyOrder("company", "interview"));
            badRequest("{\"company\": \"Acme\", \"interview\": {}}").body("errors.field", containsInAnyOrder("interview.at"));
            badRequest("{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\", \"interviewers\": [{}]}}")
                    .body("errors.field", containsInAnyOrder("interview.interviewers[0].name"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"company\": 42                                  | company",
            "\"firstChoice\": \"yes\"                         | firstChoice",
            "\"timeline\": {\"asked\": 1}                     | timeline.asked",
            "\"asOf\": \"2026-11-24T09:00Z\"                  | asOf",
            "\"asOf\": \"24/11/2026 09:00\"                   | asOf",
            "\"lastHeardAt\": \"2026-02-30T09:00\"            | lastHeardAt",
            "\"timeline\": {\"expectedBy\": \"2026-11-31\"}   | timeline.expectedBy",
            "\"timeline\": {\"expectedBy\": \"+20000-01-01\"} | timeline.expectedBy",
            "\"timezone\": \"Mars/Olympus\"                   | timezone",
            "\"timezone\": \"+02:00\"                         | timezone",
            "\"outcome\": \"HIRED\"                           | outcome",
            "\"outcome\": \"pending\"                         | outcome",
            "\"followUps\": [{\"at\": \"2026-11-20T09:00\", \"channel\": \"FAX\"}] | followUps[0].channel",
            "\"followUps\": [{\"at\": \"2026-11-20T09:00\"}]  | followUps[0].channel",
            "\"followUps\": {}                                | followUps",
            "\"followUps\": [42]                              | followUps[0]",
            "\"otherOpportunities\": {\"activeApplications\": -1}     | otherOpportunities.activeApplications",
            "\"otherOpportunities\": {\"activeApplications\": 10001}  | otherOpportunities.activeApplications",
            "\"otherOpportunities\": {\"upcomingInterviews\": 1001}   | otherOpportunities.upcomingInterviews",
            "\"otherOpportunities\": {\"upcomingInterviews\": 2.5}    | otherOpportunities.upcomingInterviews",
            "\"otherOpportunities\": {\"upcomingInterviews\": 99999999999999999999999} | otherOpportunities.upcomingInterviews",
            "\"role\": \"\"                                   | -",
            "\"company\": \"   \"                             | company",
        })
        void aValueOfTheWrongTypeFormatOrRange(String field, String path) {
            String body = "{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\"}, " + field + "}";
            body = body.replace("{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\"}, \"company\"",
                    "{\"interview\": {\"at\": \"2026-11-12T10:00\"}, \"company\"");
            if (path.equals("-")) {
                post(body).statusCode(200);
            } else {
                badRequest(body).body("errors.field", hasItem(path));
            }
        }

        @Test
        void stringsAndListsOverTheirLimits() {
            String name = "x".repeat(201);
            String people = IntStream.range(0, 21).mapToObj(i -> "{\"name\": \"P" + i + "\"}").collect(Collectors.joining(","));
            String followUps = IntStream.range(0, 51).mapToObj(i -> "{\"at\": \"2026-11-20T09:00\", \"channel\": \"EMAIL\"}")
                    .collect(Collectors.joining(","));
            badRequest("{\"company\": \"" + name + "\", \"role\": \"" + name + "\", \"candidateName\": \"" + name + "\","
                    + " \"interview\": {\"at\": \"2026-11-12T10:00\", \"interviewers\": [" + people + "]},"
                    + " \"followUps\": [" + followUps + "]}")
                    .body("errors.field", containsInAnyOrder("company", "role", "candidateName", "interview.interviewers", "followUps"))
                    .body("errors.message", hasItem(containsString("at most 200 characters")));
        }

        @Test
        void anInvalidEmail() {
            badRequest("{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\", \"interviewers\": "
                    + "[{\"name\": \"Dana\", \"email\": \"dana.acme.example\"}]}}")
                    .body("errors.field", containsInAnyOrder("interview.interviewers[0].email"));
        }

        @Test
        void aFollowUpOrThankYouDatedBeforeTheInterview() {
            badRequest("""
                    {"company": "Acme", "interview": {"at": "2026-11-12T10:00"},
                     "thankYou": {"sentAt": "2026-11-12T09:59"},
                     "followUps": [{"at": "2026-11-20T09:00", "channel": "EMAIL"}, {"at": "2026-11-11T09:00", "channel": "PHONE"}]}""")
                    .body("errors.field", containsInAnyOrder("thankYou.sentAt", "followUps[1].at"));
        }

        @Test
        void unknownFieldsAnywhere() {
            badRequest("""
                    {"company": "Acme", "interview": {"at": "2026-11-12T10:00", "room": "4B"},
                     "thankyou": {"sentAt": "2026-11-12T18:00"}, "timeline": {"expectedBy": "2026-11-19", "sure": true}}""")
                    .body("errors.field", containsInAnyOrder("interview.room", "thankyou", "timeline.sure"))
                    .body("errors.message", hasItem(containsString("not a known field")));
        }

        @Test
        void aDuplicatedField() {
            badRequest("{\"company\": \"Acme\", \"company\": \"Beta\", \"interview\": {\"at\": \"2026-11-12T10:00\"}}");
        }

        @Test
        void everyProblemAtOnce() {
            badRequest("""
                    {"asOf": "yesterday", "timezone": "Nowhere", "company": "", "interview": {"at": "soon"},
                     "outcome": "MAYBE", "firstChoice": "very", "extra": 1}""")
                    .body("errors.field", containsInAnyOrder("asOf", "timezone", "company", "interview.at", "outcome",
                            "firstChoice", "extra"))
                    .body("detail", containsString("7 invalid fields"));
        }
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI root;

    /** Contract 1.1: a body without any Content-Type header is a 415, on every endpoint that takes one. */
    @ParameterizedTest
    @ValueSource(strings = {"api/v1/next-action", "api/v1/next-action/calendar", "api/v1/next-action/batch"})
    void aBodyWithNoContentTypeHeaderAtAll(String path) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(root.resolve(path))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\"}}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.request().headers().firstValue("Content-Type")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> org.assertj.core.api.Assertions.assertThat(type).startsWith(PROBLEM));
    }

    /** Contract 1.1: an unknown or malformed query parameter is a 400 naming it, never ignored. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "api/v1/next-action?explain=maybe              | explain | true or false",
        "api/v1/next-action?explain=TRUE               | explain | true or false",
        "api/v1/next-action?explain=true&explain=false | explain | once",
        "api/v1/next-action?explian=true               | explian | takes explain",
        "api/v1/next-action/calendar?explain=true      | explain | takes none",
        "api/v1/next-action/batch?x=1                  | x       | takes none",
    })
    void anUnknownOrMalformedQueryParameter(String path, String field, String says) {
        String body = path.contains("batch") ? "{\"items\": []}"
                : "{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\"}}";
        given().contentType(ContentType.JSON).body(body).urlEncodingEnabled(false).when().post("/" + path).then()
                .statusCode(400).contentType(PROBLEM).body("title", equalTo("Invalid query parameters"))
                .body("errors.field", contains(field)).body("errors[0].message", containsString(says));
    }

    /** Contract 1.1: every event of the application happens between the interview and asOf. */
    @Nested
    class EventsInTime {

        private static final String BASE = """
                {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}, %s}""";

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"thankYou\": {\"sentAt\": \"2026-11-24T09:01\"}                       | thankYou.sentAt   | after asOf",
            "\"followUps\": [{\"at\": \"2026-11-25T09:00\", \"channel\": \"EMAIL\"}] | followUps[0].at   | after asOf",
            "\"lastHeardAt\": \"2026-12-01T09:00\"                                 | lastHeardAt       | after asOf",
            "\"repliedAt\": \"2026-12-01T09:00\"                                   | repliedAt         | after asOf",
            "\"lastHeardAt\": \"2026-11-11T09:00\"                                 | lastHeardAt       | before interview.at",
            "\"repliedAt\": \"2026-11-12T09:59\"                                   | repliedAt         | before interview.at",
            "\"timeline\": {\"expectedBy\": \"2026-11-11\"}                        | timeline.expectedBy | before the interview's date",
        })
        void anEventOutsideTheInterviewToAsOfIsRefused(String field, String path, String says) {
            badRequest(BASE.formatted(field)).body("errors.field", contains(path))
                    .body("errors[0].message", containsString(says));
        }

        @Test
        void withoutAsOfTheServicesClockIsNow() {
            // the tests' clock says 2026-11-24T08:00 UTC
            badRequest("""
                    {"company": "Acme", "interview": {"at": "2026-11-12T10:00"}, "lastHeardAt": "2026-11-24T08:01"}""")
                    .body("errors.field", contains("lastHeardAt"));
            post("""
                    {"company": "Acme", "interview": {"at": "2026-11-12T10:00"}, "lastHeardAt": "2026-11-24T07:59"}""")
                    .statusCode(200);
        }

        @Test
        void theNewFieldsAreReadAndTheirLimitsKept() {
            post(BASE.formatted("""
                    "repliedAt": "2026-11-20T10:00", "contact": {"name": "Lee Park", "email": "lee@acme.example",
                     "phone": "+49 (30) 123-4567", "title": "Recruiter", "addressAs": "Lee"},
                    "holidays": {"region": "DE-BY", "closedDays": ["2026-12-24"]}""")
                    .replace("\"interview\": {\"at\": \"2026-11-12T10:00\"}", """
                    "interview": {"at": "2026-11-12T10:00", "round": 2, "format": "VIDEO",
                     "interviewers": [{"name": "Dana Smith", "addressAs": "Dana", "talkedAbout": "the data warehouse"}]}"""))
                    .statusCode(200);
            badRequest(BASE.formatted("""
                    "contact": {"email": "lee"}, "holidays": {"region": "XX-1", "closedDays": ["24.12.2026"]}""")
                    .replace("\"interview\": {\"at\": \"2026-11-12T10:00\"}", """
                    "interview": {"at": "2026-11-12T10:00", "round": 21, "format": "ONSITE",
                     "interviewers": [{"name": "D", "addressAs": "%s", "talkedAbout": "%s"}]}""".formatted("a".repeat(101), "b".repeat(301))))
                    .body("errors.field", containsInAnyOrder("contact.name", "contact.email", "holidays.region",
                            "holidays.closedDays[0]", "interview.round", "interview.format",
                            "interview.interviewers[0].addressAs", "interview.interviewers[0].talkedAbout"));
        }
    }

    @Nested
    class WrongRequests {

        @Test
        void aContentTypeOtherThanJson() {
            given().contentType(ContentType.TEXT).body("company=Acme").when().post("/api/v1/next-action")
                    .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        }

        @Test
        void noContentType() {
            given().body("{}".getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/next-action")
                    .then().statusCode(415).contentType(PROBLEM);
        }

        @Test
        void aBodyOver64KiB() {
            String body = "{\"company\": \"" + "x".repeat(64 * 1024) + "\"}";
            post(body).statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                    .body("detail", containsString("the limit is 64 KiB"));
        }

        @Test
        void aBatchOver8MiBIsToldItsOwnLimit() {
            String body = "{\"items\": []}" + " ".repeat(8 * 1024 * 1024);
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/next-action/batch")
                    .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                    .body("detail", allOf(containsString("the limit is 8 MiB"), not(containsString("KiB"))));
        }

        @Test
        void aBodyJustUnder64KiBIsRead() {
            String padding = " ".repeat(64 * 1024 - 200);
            post("{\"company\": \"Acme\", \"interview\": {\"at\": \"2026-11-12T10:00\"}}" + padding).statusCode(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/nope", "/api/v1/next", "/api/v3/next-action", "/api/v1/next-action/extra", "/index.htm"})
        void anUnknownPath(String path) {
            given().when().get(path).then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        }

        @Test
        void aWrongMethod() {
            given().when().get("/api/v1/next-action").then().statusCode(405).contentType(PROBLEM)
                    .body("status", equalTo(405));
        }
    }

    @Test
    void noBodyEverGetsA500() {
        String[] bodies = {
            "null", "true", "0", "\"text\"", "{\"company\": null, \"interview\": null}", "{\"interview\": []}",
            "{\"company\": {}, \"interview\": {\"at\": {}}}", "{\"company\": \"A\", \"interview\": {\"at\": \"2026-11-12T10:00\"}, \"followUps\": [null, {}, []]}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":" .repeat(3000) + "1" + "}".repeat(3000),
            "{\"company\": \"\\ud800\", \"interview\": {\"at\": \"2026-11-12T10:00\"}}",
            "{\"company\": \"A\", \"interview\": {\"at\": \"9999-12-31T23:59\"}}",
            "{\"company\": \"A\", \"interview\": {\"at\": \"2026-11-12T10:00\"}, \"asOf\": \"2999-12-31T23:59\"}",
            "{\"company\": \"A\", \"interview\": {\"at\": \"1900-01-01T00:00\"}, \"asOf\": \"2999-12-31T23:59\", \"timeline\": {\"expectedBy\": \"2999-12-31\"}}",
        };
        for (String body : bodies) {
            post(body).statusCode(allOf(greaterThanOrEqualTo(200), lessThan(500)));
        }
        given().contentType(ContentType.JSON).body(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})
                .when().post("/api/v1/next-action").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void listsEveryErrorWithFieldAndMessage() {
        badRequest("{\"company\": 1, \"interview\": {\"at\": 2}}")
                .body("errors", hasSize(2))
                .body("errors.message", hasItems(containsString("string"), containsString("date-time")));
    }
}
