package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Names and email addresses in requests never reach the log, whatever the request: a good one, a
 * bad one, malformed JSON, one too large. The log is captured at the levels the service logs (INFO
 * and above, its configuration).
 */
@QuarkusTest
class PersonalDataNotLoggedTest {

    private static final String NAME = "Quentin Zabriskie-Okonkwo";
    private static final String EMAIL = "qz.distinctive@unlikely-mail.example";
    private static final String CANDIDATE = "Philippa Vantongeren";

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private static String state(String interviewers) {
        return """
                {"asOf": "2026-11-12T15:00", "timezone": "Europe/Berlin", "company": "Acme", "candidateName": "%s",
                 "interview": {"at": "2026-11-12T10:00", "interviewers": %s}}""".formatted(CANDIDATE, interviewers);
    }

    @Test
    void namesAndEmailAddressesNeverReachTheLog() {
        String person = "[{\"name\": \"" + NAME + "\", \"email\": \"" + EMAIL + "\", \"title\": \"Head of Data\"}]";

        given().contentType(ContentType.JSON).body(state(person)).post("/api/v1/next-action")
                .then().statusCode(200);
        // bad: an address that is not one, a name over its limit, an unknown field holding personal data
        given().contentType(ContentType.JSON)
                .body(state("[{\"name\": \"" + NAME + "\", \"email\": \"" + NAME + " at " + EMAIL + "\"}]"))
                .post("/api/v1/next-action").then().statusCode(400);
        given().contentType(ContentType.JSON).body(state("[{\"name\": \"" + NAME.repeat(10) + "\"}]"))
                .post("/api/v1/next-action").then().statusCode(400);
        given().contentType(ContentType.JSON).body(state(person).replace("\"title\"", "\"phone\""))
                .post("/api/v1/next-action").then().statusCode(400);
        // malformed JSON whose parser error quotes the text around the mistake
        given().contentType(ContentType.JSON).body(state(person).replace("\"name\": \"", "\"name\": " + NAME + " \""))
                .post("/api/v1/next-action").then().statusCode(400);
        // too large, and not JSON at all
        given().contentType(ContentType.JSON).body(state(person) + " ".repeat(64 * 1024))
                .post("/api/v1/next-action").then().statusCode(413);
        given().contentType(ContentType.TEXT).body(NAME + " " + EMAIL).post("/api/v1/next-action").then().statusCode(415);

        // the capture works: a line logged now is seen
        org.jboss.logging.Logger.getLogger(PersonalDataNotLoggedTest.class).info("log capture check");
        List<String> logged = log.lines();
        assertThat(logged).anyMatch(line -> line.contains("log capture check"));
        assertThat(logged).noneMatch(line -> line.contains(NAME) || line.contains(EMAIL) || line.contains(CANDIDATE)
                || line.contains("Zabriskie") || line.contains("qz.distinctive"));
    }
}
