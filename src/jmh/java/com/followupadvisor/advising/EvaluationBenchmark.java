package com.followupadvisor.advising;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.history.Situation;
import com.followupadvisor.bench.ServiceLogging;
import com.followupadvisor.bench.Situations;
import com.followupadvisor.rules.engine.Evaluation;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.state.ApplicationState;

/**
 * One rule evaluation (facts in, recommendations out: a new session, insert, fire, collect,
 * dispose), the plan alone (the same rules again on each step played forward), and the whole
 * answer built on them ({@link Advisor#advise}: next, also, the plan and the drafts), side by side
 * on the same rules and states. Run by {@code bench/jmh.sh}, never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @Param({"followUpDue", "beforeInterview", "rejected"})
    public String situation;

    private RuleSet rules;
    private Advisor advisor;
    private ApplicationState state;
    private Evaluation now;
    private List<Object> facts;
    private Situation start;

    @Setup
    public void load() throws RuleLoadException {
        ServiceLogging.apply();
        rules = new RuleSetLoader(CLOCK).load(Path.of("rules"));
        advisor = new Advisor(CLOCK, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG);
        state = Situations.named(situation);
        start = StateBuilder.situation(state);
        facts = start.facts();
        now = rules.evaluate(facts, false, ShippedRules.WATCHDOG, ShippedRules.TIME_LIMIT);
    }

    /** One evaluation: the rules' own cost. */
    @Benchmark
    public Evaluation evaluate() {
        return rules.evaluate(StateBuilder.situation(state).facts(), false, ShippedRules.WATCHDOG, ShippedRules.TIME_LIMIT);
    }

    /**
     * The plan alone, from the evaluation of the state now: the rules run again on each step played
     * forward, without the wording. What planning in fewer evaluations could save at most.
     */
    @Benchmark
    public List<Planner.Planned> plan() {
        return Planner.plan(rules, start, now, ContractVersion.V1_1, advisor);
    }

    /** The whole answer the endpoint serialises: next, also, plan and drafts. */
    @Benchmark
    public Answer advise() {
        return advisor.advise(rules, state);
    }
}
