package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * The README's curl example (contract 2.0) and the response it shows are what the service really
 * does, on the shipped rules; so is the same example in contract 1.1's form in the integrators'
 * guide. Checked against the packaged jar ({@link ReadmeExampleIT}) only: an in-process run of the
 * same check needed a Quarkus start of its own on the shipped rules.
 */
abstract class ReadmeExample {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReadmeShowsTheRealResponseToItsExample() throws Exception {
        checkExample(Files.readString(Path.of("README.md")), 0, "/api/v2/next-action");
    }

    @Test
    void theIntegratorsGuideShowsTheRealResponseToTheExampleInContract11() throws Exception {
        String guide = Files.readString(Path.of("docs/integrators.md"));
        checkExample(guide, guide.indexOf("## The README's example in contract 1.1"), "/api/v1/next-action");
    }

    /** The first curl example in {@code text} from {@code from}: it posts to {@code path}, and its answer is shown. */
    private static void checkExample(String text, int from, String path) throws Exception {
        assertThat(from).as("the example's section").isNotNegative();
        int start = text.indexOf("-H 'Content-Type: application/json' -d '\n", from);
        assertThat(start).as("the curl example").isPositive();
        assertThat(text.substring(text.lastIndexOf("curl", start), start)).as("the example's URL").contains(path);
        String request = text.substring(text.indexOf('\n', start) + 1, text.indexOf("\n'\n", start));
        int answer = text.indexOf("```json\n", start) + "```json\n".length();
        String shown = text.substring(answer, text.indexOf("\n```", answer));

        String actual = given().contentType(ContentType.JSON).body(request).post(path)
                .then().statusCode(200).extract().asString();

        JsonNode expected = JSON.readTree(shown);
        JsonNode real = JSON.readTree(actual);
        // the version changes with every rule edit; the documents cannot follow each one
        ((ObjectNode) expected.get("rules")).remove("version");
        ((ObjectNode) real.get("rules")).remove("version");
        assertThat(real).as("the example response is out of date: ./check-rules --accept writes the new one").isEqualTo(expected);
    }
}
