package com.followupadvisor.rules.release;

import static com.followupadvisor.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.scenarios.RuleSetTrial;
import com.followupadvisor.scenarios.ScenarioTrial;

/**
 * A half-done save waits quietly: a rule saved before the text it names is not reported until the
 * folder has been quiet for {@code advisor.rules.quiet}; a set still broken then is reported as
 * always. And a rule no scenario fires goes live, named in a WARN line and in the reload's report.
 * On copies of the fixture rules, with the watcher running.
 */
class QuietSavesTest {

    private static final Duration QUIET = Duration.ofMillis(1500);

    /** A rule naming a text the fixture lacks, appended to its search; it fires whenever that does. */
    private static final String NEW_RULE = """

            rule "Start new applications"
                @description("While the application is open, start new ones.")
                @advice("Keep searching")
            when
                Application( outcome == Outcome.OPEN )
            then
                insert(Recommendation.of(ActionCode.KEEP_SEARCHING)
                    .title("start-applications-title")
                    .why("keep-searching-why"));
            end
            """;

    @RegisterExtension
    final CapturedLog log = CapturedLog.only(RulesReloader.class);

    @TempDir
    Path dir;

    private final LoadedRules loaded = new LoadedRules();
    private RulesReloader reloader;

    private void start(RuleSetTrial trial) {
        reloader = new RulesReloader(new ReleaseSettings(dir, true, Duration.ofMillis(50), QUIET), ShippedRules.CLOCK,
                new RuleSetLoader(ShippedRules.CLOCK), trial, loaded, new RulesWatchStatus());
        reloader.onStart(null);
    }

    @AfterEach
    void stop() {
        if (reloader != null) {
            reloader.onStop(null);
        }
    }

    private void addTheRule() throws IOException {
        Path file = dir.resolve("keep-searching.drl");
        Files.writeString(file, Files.readString(file) + NEW_RULE);
    }

    @Test
    void aRuleSavedThenItsTextAMomentLaterIsOneReloadAndNoError() throws Exception {
        RuleFiles.copyFixtureRulesForNumberEditsTo(dir);
        start(FixtureRules.WARM_UP_ONLY);
        String first = loaded.current().version();

        addTheRule();
        Thread.sleep(300);
        Files.writeString(dir.resolve("wording/en/start-applications-title.txt"), "Start two or three new applications");

        eventually("the rule and its text are in use").until(() -> !loaded.current().version().equals(first));
        // longer than the quiet moment: a failure held back from before the text was saved never surfaces
        Thread.sleep(QUIET.toMillis() + 500);
        assertThat(loaded.lastReload().status()).isEqualTo(ReloadReport.Status.OK);
        assertThat(loaded.reloads()).isEqualTo(1);
        assertThat(loaded.failedReloads()).isZero();
        assertThat(log.lines()).noneSatisfy(l -> assertThat(l).startsWith("WARN"));
        assertThat(loaded.current().rules()).anySatisfy(r -> assertThat(r.name()).isEqualTo("Start new applications"));
    }

    @Test
    void aSetStillBrokenWhenTheFolderIsQuietIsReportedAsAlways() throws Exception {
        RuleFiles.copyFixtureRulesForNumberEditsTo(dir);
        start(FixtureRules.WARM_UP_ONLY);
        String first = loaded.current().version();

        long saved = System.nanoTime();
        addTheRule();
        eventually("the failed reload is reported").until(() -> loaded.lastReload().status() == ReloadReport.Status.FAILED);

        assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("reported only after the quiet moment").isGreaterThanOrEqualTo(QUIET);
        assertThat(loaded.failedReloads()).isEqualTo(1);
        assertThat(loaded.current().version()).isEqualTo(first);
        assertThat(loaded.lastReload().errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("keep-searching.drl");
            assertThat(p.message()).contains("there is no text \"start-applications-title\"");
        });
        eventually("the refusal is logged").untilAsserted(() -> assertThat(log.lines()).anySatisfy(l -> assertThat(l)
                .startsWith("WARN").contains("still answering with version", "start-applications-title")));
    }

    @Test
    void aRuleNoScenarioFiresGoesLiveNamedInTheReportAndTheLog() throws Exception {
        RuleFiles.copyFixtureRulesTo(dir);
        start(new ScenarioTrial(ShippedRules.ADVISOR, ZoneOffset.UTC, true));
        assertThat(loaded.lastReload().unexercised()).isEmpty();
        Path file = dir.resolve("keep-searching.drl");
        Files.writeString(file, Files.readString(file) + NEW_RULE.replace("Application( outcome == Outcome.OPEN )",
                "Application( outcome == Outcome.OPEN, round > 99 )").replace("start-applications-title", "keep-searching-title"));
        int line = RuleFiles.lineOf(file, "rule \"Start new applications\"");

        ReloadReport report = reloader.reload();

        assertThat(report.status()).isEqualTo(ReloadReport.Status.OK);
        assertThat(loaded.lastReload().unexercised()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("keep-searching.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("\"Start new applications\" fires in no scenario: add a scenario");
        });
        assertThat(log.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN")
                .contains("1 rules that no scenario fires", "keep-searching.drl:" + line));
    }
}
