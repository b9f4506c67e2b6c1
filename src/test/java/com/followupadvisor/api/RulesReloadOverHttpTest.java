package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.followupadvisor.RuleFiles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A rule author's loop against the running service: edit, see the answer change; break, see the error; fix. */
@QuarkusTest
@TestProfile(RulesReloadOverHttpTest.CopyOfRules.class)
class RulesReloadOverHttpTest {

    static final Path DIR = Path.of("target", "reload-over-http-rules");
    private static final String NUMBER = "firstFollowUpFromDays = 2 ";
    private static final String STATE = """
            {"asOf": "2026-11-17T09:00", "company": "Acme", "interview": {"at": "2026-11-09T10:00"},
             "timeline": {"expectedBy": "2026-11-16"}, "thankYou": {"sentAt": "2026-11-09T17:00"}}""";

    public static class CopyOfRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                RuleFiles.copyShippedRulesTo(DIR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("advisor.rules.dir", DIR.toString());
        }
    }

    private static void edit(String from, String to) throws IOException {
        Path file = DIR.resolve("advice-numbers.properties");
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    private static String dueBy() {
        return given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                .then().statusCode(200).extract().path("next.dueBy");
    }

    private static String reloadStatus() {
        return given().get("/api/v1/rules").then().extract().path("lastReload.status");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void editBreakAndFixWithoutARestart() throws Exception {
        assertDueBy("2026-11-18");

        edit(NUMBER, NUMBER.replace("2", "3"));
        waitFor(() -> "2026-11-19".equals(dueBy()));

        edit("firstFollowUpFromDays = 3 ", "firstFollowUpFromDays = three ");
        waitFor(() -> "FAILED".equals(reloadStatus()));
        assertDueBy("2026-11-19");
        given().get("/api/v1/rules").then()
                .body("lastReload.errors.file", hasItem("advice-numbers.properties"))
                .body("lastReload.errors[0].text", containsString("advice-numbers.properties:"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rules' }.data.lastReload", equalTo("FAILED"))
                .body("checks.find { it.name == 'rules' }.data.error1", containsString("advice-numbers.properties:"));

        edit("firstFollowUpFromDays = three ", "firstFollowUpFromDays = 4 ");
        waitFor(() -> "OK".equals(reloadStatus()));
        assertDueBy("2026-11-20");
    }

    private static void assertDueBy(String expected) {
        given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                .then().statusCode(200).body("next.dueBy", equalTo(expected));
    }
}
