package com.followupadvisor.rules.release;

import static com.followupadvisor.Eventually.waitFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.followupadvisor.RuleFiles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The public answers about the rules ({@code GET /api/v1/rules}, {@code /q/health}) while the rules
 * folder misbehaves: a link out of it is refused, and neither the linked file's content nor an
 * absolute path is shown; a lost folder keeps the service ready on its last good rules, and the
 * health check says what the watcher saw.
 */
@QuarkusTest
@TestProfile(RulesFolderOverHttpTest.CopyOfRules.class)
class RulesFolderOverHttpTest {

    static final Path BASE = Path.of("target", "rules-folder-over-http");
    static final Path DIR = BASE.resolve("rules");
    private static final String SECRET = "xyzzySecretToken";
    /** Interviewed yesterday, no note sent yet: thank each person, with a draft from the template thanks.txt. */
    private static final String THANK_YOU = """
            {"asOf": "2026-11-13T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00",
             "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example"}]}}""";

    public static class CopyOfRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                RuleFiles.copyFixtureRulesTo(DIR);
                Files.writeString(BASE.resolve("secret.txt"), SECRET + " and the rest of it\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("advisor.rules.dir", DIR.toString());
        }
    }

    private static JsonPath catalogue() {
        return given().get("/api/v1/rules").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath health() {
        return given().get("/q/health/ready").then().extract().jsonPath();
    }

    private static String reloadStatus() {
        return catalogue().getString("lastReload.status");
    }

    private static String watcher() {
        return health().getString("checks.find { it.name == 'rules' }.data.watcher");
    }


    /** Neither public answer shows the secret or an absolute path of the folder or the working directory. */
    private static void nothingLeaks() throws IOException {
        List<String> absolute = List.of(DIR.toAbsolutePath().toString(), DIR.toRealPath().toString(),
                Path.of("").toAbsolutePath().toString());
        for (String answer : List.of(given().get("/api/v1/rules").asString(), given().get("/q/health").asString())) {
            assertThat(answer).doesNotContain(SECRET);
            absolute.forEach(path -> assertThat(answer).doesNotContain(path));
        }
    }

    @Test
    void aRuleFileLinkedToASecretShowsNeitherItNorAPath() throws Exception {
        Path link = Files.createSymbolicLink(DIR.resolve("leak.drl"), BASE.resolve("secret.txt").toAbsolutePath());
        try {
            waitFor(() -> "FAILED".equals(reloadStatus()), "the link is refused");
            assertThat(catalogue().getList("lastReload.errors.text", String.class)).singleElement().asString()
                    .startsWith("leak.drl:0:0 ").contains("outside the rules folder");
            nothingLeaks();
        } finally {
            Files.delete(link);
            waitFor(() -> !"FAILED".equals(reloadStatus()), "the rules are whole again");
        }
    }

    @Test
    void aTemplateLinkedToTheEnvironmentIsNeverServed() throws Exception {
        Path template = DIR.resolve("wording/en/thanks.txt");
        String text = Files.readString(template);
        Files.delete(template);
        Files.createSymbolicLink(template, Path.of("/proc/self/environ"));
        try {
            waitFor(() -> "FAILED".equals(reloadStatus()), "the link is refused");
            assertThat(catalogue().getList("lastReload.errors.text", String.class)).singleElement().asString()
                    .startsWith("wording/en/thanks.txt:0:0 ").contains("outside the rules folder");
            given().contentType(ContentType.JSON).body(THANK_YOU).post("/api/v1/next-action").then().statusCode(200)
                    .body("next.drafts[0].body", containsString("Thank you for meeting me"));
            nothingLeaks();
        } finally {
            Files.delete(template);
            Files.writeString(template, text);
            waitFor(() -> !"FAILED".equals(reloadStatus()), "the rules are whole again");
        }
    }

    @Test
    void aLostFolderKeepsTheServiceReadyAndTheHealthCheckSaysSo() throws Exception {
        assertThat(watcher()).isEqualTo("WATCHING");
        String version = catalogue().getString("version");
        Path away = BASE.resolve("rules.away");
        Files.move(DIR, away);
        try {
            waitFor(() -> "FOLDER_MISSING".equals(watcher()), "the watcher reports the loss");
            waitFor(() -> "FAILED".equals(reloadStatus()), "the reload reports the loss");
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'rules' }.data.version", equalTo(version))
                    .body("checks.find { it.name == 'rules' }.data.watcherEvent", containsString("lost the rules folder"))
                    .body("checks.find { it.name == 'rules' }.data.error1", equalTo(".:0:0 the rules folder does not exist"));
            given().contentType(ContentType.JSON).body(THANK_YOU).post("/api/v1/next-action").then().statusCode(200);
            nothingLeaksWhileGone();
        } finally {
            Files.move(away, DIR);
        }
        waitFor(() -> "WATCHING".equals(watcher()), "the watcher finds the folder again");
        waitFor(() -> !"FAILED".equals(reloadStatus()), "the rules are whole again");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.data.watcherEvent", containsString("found the rules folder again"));
    }

    private static void nothingLeaksWhileGone() {
        String absolute = DIR.toAbsolutePath().toString();
        assertThat(given().get("/api/v1/rules").asString()).doesNotContain(absolute);
        assertThat(given().get("/q/health").asString()).doesNotContain(absolute);
    }
}
