package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import com.followupadvisor.http.Problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The request chooses the language of the words: its own {@code language}, else Accept-Language
 * (by weight; q=0 refuses a language; malformed, a 400 naming the header), else English. Compares languages with each other rather than with the shipped sentences, which
 * are the rule authors' to change.
 */
@QuarkusTest
class LanguagesTest {

    private static final String STATE = """
            {"asOf": "2026-11-24T09:00", "timezone": "Europe/Berlin", "company": "Acme", "role": "Data Analyst",
             "candidateName": "Sam Lee", "interview": {"at": "2026-11-12T10:00",
             "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example"}]},
             "timeline": {"asked": true, "expectedBy": "2026-11-19"}, "thankYou": {"sentAt": "2026-11-12T18:00"}
             %s}""";

    private static JsonPath answer(String language, String acceptLanguage, String expectedLanguage) {
        var request = given().contentType(ContentType.JSON).body(STATE.formatted(language));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        JsonPath answer = request.post("/api/v1/next-action").then().statusCode(200)
                .header("Content-Language", expectedLanguage).extract().jsonPath();
        // contract 1.1: the answer says its language in its body too, as the header does
        assertThat(answer.getString("language")).as("the body's language").isEqualTo(expectedLanguage);
        return answer;
    }

    @Test
    void germanAnswersTheSameAdviceInOtherWords() {
        JsonPath english = answer("", null, "en");
        JsonPath german = answer(", \"language\": \"de\"", null, "de");

        assertThat(german.getString("next.action")).isEqualTo(english.getString("next.action"));
        assertThat(german.getString("next.dueFrom")).isEqualTo(english.getString("next.dueFrom"));
        assertThat(german.getList("plan.action")).isEqualTo(english.getList("plan.action"));
        assertThat(german.getString("next.title")).isNotBlank().isNotEqualTo(english.getString("next.title"));
        assertThat(german.getString("next.why")).isNotBlank().isNotEqualTo(english.getString("next.why"));
        assertThat(german.getString("next.drafts[0].body")).isNotEqualTo(english.getString("next.drafts[0].body"))
                .contains("Dana Smith", "Sam Lee", "Acme");
    }

    @Test
    void acceptLanguageChoosesWhenTheStateNamesNone() {
        JsonPath german = answer(", \"language\": \"de\"", null, "de");
        JsonPath byHeader = answer("", "fr-CH, de;q=0.8, en;q=0.5", "de");

        assertThat(byHeader.getString("next.why")).isEqualTo(german.getString("next.why"));
    }

    @Test
    void theStatesLanguageWinsOverAcceptLanguage() {
        JsonPath english = answer("", null, "en");
        JsonPath chosen = answer(", \"language\": \"en\"", "de", "en");

        assertThat(chosen.getString("next.why")).isEqualTo(english.getString("next.why"));
    }

    @Test
    void anUnsupportedAcceptLanguageFallsBackToEnglish() {
        JsonPath english = answer("", null, "en");
        JsonPath fallback = answer("", "fr", "en");

        assertThat(fallback.getString("next.why")).isEqualTo(english.getString("next.why"));
    }

    /** q=0 means "not this one" (RFC 9110 §12.4.2): such a language is never chosen, * included. */
    @Test
    void aLanguageWeightedZeroIsNeverChosen() {
        JsonPath english = answer("", null, "en");
        JsonPath german = answer(", \"language\": \"de\"", null, "de");

        assertThat(answer("", "de;q=0", "en").getString("next.why")).isEqualTo(english.getString("next.why"));
        answer("", "en-US, de;q=0", "en");
        answer("", "*, de;q=0", "en");
        answer("", "*, en;q=0", "de");
        // refusing English and naming nothing else: German, the one language not refused
        assertThat(answer("", "en;q=0", "de").getString("next.why")).isEqualTo(german.getString("next.why"));
        answer("", "de, *;q=0", "de");
        // every language refused: as without the header (RFC 9110 lets a server disregard it rather than answer 406)
        answer("", "*;q=0", "en");
    }

    @Test
    void weightsOrderTheRanges() {
        answer("", "en;q=0.5, de;q=0.9", "de");
        answer("", "de;q=0.1, en", "en");
        answer("", "fr-CH, de-CH;q=0.8, en;q=0.5", "de");
        answer("", "en-GB;q=0.3, de-AT;q=0.7, fr", "de");
    }

    @Test
    void aMalformedAcceptLanguageIsABadRequestNamingTheHeader() {
        for (String header : new String[] {"de;q=1.5", "de;q=abc", "de;q=0.8;level=1", "12"}) {
            given().contentType(ContentType.JSON).body(STATE.formatted("")).header("Accept-Language", header)
                    .post("/api/v1/next-action").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("https://followupadvisor.com/problems/invalid-header"))
                    .body("errors.field", equalTo(java.util.List.of("Accept-Language")))
                    .body("errors[0].message", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("weights from 0 to 1"),
                            org.hamcrest.Matchers.containsString("\"" + header + "\""),
                            // the service's words, not the JDK's or Quarkus REST's
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("must be between 0.0 and 1.0")),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("range="))));
        }
        String items = "{\"items\": [{\"state\": " + STATE.formatted("") + "}]}";
        given().contentType(ContentType.JSON).body(items).header("Accept-Language", "de;q=1.5")
                .post("/api/v1/next-action/batch").then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("Accept-Language")));
    }

    @Test
    void emptyElementsAndAnEmptyHeaderAreNoPreference() {
        answer("", "", "en");
        answer("", "de,, en", "de");
    }

    @Test
    void aBatchHonoursAcceptLanguageAsOneRequestDoes() {
        String items = "{\"items\": [{\"state\": " + STATE.formatted("") + "}]}";
        JsonPath batch = given().contentType(ContentType.JSON).body(items).header("Accept-Language", "de;q=0")
                .post("/api/v1/next-action/batch").then().statusCode(200).extract().jsonPath();

        assertThat(batch.getString("results[0].answer.next.why")).isEqualTo(answer("", null, "en").getString("next.why"));
        assertThat(batch.getString("results[0].answer.language")).isEqualTo("en");
        JsonPath german = given().contentType(ContentType.JSON).body(items).header("Accept-Language", "en;q=0.2, de;q=0.9")
                .post("/api/v1/next-action/batch").then().statusCode(200).extract().jsonPath();
        assertThat(german.getString("results[0].answer.next.why"))
                .isEqualTo(answer(", \"language\": \"de\"", null, "de").getString("next.why"));
    }

    @Test
    void anUnknownLanguageIsABadRequestNamingTheField() {
        given().contentType(ContentType.JSON).body(STATE.formatted(", \"language\": \"xx\""))
                .post("/api/v1/next-action").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("language"));
        given().contentType(ContentType.JSON).body(STATE.formatted(", \"language\": \"German\""))
                .post("/api/v1/next-action").then().statusCode(400)
                .body("errors.find { it.field == 'language' }.message", org.hamcrest.Matchers.containsString("de"));
    }

    @Test
    void aBatchItemTakesItsOwnLanguage() {
        String items = "{\"items\": [{\"state\": " + STATE.formatted(", \"language\": \"de\"") + "}, {\"state\": "
                + STATE.formatted("") + "}]}";
        JsonPath batch = given().contentType(ContentType.JSON).body(items).post("/api/v1/next-action/batch")
                .then().statusCode(200).body("results.status", equalTo(java.util.List.of(200, 200)))
                .extract().jsonPath();

        assertThat(batch.getString("results[0].answer.next.why"))
                .isEqualTo(answer(", \"language\": \"de\"", null, "de").getString("next.why"));
        assertThat(batch.getString("results[1].answer.next.why")).isEqualTo(answer("", null, "en").getString("next.why"));
    }
}
