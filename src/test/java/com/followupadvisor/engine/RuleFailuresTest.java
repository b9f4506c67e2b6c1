package com.followupadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.StateBuilder;

/** A broken rule fails the one evaluation, cleanly and naming the rule, and the thread lives on. */
class RuleFailuresTest {

    /** A rule whose then part never returns: only the time limit stops it. */
    private static final String SPIN_FOREVER = """
                function int spin() { long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return 0; }
                rule "Spin forever"
                when Application( pending )
                then spin();
                end
                """;

    @TempDir
    Path dir;

    private RuleSet rulesWith(String extraRule) throws IOException, RuleLoadException {
        RuleSetLoaderTest.copyShippedRules(dir);
        Files.writeString(dir.resolve("broken.drl"), """
                package advice;
                import com.followupadvisor.advice.*;
                """ + extraRule);
        return new RuleSetLoader(ShippedRules.CLOCK).load(dir);
    }

    private static Answer advise(RuleSet rules) {
        return ShippedRules.ADVISOR.advise(rules, StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00").build());
    }

    @Test
    void aRuleThatLoopsForeverInsideItsThenPartIsStopped() throws Exception {
        RuleSet rules = rulesWith(SPIN_FOREVER);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleTimeoutException.class).hasMessageContaining("Spin forever")
                .hasMessageContaining("more than " + RuleSet.DEFAULT_TIME_LIMIT.toMillis() + " ms");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(advise(ShippedRules.RULES).next()).isNotNull();
    }

    @Test
    void theTimeLimitIsTheAdvisorsOwn() throws Exception {
        RuleSet rules = rulesWith(SPIN_FOREVER);
        Advisor impatient = new Advisor(ShippedRules.CLOCK, Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.advise(rules, StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00").build()))
                .isInstanceOf(RuleTimeoutException.class).hasMessageContaining("more than 300 ms").hasMessageContaining("Spin forever");
        assertThatThrownBy(() -> new Advisor(ShippedRules.CLOCK, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleThatKeepsTriggeringItselfIsStopped() throws Exception {
        RuleSet rules = rulesWith("""
                declare Counter n : int end
                rule "Start counting" when Application() then insert(new Counter(0)); end
                rule "Count forever" when $c : Counter( n >= 0 ) then modify($c) { setN($c.getN() + 1) } end
                """);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleLoopException.class).hasMessageContaining("Count forever");
    }

    @Test
    void aSessionStoppedForLoopingLeavesNothingBehindForTheNextAnswer() throws Exception {
        // Loops only for one company, so the same rule set answers other states normally.
        RuleSet rules = rulesWith("""
                declare Counter n : int end
                rule "Start counting" when Application( company == "Loop Inc" ) then insert(new Counter(0)); end
                rule "Count forever" when $c : Counter( n >= 0 ) then modify($c) { setN($c.getN() + 1) } end
                """);
        StateBuilder normal = StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00");
        Answer before = ShippedRules.ADVISOR.advise(rules, normal.build());

        assertThatThrownBy(() -> ShippedRules.ADVISOR.advise(rules, normal.company("Loop Inc").build()))
                .isInstanceOf(RuleLoopException.class);
        for (int i = 0; i < 3; i++) {
            assertThat(ShippedRules.ADVISOR.advise(rules, normal.company("Acme").build())).isEqualTo(before);
        }
    }

    @Test
    void rulesThatChooseNoNextActionAreReportedAsSuch() throws Exception {
        RuleSetLoaderTest.copyShippedRules(dir);
        Files.delete(dir.resolve("next-action.drl"));
        RuleSet rules = new RuleSetLoader(ShippedRules.CLOCK).load(dir);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(NoNextActionException.class);
    }
}
