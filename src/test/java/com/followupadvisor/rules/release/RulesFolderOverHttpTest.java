package com.followupadvisor.rules.release;

import static com.followupadvisor.Waits.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.api.FixtureCopyProfile;

import io.quarkus.test.junit.QuarkusTest;
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
@TestProfile(FixtureCopyProfile.class)
class RulesFolderOverHttpTest {

    static final Path BASE = FixtureCopyProfile.BASE;
    /** The profile's copy of the fixture rules; beside it, {@link FixtureCopyProfile#SECRET}. */
    static final Path DIR = FixtureCopyProfile.DIR;
    private static final String SECRET = FixtureCopyProfile.SECRET_TEXT;
    /** Interviewed yesterday, no note sent yet: thank each person, with a draft from the template thanks.txt. */
    private static final String THANK_YOU = """
            {"asOf": "2026-11-13T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00",
             "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example"}]}}""";

    /** The reloads refused and the folder lost here on purpose are logged; the tests check those lines, the console does not show them. */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(RulesReloader.class, RulesWatcher.class);

    @AfterAll
    static void rulesAsBuilt() throws IOException {
        FixtureCopyProfile.assertAsBuilt();
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
        Path link = Files.createSymbolicLink(DIR.resolve("leak.drl"), FixtureCopyProfile.SECRET.toAbsolutePath());
        try {
            eventually("the link is refused").until(() -> "FAILED".equals(reloadStatus()));
            assertThat(catalogue().getList("lastReload.errors.text", String.class)).singleElement().asString()
                    .startsWith("leak.drl:0:0 ").contains("outside the rules folder");
            nothingLeaks();
            eventually("the refusal is logged").untilAsserted(() -> assertThat(log.lines())
                    .anySatisfy(line -> assertThat(line).startsWith("WARN").contains("leak.drl:0:0")));
            assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains(SECRET));
        } finally {
            Files.delete(link);
            eventually("the rules are whole again").until(() -> !"FAILED".equals(reloadStatus()));
        }
    }

    @Test
    void aTemplateLinkedToTheEnvironmentIsNeverServed() throws Exception {
        Path template = DIR.resolve("wording/en/thanks.txt");
        String text = Files.readString(template);
        Files.delete(template);
        Files.createSymbolicLink(template, Path.of("/proc/self/environ"));
        try {
            eventually("the link is refused").until(() -> "FAILED".equals(reloadStatus()));
            assertThat(catalogue().getList("lastReload.errors.text", String.class)).singleElement().asString()
                    .startsWith("wording/en/thanks.txt:0:0 ").contains("outside the rules folder");
            given().contentType(ContentType.JSON).body(THANK_YOU).post("/api/v1/next-action").then().statusCode(200)
                    .body("next.drafts[0].body", containsString("Thank you for meeting me"));
            nothingLeaks();
        } finally {
            Files.delete(template);
            Files.writeString(template, text);
            eventually("the rules are whole again").until(() -> !"FAILED".equals(reloadStatus()));
        }
    }

    @Test
    void aLostFolderKeepsTheServiceReadyAndTheHealthCheckSaysSo() throws Exception {
        assertThat(watcher()).isEqualTo("WATCHING");
        String version = catalogue().getString("version");
        Path away = BASE.resolve("rules.away");
        Files.move(DIR, away);
        try {
            eventually("the watcher reports the loss").until(() -> "FOLDER_MISSING".equals(watcher()));
            eventually("the reload reports the loss").until(() -> "FAILED".equals(reloadStatus()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'rules' }.data.version", equalTo(version))
                    .body("checks.find { it.name == 'rules' }.data.watcherEvent", containsString("lost the rules folder"))
                    .body("checks.find { it.name == 'rules' }.data.error1", equalTo(".:0:0 the rules folder does not exist"));
            given().contentType(ContentType.JSON).body(THANK_YOU).post("/api/v1/next-action").then().statusCode(200);
            nothingLeaksWhileGone();
            eventually("the loss is logged").untilAsserted(() -> assertThat(log.lines())
                    .anySatisfy(line -> assertThat(line).startsWith("WARN").contains("is gone")));
        } finally {
            Files.move(away, DIR);
        }
        eventually("the watcher finds the folder again").until(() -> "WATCHING".equals(watcher()));
        eventually("the rules are whole again").until(() -> !"FAILED".equals(reloadStatus()));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.data.watcherEvent", containsString("found the rules folder again"));
    }

    private static void nothingLeaksWhileGone() {
        String absolute = DIR.toAbsolutePath().toString();
        assertThat(given().get("/api/v1/rules").asString()).doesNotContain(absolute);
        assertThat(given().get("/q/health").asString()).doesNotContain(absolute);
    }
}
