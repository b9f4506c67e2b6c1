package com.followupadvisor.api;

import static com.followupadvisor.Eventually.waitFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.followupadvisor.AuthoringMistake;
import com.followupadvisor.RuleFiles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A rule author's loop against the running service, on a copy of the fixture rules: edit, see the
 * answer change; break, see the error at its line; fix. The copy leaves out the scenario that pins
 * the follow-up day, which the edits here move.
 */
@QuarkusTest
@TestProfile(RulesReloadOverHttpTest.CopyOfRules.class)
class RulesReloadOverHttpTest {

    static final Path DIR = Path.of("target", "reload-over-http-rules");
    /** The fixture's follow-up day, as its numbers file writes it. */
    private static final int DAYS = 5;
    private static final LocalDate INTERVIEW = LocalDate.parse("2026-11-09");
    /** Three days after the interview: waiting until followUpAfterDays after it. */
    private static final String STATE = """
            {"asOf": "%sT09:00", "company": "Acme", "interview": {"at": "%sT10:00"},
             "thankYou": {"sentAt": "%sT17:00"}}""".formatted(INTERVIEW.plusDays(3), INTERVIEW, INTERVIEW);

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    public static class CopyOfRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                RuleFiles.copyFixtureRulesForNumberEditsTo(DIR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("advisor.rules.dir", DIR.toString());
        }
    }

    private static String number(Object days) {
        return "followUpAfterDays = " + days + " ";
    }

    private static void edit(String from, String to) throws IOException {
        RuleFiles.edit(DIR.resolve("advice-numbers.properties"), from, to);
    }

    private static String dueBy() {
        return given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                .then().statusCode(200).extract().path("next.dueBy");
    }

    private static String reloadStatus() {
        return given().get("/api/v1/rules").then().extract().path("lastReload.status");
    }


    @Test
    void editBreakAndFixWithoutARestart() throws Exception {
        assertDueBy(INTERVIEW.plusDays(DAYS));

        edit(number(DAYS), number(DAYS + 1));
        waitFor(() -> INTERVIEW.plusDays(DAYS + 1).toString().equals(dueBy()), "the reload is seen");

        edit(number(DAYS + 1), number("six"));
        waitFor(() -> "FAILED".equals(reloadStatus()), "the reload is seen");
        assertDueBy(INTERVIEW.plusDays(DAYS + 1));
        given().get("/api/v1/rules").then()
                .body("lastReload.errors.file", hasItem("advice-numbers.properties"))
                .body("lastReload.errors[0].text", containsString("advice-numbers.properties:"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rules' }.data.lastReload", equalTo("FAILED"))
                .body("checks.find { it.name == 'rules' }.data.error1", containsString("advice-numbers.properties:"));

        edit(number("six"), number(DAYS));
        waitFor(() -> "OK".equals(reloadStatus()), "the reload is seen");
        assertDueBy(INTERVIEW.plusDays(DAYS));
    }

    /**
     * Each kind of mistake, scenarios' included (the service tries every scenario before a set goes
     * live): in the catalogue and the log at its line, then fixed.
     */
    @ParameterizedTest
    @EnumSource(AuthoringMistake.class)
    void eachKindOfMistakeIsReportedAtItsLine(AuthoringMistake mistake) throws Exception {
        String before = given().get("/api/v1/rules").then().extract().path("version");
        int line = mistake.makeIn(DIR);
        try {
            waitFor(() -> "FAILED".equals(reloadStatus()), "the reload is seen");
            List<String> errors = given().get("/api/v1/rules").then().statusCode(200)
                    .body("version", equalTo(before)).extract().path("lastReload.errors.text");
            assertThat(errors).anySatisfy(text -> assertThat(text).matches(mistake.reportedAt(line)));
            assertThat(log.lines()).anySatisfy(record -> assertThat(record).containsPattern(mistake.reportedAt(line)));
        } finally {
            mistake.undoIn(DIR);
            // the files are as they were: the reload finds the version in use (UNCHANGED), no longer FAILED
            waitFor(() -> !"FAILED".equals(reloadStatus()), "the reload is seen");
        }
    }

    private static void assertDueBy(LocalDate expected) {
        given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                .then().statusCode(200).body("next.dueBy", equalTo(expected.toString()));
    }
}
