package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.followupadvisor.AuthoringMistake;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.rules.release.RulesReloader;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A rule author's loop against the running service, on a copy of the fixture rules: edit, see the
 * answer change; break, see the error at its line; fix. The copy ({@link FixtureCopyProfile}) leaves
 * out the scenario that pins the follow-up day, which the edits here move.
 */
@QuarkusTest
@TestProfile(FixtureCopyProfile.class)
class RulesReloadOverHttpTest {

    /** The profile's copy of the fixture rules, without the scenario that pins the follow-up day. */
    static final Path DIR = FixtureCopyProfile.DIR;
    /** The fixture's follow-up day, as its numbers file writes it. */
    private static final int DAYS = 5;
    private static final LocalDate INTERVIEW = LocalDate.parse("2026-11-09");
    /** Three days after the interview: waiting until followUpAfterDays after it. */
    private static final String STATE = """
            {"asOf": "%sT09:00", "company": "Acme", "interview": {"at": "%sT10:00"},
             "thankYou": {"sentAt": "%sT17:00"}}""".formatted(INTERVIEW.plusDays(3), INTERVIEW, INTERVIEW);

    /** The reloads these tests fail on purpose are logged; the tests check those lines, the console does not show them. */
    @RegisterExtension
    final CapturedLog log = new CapturedLog(RulesReloader.class);

    @AfterAll
    static void rulesAsBuilt() throws IOException {
        FixtureCopyProfile.assertAsBuilt();
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
        eventually("the reload is seen").until(() -> INTERVIEW.plusDays(DAYS + 1).toString().equals(dueBy()));

        edit(number(DAYS + 1), number("six"));
        eventually("the reload is seen").until(() -> "FAILED".equals(reloadStatus()));
        assertDueBy(INTERVIEW.plusDays(DAYS + 1));
        given().get("/api/v1/rules").then()
                .body("lastReload.errors.file", hasItem("advice-numbers.properties"))
                .body("lastReload.errors[0].text", containsString("advice-numbers.properties:"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rules' }.data.lastReload", equalTo("FAILED"))
                .body("checks.find { it.name == 'rules' }.data.error1", containsString("advice-numbers.properties:"));

        edit(number("six"), number(DAYS));
        eventually("the reload is seen").until(() -> "OK".equals(reloadStatus()));
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
            eventually("the reload is seen").until(() -> "FAILED".equals(reloadStatus()));
            List<String> errors = given().get("/api/v1/rules").then().statusCode(200)
                    .body("version", equalTo(before)).extract().path("lastReload.errors.text");
            assertThat(errors).anySatisfy(text -> assertThat(text).matches(mistake.reportedAt(line)));
            assertThat(log.lines()).anySatisfy(record -> assertThat(record).containsPattern(mistake.reportedAt(line)));
        } finally {
            mistake.undoIn(DIR);
            // the files are as they were: the reload finds the version in use (UNCHANGED), no longer FAILED
            eventually("the reload is seen").until(() -> !"FAILED".equals(reloadStatus()));
        }
    }

    private static void assertDueBy(LocalDate expected) {
        given().contentType(ContentType.JSON).body(STATE).post("/api/v1/next-action")
                .then().statusCode(200).body("next.dueBy", equalTo(expected.toString()));
    }
}
