package com.followupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;

/** The trial is skipped only for a set that passed it cleanly with everything its outcome depends on unchanged. */
class TrialVerdictsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    static Path shared;
    private static Path rulesDir;
    private static RuleSet rules;

    @TempDir
    Path cache;

    /** A trial that counts its runs and answers what it is told to. */
    private static final class Counting implements RuleSetTrial {
        final AtomicInteger runs = new AtomicInteger();
        Outcome outcome = Outcome.passed();
        String settings = "a";

        @Override
        public Outcome tryOut(RuleSet set, Path dir) {
            runs.incrementAndGet();
            return outcome;
        }

        @Override
        public String settings() {
            return settings;
        }
    }

    @BeforeAll
    static void compile() throws Exception {
        rulesDir = RuleFiles.copyFixtureRulesTo(shared.resolve("rules"));
        rules = new RuleSetLoader(Clock.fixed(NOW, ZoneOffset.UTC)).load(rulesDir);
    }

    private RuleSetTrial remembering(Counting trial, Clock clock) {
        return TrialVerdicts.remembering(trial, Optional.of(cache), clock);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aCleanPassIsNotTriedAgain() {
        Counting trial = new Counting();
        RuleSetTrial remembered = remembering(trial, at(NOW));
        assertThat(remembered).isNotSameAs(trial);

        assertThat(remembered.tryOut(rules, rulesDir)).isEqualTo(RuleSetTrial.Outcome.passed());
        assertThat(remembering(trial, at(NOW)).tryOut(rules, rulesDir)).isEqualTo(RuleSetTrial.Outcome.passed());

        assertThat(trial.runs).hasValue(1);
    }

    @Test
    void errorsAndWarningsAreNeverRemembered() {
        RuleProblem problem = new RuleProblem("scenarios/x.json", 1, 1, "expected FOLLOW_UP");
        for (RuleSetTrial.Outcome outcome : List.of(new RuleSetTrial.Outcome(List.of(problem), List.of()),
                new RuleSetTrial.Outcome(List.of(), List.of(problem)))) {
            Counting trial = new Counting();
            trial.outcome = outcome;
            RuleSetTrial remembered = remembering(trial, at(NOW));

            assertThat(remembered.tryOut(rules, rulesDir)).isEqualTo(outcome);
            assertThat(remembered.tryOut(rules, rulesDir)).isEqualTo(outcome);

            assertThat(trial.runs).hasValue(2);
        }
    }

    @Test
    void aChangedScenarioAnotherDayOrOtherSettingsAreTriedAgain() throws Exception {
        Counting trial = new Counting();
        remembering(trial, at(NOW)).tryOut(rules, rulesDir);

        // another day: a scenario without asOf answers as of today
        remembering(trial, at(NOW.plus(Duration.ofDays(1)))).tryOut(rules, rulesDir);
        assertThat(trial.runs).hasValue(2);

        trial.settings = "b";
        remembering(trial, at(NOW)).tryOut(rules, rulesDir);
        assertThat(trial.runs).hasValue(3);
        trial.settings = "a";

        Path copy = RuleFiles.copyFixtureRulesTo(cache.resolveSibling(cache.getFileName() + "-changed"));
        Path scenario = copy.resolve(RuleFiles.FOLLOW_UP_DAY_SCENARIO);
        Files.writeString(scenario, Files.readString(scenario).replaceFirst("\\{", "{\"description\": \"changed\", "));
        remembering(trial, at(NOW)).tryOut(rules, copy);
        assertThat(trial.runs).hasValue(4);

        // the original folder, day and settings are still remembered
        remembering(trial, at(NOW)).tryOut(rules, rulesDir);
        assertThat(trial.runs).hasValue(4);
    }

    @Test
    void aFolderThatCannotBeWrittenCostsTheTrialNotTheStart() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "");
        Counting trial = new Counting();
        RuleSetTrial remembered = TrialVerdicts.remembering(trial, Optional.of(notAFolder), at(NOW));

        assertThat(remembered.tryOut(rules, rulesDir)).isEqualTo(RuleSetTrial.Outcome.passed());
        assertThat(remembered.tryOut(rules, rulesDir)).isEqualTo(RuleSetTrial.Outcome.passed());

        assertThat(trial.runs).hasValue(2);
    }

    @Test
    void noFolderMeansNoMemory() {
        Counting trial = new Counting();
        assertThat(TrialVerdicts.remembering(trial, Optional.empty(), at(NOW))).isSameAs(trial);
    }

    @Test
    void onlyTheVerdictsUsedLastAreKept() throws Exception {
        Counting trial = new Counting();
        int days = TrialVerdicts.KEPT + 3;
        for (int day = 0; day < days; day++) {
            remembering(trial, at(NOW.plus(Duration.ofDays(day)))).tryOut(rules, rulesDir);
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".passed"))).hasSize(TrialVerdicts.KEPT);
        }
        // the newest is kept, the oldest is gone
        remembering(trial, at(NOW.plus(Duration.ofDays(days - 1)))).tryOut(rules, rulesDir);
        assertThat(trial.runs).hasValue(days);
        remembering(trial, at(NOW)).tryOut(rules, rulesDir);
        assertThat(trial.runs).hasValue(days + 1);
    }
}
