package com.followupadvisor.api;

import static com.followupadvisor.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.followupadvisor.RuleFiles;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) on a copy of the
 * fixture rules: the jar the ITs share ({@link RunningJar#shared()}). The jar runs code the in-process
 * tests never do: its main method, and the rule compiler's class loader in front of the jar's own.
 * Against it: an answer, a saved change picked up, a broken one kept out and its fix, and none of
 * the benchmark baselines the tests' classpath has.
 */
class PackagedJarIT {

    private static RunningJar jar;
    /** The shared jar's copy of the fixture rules; each test puts back what it changes. */
    private static Path DIR;
    private static final String VERSION = "[0-9a-f]{12}";
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

    @BeforeAll
    static void shareTheJar() throws Exception {
        jar = RunningJar.shared();
        DIR = jar.rules();
    }

    private static RequestSpecification given() {
        return RestAssured.given().port(jar.port());
    }

    @Test
    void answersWithTheRulesItLoadedWhileStarting() throws IOException {
        String version = given().contentType(ContentType.JSON).body(NextActionResourceTest.CONTRACT_EXAMPLE)
                .when().post("/api/v1/next-action")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("next.action", notNullValue())
                .body("rules.version", matchesPattern(VERSION))
                .body("rules.fired", not(empty()))
                .extract().path("rules.version");

        // the set the jar loaded at start-up, from the copy, is the one answering (or a set a test on the shared
        // jar saved since and put back: the version digests the files, so it is the same set)
        assertThat(Files.readAllLines(jarLog())).as("the jar's log, " + jarLog())
                .anyMatch(line -> line.contains("Loaded ") && line.contains(" rules from " + DIR + ", version " + version + " ("));
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

    /** Reads until the value is the one awaited, for at most {@link com.followupadvisor.Waits#AT_MOST}; returns that value. */
    private static <T> T poll(Callable<T> read, Predicate<? super T> awaited, String what) {
        return eventually(what).until(read, awaited);
    }

    /** Where the shared jar writes its log. */
    private static Path jarLog() {
        return jar.logFile();
    }
}
