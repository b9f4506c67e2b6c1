package com.followupadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.followupadvisor.RuleFiles;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) on a copy of the
 * fixture rules. The jar runs code the in-process tests never do: its main method, which starts
 * compiling the rules on a thread of its own before the framework starts, and the rule compiler's
 * class loader in front of the jar's own. Against it: an answer, a saved change picked up, a broken
 * one kept out and its fix, and none of the benchmark baselines the tests' classpath has.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedJarIT.CopyOfRules.class)
class PackagedJarIT {

    static final Path DIR = Path.of("target", "it-rules").toAbsolutePath();
    private static final String VERSION = "[0-9a-f]{12}";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** A rejected application: on the fixture rules, "nothing to do", titled by wording/en/none-title.txt. */
    private static final String REJECTED = """
            {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-20T10:00"}, "outcome": "REJECTED"}""";
    /** Names a fact type that does not exist (the compiler looks it up in vain): the file no longer compiles. */
    private static final String BROKEN_RULE = """

            rule "A rule PackagedJarIT breaks on purpose"
            when
                NoSuchFact()
            then
            end
            """;

    /** Copies the fixture rules before the jar starts, and starts the jar on the copy. */
    public static class CopyOfRules implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                RuleFiles.copyFixtureRulesTo(DIR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // passed to the jar as -Dadvisor.rules.dir=..., which its main method reads too
            return Map.of("advisor.rules.dir", DIR.toString());
        }

        @Override
        public void stop() {
            // the copy stays in target/, to look at after a failure
        }
    }

    @Test
    void answersWithTheRulesItCompiledWhileStarting() throws IOException {
        String version = given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE)
                .when().post("/api/v1/next-action")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("next.action", notNullValue())
                .body("rules.version", matchesPattern(VERSION))
                .body("rules.fired", not(empty()))
                .extract().path("rules.version");

        // the set the main method compiled on its own thread, from the copy, is the one answering
        assertThat(Files.readAllLines(jarLog())).as("the jar's log, " + jarLog())
                .anyMatch(line -> line.contains("from " + DIR + ", version " + version + " (compiled while the service started"))
                // and answered a sample state with it while the framework started
                .anyMatch(line -> line.contains("Answered a sample state with them in"));
    }

    @Test
    void picksUpASavedChangeKeepsABrokenOneOutAndRecoversWhenFixed() throws Exception {
        JsonPath originalAnswer = advise();
        String title = originalAnswer.getString("next.title");
        String rule = originalAnswer.getString("next.rule");
        String originalVersion = originalAnswer.getString("rules.version");
        String file = given().get("/api/v1/rules").then().statusCode(200).extract().jsonPath()
                .param("rule", rule).getString("rules.find { it.name == rule }.file");
        assertThat(file).as("the file of the rule that answered, " + rule).isNotBlank();
        Path path = DIR.resolve(file);
        String original = Files.readString(path);
        Path titleText = DIR.resolve("wording/en/none-title.txt");
        assertThat(read(titleText).strip()).isEqualTo(title);
        String originalTitle = Files.readString(titleText);
        try {
            String edited = title + " (edited while the jar runs)";
            RuleFiles.edit(titleText, title, edited);
            JsonPath editedAnswer = poll(PackagedJarIT::advise, answer -> !originalVersion.equals(answer.getString("rules.version")),
                    "the edited rules to answer");
            String editedVersion = editedAnswer.getString("rules.version");
            assertThat(editedVersion).matches(VERSION);
            assertThat(editedAnswer.getString("next.title")).isEqualTo(edited);
            assertThat(editedAnswer.getString("next.rule")).isEqualTo(rule);

            Files.writeString(path, Files.readString(path) + BROKEN_RULE);
            poll(PackagedJarIT::reloadStatus, "FAILED"::equals, "the broken file's reload to fail");
            given().get("/api/v1/rules").then().statusCode(200)
                    .body("version", equalTo(editedVersion))
                    .body("lastReload.version", equalTo(editedVersion))
                    .body("lastReload.errors.file", hasItem(file));
            JsonPath keptAnswer = advise();
            assertThat(keptAnswer.getString("rules.version")).isEqualTo(editedVersion);
            assertThat(keptAnswer.getString("next.title")).isEqualTo(edited);

            Files.writeString(path, original);
            Files.writeString(titleText, originalTitle);
            poll(PackagedJarIT::advise, answer -> originalVersion.equals(answer.getString("rules.version")),
                    "the original rules to answer again");
            JsonPath fixedAnswer = advise();
            // the version is a digest of the files: the original text again is the original version again
            assertThat(fixedAnswer.getString("rules.version")).isEqualTo(originalVersion);
            assertThat(fixedAnswer.getString("next.title")).isEqualTo(title);
        } finally {
            // the copy as it was, for the other tests on this jar
            Files.writeString(path, original);
            Files.writeString(titleText, originalTitle);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void servesNoBenchmarkBaselines() {
        given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE)
                .when().post("/api/v1/bench/echo")
                .then().statusCode(404);
        given().when().get("/api/v1/bench/ping")
                .then().statusCode(404);
    }

    private static JsonPath advise() {
        return given().contentType(ContentType.JSON).body(REJECTED).when().post("/api/v1/next-action")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String reloadStatus() {
        return given().get("/api/v1/rules").then().statusCode(200).extract().path("lastReload.status");
    }

    /** Reads until the value is the one awaited, for at most {@link #WAIT}; returns the last value read. */
    private static <T> T poll(Supplier<T> read, Predicate<T> awaited, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T value = read.get();
        while (!awaited.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting " + WAIT.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }

    /** Where @QuarkusIntegrationTest has the jar write its log (its -Dquarkus.log.file.path). */
    private static Path jarLog() {
        return Path.of(ConfigProvider.getConfig().getValue("quarkus.log.file.path", String.class));
    }
}
