package com.followupadvisor.rules.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.scenarios.ScenarioTrial;

/**
 * A new rule set goes live only after its trial: every scenario answered as it expects (or, when
 * relaxed, with the failures as warnings), no state it cannot answer. Reloads are called directly
 * here; the watcher's part is {@link LiveReloadTest}'s.
 */
class RuleSetTrialTest {

    private static final String SCENARIO = RuleFiles.FOLLOW_UP_DAY_SCENARIO;

    @TempDir
    Path dir;

    private final LoadedRules loaded = new LoadedRules();

    /** What these trials refuse is logged; the lines are checked here, not shown on the console. */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(RulesReloader.class);

    private RulesReloader started(boolean scenariosMustPass) throws IOException {
        RuleFiles.copyFixtureRulesTo(dir);
        RulesReloader reloader = new RulesReloader(new ReleaseSettings(dir, false, Duration.ofMillis(50)), ShippedRules.CLOCK,
                new RuleSetLoader(ShippedRules.CLOCK), new ScenarioTrial(ShippedRules.ADVISOR, ZoneOffset.UTC, scenariosMustPass), loaded, new RulesWatchStatus());
        reloader.onStart(null);
        return reloader;
    }

    /** Moves the fixture's follow-up day, which the scenario {@link #SCENARIO} pins. */
    private void moveTheFollowUpDay() throws IOException {
        Path numbers = dir.resolve("advice-numbers.properties");
        String text = Files.readString(numbers);
        Files.writeString(numbers, text.replaceFirst("followUpAfterDays = (\\d+)", "followUpAfterDays = 9"));
    }

    @Test
    void aChangeThatFailsAScenarioIsKeptOutAndNamesTheScenarioAtItsLine() throws Exception {
        RulesReloader reloader = started(true);
        String before = loaded.current().version();
        moveTheFollowUpDay();

        ReloadReport report = reloader.reload();

        assertThat(report.status()).isEqualTo(ReloadReport.Status.FAILED);
        assertThat(loaded.current().version()).isEqualTo(before);
        assertThat(report.errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(SCENARIO);
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.message()).contains("fails: next.");
        });
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("fail their trial", SCENARIO));
    }

    @Test
    void relaxedAFailedScenarioIsAWarningAndTheChangeGoesLive() throws Exception {
        RulesReloader reloader = started(false);
        String before = loaded.current().version();
        moveTheFollowUpDay();

        ReloadReport report = reloader.reload();

        assertThat(report.status()).isEqualTo(ReloadReport.Status.OK);
        assertThat(loaded.current().version()).isNotEqualTo(before);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(SCENARIO));
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("although scenarios fail", SCENARIO));
    }

    @Test
    void relaxedARuleThatFailsStillNeverGoesLive() throws Exception {
        RulesReloader reloader = started(false);
        String before = loaded.current().version();
        Files.writeString(dir.resolve("throws.drl"), """
                package advice;
                import com.followupadvisor.advice.*;
                rule "Throw always" when Application() then if (true) { throw new IllegalStateException("always"); } end
                """);

        ReloadReport report = reloader.reload();

        assertThat(report.status()).isEqualTo(ReloadReport.Status.FAILED);
        assertThat(loaded.current().version()).isEqualTo(before);
        assertThat(report.errors()).anySatisfy(p -> assertThat(p.message()).contains("rule \"Throw always\" (throws.drl:3)"));
    }

    @Test
    void aScenarioChangedAloneIsTriedOnTheRulesInUse() throws Exception {
        RulesReloader reloader = started(true);
        String before = loaded.current().version();
        Path scenario = dir.resolve(SCENARIO);
        String text = Files.readString(scenario);
        Files.writeString(scenario, text.replaceFirst("\"FOLLOW_UP\"", "\"MOVE_ON\""));

        ReloadReport broken = reloader.reload();
        Files.writeString(scenario, text);
        ReloadReport fixed = reloader.reload();

        assertThat(broken.status()).isEqualTo(ReloadReport.Status.FAILED);
        assertThat(broken.errors()).anySatisfy(p -> assertThat(p.message()).contains("next.action: expected MOVE_ON"));
        assertThat(fixed.status()).isEqualTo(ReloadReport.Status.UNCHANGED);
        assertThat(loaded.current().version()).isEqualTo(before);
    }

    @Test
    void rulesThatFailTheirTrialDoNotStartTheService() throws Exception {
        RuleFiles.copyFixtureRulesTo(dir);
        moveTheFollowUpDay();
        RulesReloader reloader = new RulesReloader(new ReleaseSettings(dir, false, Duration.ofMillis(50)), ShippedRules.CLOCK,
                new RuleSetLoader(ShippedRules.CLOCK), new ScenarioTrial(ShippedRules.ADVISOR, ZoneOffset.UTC, true), loaded, new RulesWatchStatus());

        assertThatThrownBy(() -> reloader.onStart(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fail their trial").hasMessageContaining(SCENARIO);
        assertThat(loaded.currentOrNull()).isNull();
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("ERROR").contains("the service cannot start", SCENARIO));
    }
}
