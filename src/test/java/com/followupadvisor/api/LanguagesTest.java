package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The request chooses the language of the words: its own {@code language}, else Accept-Language,
 * else English. Compares languages with each other rather than with the shipped sentences, which
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
        return request.post("/api/v1/next-action").then().statusCode(200)
                .header("Content-Language", expectedLanguage).extract().jsonPath();
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
