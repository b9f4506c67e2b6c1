package com.followupadvisor.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The benchmark baselines, which the tests and a {@code -Pbench} build compile in (the shipped jar
 * does not serve them: {@code PackagedJarIT} checks that).
 */
@QuarkusTest
class BenchmarkBaselineResourceTest {

    @Test
    void echoAnswersATypicalAnswerCarryingTheRequestsValues() {
        given().contentType(ContentType.JSON).body("""
                {"asOf": "2026-11-24T09:00", "timezone": "Europe/Berlin", "company": "Acme",
                 "interview": {"at": "2026-11-12T10:00"}}""")
                .post("/api/v1/bench/echo").then().statusCode(200)
                .body("asOf", equalTo("2026-11-24T09:00"))
                .body("timezone", equalTo("Europe/Berlin"))
                .body("next.action", notNullValue());
    }

    @Test
    void pingAnswersAConstant() {
        given().get("/api/v1/bench/ping").then().statusCode(200).body(equalTo("pong"));
    }
}
