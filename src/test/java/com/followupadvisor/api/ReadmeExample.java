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
 * The README's curl example and the response it shows are what the service really does, on the
 * shipped rules. Checked against the packaged jar ({@link ReadmeExampleIT}) only: an in-process run
 * of the same check needed a Quarkus start of its own on the shipped rules.
 */
abstract class ReadmeExample {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReadmeShowsTheRealResponseToItsExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("-H 'Content-Type: application/json' -d '\n") ;
        assertThat(start).as("the README's curl example").isPositive();
        String request = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("\n'\n", start));
        int answer = readme.indexOf("```json\n", start) + "```json\n".length();
        String shown = readme.substring(answer, readme.indexOf("\n```", answer));

        String actual = given().contentType(ContentType.JSON).body(request).post("/api/v1/next-action")
                .then().statusCode(200).extract().asString();

        JsonNode expected = JSON.readTree(shown);
        JsonNode real = JSON.readTree(actual);
        // the version changes with every rule edit; the README cannot follow each one
        ((ObjectNode) expected.get("rules")).remove("version");
        ((ObjectNode) real.get("rules")).remove("version");
        assertThat(real).as("README.md's example response is out of date").isEqualTo(expected);
    }
}
