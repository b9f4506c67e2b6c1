package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.followupadvisor.http.Problem;
import com.followupadvisor.rules.folder.Excerpt;
import com.followupadvisor.rules.release.RulesReloader;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Rules that compile but fail, against the running service: a rule that fails on one state gets
 * that request a 503 whose log line names the rule, never a 500; a saved rule set that throws,
 * loops, exits or loses advice on every state never goes live, is reported with the rule or the
 * scenario named, and the last good set answers throughout.
 */
@QuarkusTest
@TestProfile(FixtureCopyProfile.class)
class RuleFailuresOverHttpTest {

    /** The profile's copy of the fixture rules, with a rule that throws and one that spins for one state each. */
    static final Path DIR = FixtureCopyProfile.DIR;
    private static final String ADDED = "zz-added.drl";
    private static final String LONG_DRAFT = "scenarios/zz-long-draft.json";
    private static final String HEADER = FixtureCopyProfile.HEADER;
    /** A state waiting for the follow-up day, with this many other applications. */
    private static final String STATE = """
            {"asOf": "2026-11-12T09:00", "company": "Acme", "interview": {"at": "2026-11-09T10:00"},
             "thankYou": {"sentAt": "2026-11-09T17:00"}, "otherOpportunities": {"activeApplications": %d}}""";
    private static final int NORMAL = 1;

    /**
     * The failures these tests cause on purpose are logged (a request the rules could not answer, an
     * evaluation stopped, a reload refused); the tests check those lines, the console does not show them.
     */
    @RegisterExtension
    final CapturedLog log = new CapturedLog(ProblemMappers.class, EvaluationWatchdog.class, RulesReloader.class);

    @AfterAll
    static void rulesAsBuilt() throws IOException {
        FixtureCopyProfile.assertAsBuilt();
    }

    private static String reloadStatus() {
        return given().get("/api/v1/rules").then().extract().path("lastReload.status");
    }

    private static String version() {
        return given().get("/api/v1/rules").then().extract().path("version");
    }

    private static void answersNormally(String version) {
        given().contentType(ContentType.JSON).body(STATE.formatted(NORMAL)).post("/api/v1/next-action")
                .then().statusCode(200).body("rules.version", equalTo(version));
    }

    @Test
    void aRuleThatThrowsOnOneStateGetsItA503NamingTheRuleInTheLog() {
        given().contentType(ContentType.JSON).body(STATE.formatted(FixtureCopyProfile.THROWS)).post("/api/v1/next-action")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://followupadvisor.com/problems/rules-failed"));

        assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                .contains("rule \"Throw for one state\" (throw-for-one.drl:3)", "IllegalStateException: cannot advise this one"));
        assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("Unexpected"));
    }

    /** Clients of their own: the common pool has one thread on two cores, and would send one request at a time. */
    private static final java.util.concurrent.ExecutorService CLIENTS = java.util.concurrent.Executors.newCachedThreadPool();

    @Test
    void aRuleSlowOnOneStateHoldsAPoolThreadWhileHealthAndThePageAreAnswered() throws Exception {
        // slow requests until one is refused: then two spin on the pool's threads and four wait in its queue
        List<CompletableFuture<io.restassured.response.Response>> sent = new java.util.ArrayList<>();
        io.restassured.response.Response refused = null;
        while (refused == null) {
            assertThat(sent).as("slow requests sent before one was refused").hasSizeLessThan(20);
            sent.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(STATE.formatted(FixtureCopyProfile.SPINS)).post("/api/v1/next-action").andReturn(), CLIENTS));
            refused = firstBusy(sent);
        }
        assertThat(refused.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/").then().statusCode(200);
        assertThat(sent).as("the slow requests are still being worked on").anyMatch(f -> !f.isDone());

        assertThat(sent.stream().map(f -> f.join().statusCode())).containsOnly(503);
        answersNormally(version());
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("Spin for one state"));
    }

    /** The first answer among {@code sent} that refused for want of room, waiting a little (0.2 s) for one; null if none yet. */
    private static io.restassured.response.Response firstBusy(List<CompletableFuture<io.restassured.response.Response>> sent) {
        try {
            // a poll, not a bound: the caller sends another slow request next
            return await().atMost(Duration.ofMillis(200)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .pollInSameThread().until(() -> sent.stream().filter(f -> f.isDone() && f.join().statusCode() == 503
                            && "https://followupadvisor.com/problems/busy".equals(f.join().path("type")))
                            .findFirst().map(CompletableFuture::join).orElse(null), java.util.Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            return null;
        }
    }

    @Test
    void aBatchPastTheCapOnBatchesInFlightIsRefusedAtOnce() throws Exception {
        String spinBatch = IntStream.range(0, 3).mapToObj(i -> "{\"state\": " + STATE.formatted(FixtureCopyProfile.SPINS) + "}")
                .collect(Collectors.joining(",", "{\"items\": [", "]}"));
        String cheapBatch = "{\"items\": [{\"state\": " + STATE.formatted(NORMAL) + "}]}";
        io.restassured.response.Response refused = null;
        CompletableFuture<io.restassured.response.Response> slow = null;
        for (int attempt = 0; refused == null; attempt++) {
            assertThat(attempt).as("attempts to have the slow batch in flight").isLessThan(5);
            slow = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(spinBatch)
                    .post("/api/v1/next-action/batch").andReturn(), CLIENTS);
            eventually("the service answers").until(() -> given().get("/q/health/live").statusCode() == 200);
            io.restassured.response.Response probe = given().contentType(ContentType.JSON).body(cheapBatch)
                    .post("/api/v1/next-action/batch").andReturn();
            if (probe.statusCode() == 503 && !slow.isDone()) {
                refused = probe;
            } else {
                slow.join(); // the probe came first: try again
            }
        }
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.<String>path("type")).isEqualTo("https://followupadvisor.com/problems/busy");

        io.restassured.response.Response whole = slow.join();
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.<List<Integer>>path("results.status")).containsOnly(503);
        given().contentType(ContentType.JSON).body(cheapBatch).post("/api/v1/next-action/batch")
                .then().statusCode(200).body("results[0].status", equalTo(200));
    }

    @Test
    void aTemplateThatRepeatsItsValuesGetsA503NotAHugeAnswer() {
        String state = """
                {"asOf": "2026-11-09T18:00", "company": "Long Inc", "role": "%s", "candidateName": "%s",
                 "interview": {"at": "2026-11-09T10:00", "interviewers": [%s]}}""".formatted("R".repeat(200), "C".repeat(200),
                IntStream.range(0, 20).mapToObj(i -> "{\"name\": \"Person " + i + "\"}").collect(Collectors.joining(",")));
        given().contentType(ContentType.JSON).body(state).post("/api/v1/next-action")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://followupadvisor.com/problems/rules-failed"));
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("wording/en/thanks.txt", com.followupadvisor.wording.TextBudget.MAX_TEXT + " characters"));
        assertThat(log.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(2_000));
        answersNormally(version());
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
        QUOTES_A_LONG_DRAFT("a scenario's draft is not what it expects", "scenarios/zz-long-draft.json",
                "more characters)") {
            @Override
            void make(Path dir) throws IOException {
                Files.writeString(dir.resolve(LONG_DRAFT), """
                        {"state": {"asOf": "2026-11-12T18:00", "company": "%s",
                                   "interview": {"at": "2026-11-12T10:00", "interviewers": [{"name": "%s"}]}},
                         "expect": {"next": {"action": "SEND_THANK_YOU", "drafts": [{"channel": "EMAIL", "bodyContains": ["%s"]}]}}}
                        """.formatted("C".repeat(200), "N".repeat(200), "W".repeat(5_000)));
            }

            @Override
            void undo(Path dir) throws IOException {
                Files.delete(dir.resolve(LONG_DRAFT));
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
            eventually(fault.what + " is reported").until(() -> "FAILED".equals(reloadStatus()));
            List<String> errors = given().get("/api/v1/rules").then().statusCode(200)
                    .body("version", equalTo(before)).extract().path("lastReload.errors.text");
            assertThat(String.join("\n", errors)).as(fault.what).contains(fault.reported);
            // a message quotes a few hundred characters of a draft at most, never all of it
            assertThat(errors).allSatisfy(error -> assertThat(error.length()).isLessThanOrEqualTo(Excerpt.MESSAGE));
            answersNormally(before);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            fault.undo(DIR);
            eventually("the undone fault is seen").until(() -> !"FAILED".equals(reloadStatus()));
        }
        answersNormally(before);
    }
}
