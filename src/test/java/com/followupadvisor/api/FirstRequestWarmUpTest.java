package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.rules.RuleSet;
import com.followupadvisor.rules.RuleSetLoader;

/** The sample answers the service works out while it starts: a whole answer in every language of the set. */
class FirstRequestWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void answersTheSampleStateInEveryLanguageOfTheRules() throws Exception {
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(RuleFiles.copyFixtureRulesTo(dir.resolve("rules")));

        List<NextActionResponse> answers = FirstRequestWarmUp.answerSamples(rules, Duration.ofSeconds(2));

        assertThat(answers).hasSameSizeAs(rules.wording().languages()).isNotEmpty();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.next()).isNotNull();
            assertThat(answer.rules().fired()).isNotEmpty();
        });
    }

    @Test
    void aRuleThatFailsFailsTheWarmUpWhichTheEarlyLoadOnlyLogs() throws Exception {
        Path rulesDir = RuleFiles.copyFixtureRulesTo(dir.resolve("throwing"));
        Files.writeString(rulesDir.resolve("throws.drl"), """
                package advice;
                import com.followupadvisor.advice.Application;
                rule "Throw always"
                when
                    Application()
                then
                    throw new IllegalStateException("always");
                end
                """);
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(rulesDir);

        assertThatThrownBy(() -> FirstRequestWarmUp.answerSamples(rules, Duration.ofSeconds(2)))
                .isInstanceOf(RuntimeException.class).hasMessageContaining("Throw always");
    }
}
