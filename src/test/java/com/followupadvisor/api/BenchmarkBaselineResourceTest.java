package com.followupadvisor.api;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The benchmark baselines are off unless advisor.bench.enabled=true: a deployed service does not serve them. */
@QuarkusTest
class BenchmarkBaselineResourceTest {

    @Test
    void areNotFoundByDefault() {
        given().get("/api/v1/bench/ping").then().statusCode(404);
        given().contentType(ContentType.JSON).body("""
                {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}}""")
                .post("/api/v1/bench/echo").then().statusCode(404);
    }
}
