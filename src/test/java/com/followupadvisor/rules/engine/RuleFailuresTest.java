package com.followupadvisor.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.Application;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;

/** A broken rule fails the one evaluation, cleanly and naming the rule, and the thread lives on. */
class RuleFailuresTest {

    /** A rule whose then part never returns: only the time limit stops it. */
    private static final String SPIN_FOREVER = """
                function int spin() { long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return 0; }
                rule "Spin forever"
                when Application( outcome == Outcome.OPEN )
                then spin();
                end
                """;

    @TempDir
    Path dir;

    /**
     * The watchdog logs each evaluation it stops (at ERROR: that request gets no answer); the lines
     * these tests cause on purpose are checked here, not shown on the console.
     */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(EvaluationWatchdog.class);

    private RuleSet rulesWith(String extraRule) throws IOException, RuleLoadException {
        RuleSetLoaderTest.copyFixtureRules(dir);
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
                .hasMessageContaining("more than " + ShippedRules.TIME_LIMIT.toMillis() + " ms");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(advise(FixtureRules.RULES).next()).isNotNull();
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("An evaluation passed its", "Spin forever"));
    }

    @Test
    void aLoopInAConditionNamesTheFunctionAndNotTheLastRuleToFire() throws Exception {
        RuleSet rules = rulesWith("""
                function boolean spinning() { long n = 0; while (n >= 0) { n = (n + 1) % 1000; } return true; }
                rule "Loop while matching"
                when Application( outcome == Outcome.OPEN ) and Recommendation() and eval( spinning() )
                then
                end
                """);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleTimeoutException.class)
                .hasMessageContaining("while matching the rules' conditions, in function spinning (broken.drl:3), called from an eval of "
                        + "rule \"Loop while matching\" (broken.drl:4)");
    }

    @Test
    void aLoopInAFunctionCalledFromAThenPartNamesBoth() throws Exception {
        RuleSet rules = rulesWith(SPIN_FOREVER);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleTimeoutException.class)
                .hasMessageContaining("in function spin (broken.drl:3), called from the then part of rule \"Spin forever\" (broken.drl:4)");
    }

    @Test
    void aRuleThatAllocatesWithoutBoundIsStoppedAtItsMemoryLimit() throws Exception {
        RuleSet rules = rulesWith("""
                rule "Hoard memory"
                when Application( outcome == Outcome.OPEN )
                then
                    java.util.List<long[]> kept = new java.util.ArrayList<>();
                    for (int i = 0; i >= 0; i++) { kept.add(new long[1_000_000]); }
                end
                """);
        long start = System.nanoTime();

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleTimeoutException.class)
                .hasMessageContaining("allocated more than " + RuleSet.MAX_ALLOCATED_BYTES / (1024 * 1024) + " MiB")
                .hasMessageContaining("rule \"Hoard memory\"");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped before its time limit").isLessThan(ShippedRules.TIME_LIMIT);
        assertThat(advise(FixtureRules.RULES).next()).isNotNull();
    }

    @Test
    void aRuleThatThrowsIsARulesFailureNamingTheRuleItsPlaceAndTheCause() throws Exception {
        RuleSet rules = rulesWith("""
                rule "Throw in the then part"
                when Application( outcome == Outcome.OPEN )
                then if (true) { throw new IllegalStateException("no such window"); }
                end
                """);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleErrorException.class)
                .hasMessageContaining("The then part of rule \"Throw in the then part\" (broken.drl:3)")
                .hasMessageContaining("IllegalStateException: no such window");
    }

    @Test
    void aConditionThatThrowsIsARulesFailureNamingTheRule() throws Exception {
        RuleSet rules = rulesWith("""
                function boolean refuse(int round) { throw new IllegalArgumentException("cannot judge round " + round); }
                rule "Throw in a condition"
                when Application( outcome == Outcome.OPEN, refuse(round) )
                then
                end
                """);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(RuleErrorException.class)
                .hasMessageContaining("rule \"Throw in a condition\" (broken.drl:4)")
                .hasMessageContaining("IllegalArgumentException: cannot judge");
    }

    @Test
    void theTimeLimitIsTheAdvisorsOwn() throws Exception {
        RuleSet rules = rulesWith(SPIN_FOREVER);
        Advisor impatient = new Advisor(ShippedRules.CLOCK, Duration.ofMillis(300), ShippedRules.WATCHDOG);

        assertThatThrownBy(() -> impatient.advise(rules, StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00").build()))
                .isInstanceOf(RuleTimeoutException.class).hasMessageContaining("more than 300 ms").hasMessageContaining("Spin forever");
        assertThatThrownBy(() -> new Advisor(ShippedRules.CLOCK, Duration.ZERO, ShippedRules.WATCHDOG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Advisor(ShippedRules.CLOCK, Duration.ofDays(999_999), ShippedRules.WATCHDOG)).isInstanceOf(IllegalArgumentException.class);
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
        // Loops only with 13 other applications, so the same rule set answers other states normally.
        RuleSet rules = rulesWith("""
                declare Counter n : int end
                rule "Start counting" when Application( activeApplications == 13 ) then insert(new Counter(0)); end
                rule "Count forever" when $c : Counter( n >= 0 ) then modify($c) { setN($c.getN() + 1) } end
                """);
        StateBuilder normal = StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00");
        Answer before = ShippedRules.ADVISOR.advise(rules, normal.build());

        assertThatThrownBy(() -> ShippedRules.ADVISOR.advise(rules, normal.others(13, 0).build()))
                .isInstanceOf(RuleLoopException.class);
        for (int i = 0; i < 3; i++) {
            assertThat(ShippedRules.ADVISOR.advise(rules, normal.others(0, 0).build())).isEqualTo(before);
        }
    }

    @Test
    void aSessionARuleThrewInIsGivenBackEmpty() throws Exception {
        RuleSet rules = rulesWith("""
                rule "Throw with 13 other applications"
                when Application( activeApplications == 13 )
                then if (true) { throw new IllegalStateException("the rule failed"); }
                end
                """);
        WeakReference<Application> failed = failOnce(rules, Duration.ofSeconds(2));
        answerAgain(rules);

        assertThat(collected(failed)).as("the failed state is still held by a session").isTrue();
    }

    @Test
    void aSessionStoppedForItsTimeIsThrownAway() throws Exception {
        RuleSet rules = rulesWith(SPIN_FOREVER.replace("Application( outcome == Outcome.OPEN )", "Application( activeApplications == 13 )"));
        WeakReference<Application> failed = failOnce(rules, Duration.ofMillis(200));
        answerAgain(rules);

        assertThat(collected(failed)).as("the stopped session, and the state in it, are still held").isTrue();
    }

    /** Evaluates a state the rules fail on, and returns a weak reference to the fact it was. */
    private static WeakReference<Application> failOnce(RuleSet rules, Duration limit) {
        java.util.List<Object> facts = StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00").others(13, 0)
                .facts();
        assertThatThrownBy(() -> rules.evaluate(facts, false, ShippedRules.WATCHDOG, limit)).isInstanceOf(RuntimeException.class);
        return new WeakReference<>((Application) facts.get(0));
    }

    /**
     * A session given back keeps its last match until it is used again (Drools's own), so the
     * failed state is only expected to go once the rules have answered other states.
     */
    private static void answerAgain(RuleSet rules) {
        for (int i = 0; i < 3; i++) {
            assertThat(rules.evaluate(StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00").facts(), false,
                    ShippedRules.WATCHDOG, ShippedRules.TIME_LIMIT)
                    .recommendations()).isNotEmpty();
        }
    }

    /** Whether the referent is collected within a second of asking the JVM to collect garbage (every 20 ms). */
    private static boolean collected(WeakReference<?> reference) {
        try {
            await("the referent is collected").atMost(Duration.ofSeconds(1)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).pollInSameThread().until(() -> {
                        System.gc();
                        return reference.get() == null;
                    });
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    @Test
    void rulesThatChooseNoNextActionAreReportedAsSuch() throws Exception {
        RuleSetLoaderTest.copyFixtureRules(dir);
        // the rule that chooses stays, and fires, but chooses nothing
        RuleFiles.edit(dir.resolve("next-action.drl"), "insertLogical(new Next($first));", "");
        RuleSet rules = new RuleSetLoader(ShippedRules.CLOCK).load(dir);

        assertThatThrownBy(() -> advise(rules)).isInstanceOf(NoNextActionException.class);
    }
}
