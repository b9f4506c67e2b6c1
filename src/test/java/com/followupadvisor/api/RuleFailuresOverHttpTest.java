package com.followupadvisor.api;

import static com.followupadvisor.Eventually.waitFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.followupadvisor.RuleFiles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Rules that compile but fail, against the running service: a rule that fails on one state gets
 * that request a 503 whose log line names the rule, never a 500; a saved rule set that throws,
 * loops, exits or loses advice on every state never goes live, is reported with the rule or the
 * scenario named, and the last good set answers throughout.
 */
@QuarkusTest
@TestProfile(RuleFailuresOverHttpTest.CopyOfRules.class)
class RuleFailuresOverHttpTest {

    static final Path DIR = Path.of("target", "rule-failures-over-http-rules");
    private static final String ADDED = "zz-added.drl";
    private static final String HEADER = "package advice;\nimport com.followupadvisor.advice.*;\n";
    private static final String STATE = """
            {"asOf": "2026-11-12T09:00", "company": "%s", "interview": {"at": "2026-11-09T10:00"},
             "thankYou": {"sentAt": "2026-11-09T17:00"}}""";

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    public static class CopyOfRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                RuleFiles.copyFixtureRulesTo(DIR);
                // fails for one company only: no scenario or trial state has it, so the set goes live
                Files.writeString(DIR.resolve("throw-for-one.drl"), HEADER + """
                        rule "Throw for one company"
                        when Application( company == "Throw Inc" )
                        then if (true) { throw new IllegalStateException("cannot advise this one"); }
                        end
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("advisor.rules.dir", DIR.toString());
        }
    }


    private static String reloadStatus() {
        return given().get("/api/v1/rules").then().extract().path("lastReload.status");
    }

    private static String version() {
        return given().get("/api/v1/rules").then().extract().path("version");
    }

    private static void answersNormally(String version) {
        given().contentType(ContentType.JSON).body(STATE.formatted("Acme")).post("/api/v1/next-action")
                .then().statusCode(200).body("rules.version", equalTo(version));
    }

    @Test
    void aRuleThatThrowsOnOneStateGetsItA503NamingTheRuleInTheLog() {
        given().contentType(ContentType.JSON).body(STATE.formatted("Throw Inc")).post("/api/v1/next-action")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://followupadvisor.com/problems/rules-failed"));

        assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                .contains("rule \"Throw for one company\" (throw-for-one.drl:3)", "IllegalStateException: cannot advise this one"));
        assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("Unexpected"));
    }

    /** Saved faults that compile, each kept out of the service until it is undone. */
    enum Fault {
        THROWS_ON_EVERY_STATE("the rule throws", "Throw always", "IllegalStateException: always") {
            @Override
            void make(Path dir) throws IOException {
                Files.writeString(dir.resolve(ADDED), HEADER + """
                        rule "Throw always"
                        when Application()
                        then if (true) { throw new IllegalStateException("always"); }
                        end
                        """);
            }
        },
        LOOPS_IN_A_CONDITION("the when part loops", "function spinning (zz-added.drl:3)", "were stopped") {
            @Override
            void make(Path dir) throws IOException {
                Files.writeString(dir.resolve(ADDED), HEADER + """
                        function boolean spinning() { long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return true; }
                        rule "Loop while matching"
                        when Application( spinning() )
                        then
                        end
                        """);
            }
        },
        EXITS("the rule ends the process", "zz-added.drl:6:5", "may not use System") {
            @Override
            void make(Path dir) throws IOException {
                Files.writeString(dir.resolve(ADDED), HEADER + """
                        rule "Stop everything"
                        when Application()
                        then
                            System.exit(0);
                        end
                        """);
            }
        },
        DELETES_A_RULE_FILE("a rule file is deleted", "scenarios/", "fails") {
            @Override
            void make(Path dir) throws IOException {
                Files.move(dir.resolve("ask-for-timeline.drl"), dir.resolve("ask-for-timeline.drl.deleted"));
            }

            @Override
            void undo(Path dir) throws IOException {
                Files.move(dir.resolve("ask-for-timeline.drl.deleted"), dir.resolve("ask-for-timeline.drl"));
            }
        },
        SAVES_HALF_A_FILE("a save is cut short", "scenarios/", "fails") {
            @Override
            void make(Path dir) throws IOException {
                Path file = dir.resolve("outcome.drl");
                Files.copy(file, dir.resolve("outcome.drl.whole"));
                String text = Files.readString(file);
                // cut after the first rule's end: what is left compiles, and advises less
                int end = text.indexOf("\nend", text.indexOf("rule \"")) + 4;
                Files.writeString(file, text.substring(0, end) + "\n");
            }

            @Override
            void undo(Path dir) throws IOException {
                Files.move(dir.resolve("outcome.drl.whole"), dir.resolve("outcome.drl"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        };

        final String what;
        final List<String> reported;

        Fault(String what, String... reported) {
            this.what = what;
            this.reported = List.of(reported);
        }

        abstract void make(Path dir) throws IOException;

        void undo(Path dir) throws IOException {
            Files.delete(dir.resolve(ADDED));
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aSavedRuleSetThatFailsNeverGoesLive(Fault fault) throws Exception {
        String before = version();
        fault.make(DIR);
        try {
            waitFor(() -> "FAILED".equals(reloadStatus()), fault.what + " is reported");
            List<String> errors = given().get("/api/v1/rules").then().statusCode(200)
                    .body("version", equalTo(before)).extract().path("lastReload.errors.text");
            assertThat(String.join("\n", errors)).as(fault.what).contains(fault.reported);
            answersNormally(before);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            fault.undo(DIR);
            waitFor(() -> !"FAILED".equals(reloadStatus()), "the undone fault is seen");
        }
        answersNormally(before);
    }
}
