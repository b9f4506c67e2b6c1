package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RulesResourceTest {

    @Test
    void listsEveryLoadedRuleWithWhereItIsAndWhatItEncodes() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("version", matchesPattern("[0-9a-f]{12}"))
                .body("loadedAt", notNullValue())
                .body("rules", hasSize(11))
                .body("rules.file", everyItem(matchesPattern(".+\\.drl")))
                .body("rules.line", everyItem(greaterThan(0)))
                .body("rules.description", everyItem(notNullValue()))
                .body("rules.advice", hasItems("Thank-you note", "Move on", "Keep searching"))
                .body("rules.find { it.name == 'Choose the most urgent action' }.file", equalTo("next-action.drl"))
                .body("rules[0].keySet()", containsInAnyOrder("name", "file", "line", "description", "advice", "fired"))
                .body("templates", hasItems("thanks", "follow-up"))
                .body("lastReload.status", equalTo("OK"))
                .body("lastReload.errors", hasSize(0))
                .body("lastReload.unexercised", hasSize(0));
    }

    @Test
    void countsHowOftenEachRuleFired() {
        String offer = """
                {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-20T10:00"}, "outcome": "OFFER"}""";
        // the rule that answers an offer, whatever the rule authors call it
        String rule = given().contentType(ContentType.JSON).body(offer).post("/api/v1/next-action").then()
                .statusCode(200).extract().path("next.rule");
        int before = given().get("/api/v1/rules").then().extract().path("rules.find { it.name == '" + rule + "' }.fired");

        given().contentType(ContentType.JSON).body(offer).post("/api/v1/next-action").then().statusCode(200);

        given().get("/api/v1/rules").then()
                .body("rules.find { it.name == '" + rule + "' }.fired", equalTo(before + 1));
    }

    @Test
    void acceptsNoRuleTextOverHttp() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            given().contentType(ContentType.TEXT).body("rule \"x\" when then end").when().request(method, "/api/v1/rules")
                    .then().statusCode(not(equalTo(200))).statusCode(not(equalTo(204)));
        }
    }

    @Test
    void theHealthCheckIncludesTheRules() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("rules"))
                .body("checks.find { it.name == 'rules' }.data.lastReload", equalTo("OK"));
    }
}
