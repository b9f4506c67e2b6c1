package com.followupadvisor.bench;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Threads;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.state.StateReader;

/**
 * Our side of the ZEN peer comparison ({@code bench/peer.sh}): evaluations a second, in process,
 * one thread, each from a request body (JSON text) to the next action and its dates, as
 * {@code bench/zen/zen-peer.mjs} does with the GoRules graph. Each call reads the body with the
 * service's {@link StateReader} (parse and validate), then either runs the rules once and takes
 * the chosen next ({@link #nextOnly}: what the ZEN graph computes, plus the other actions that apply
 * now) or builds the whole answer ({@link #wholeAnswer}: next, also, the plan and the drafts in the
 * request's language). The states cycle, one per call, in the order both sides use. Run by
 * {@code bench/peer.sh}, never by the build.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PeerBenchmark {

    /** {@code typical}: bench/states/typical.json only; {@code scenarios}: the scenario states without holidays. */
    @Param({"typical", "scenarios"})
    public String states;

    private RuleSet rules;
    private Advisor advisor;
    private StateReader reader;
    private byte[][] bodies;
    private int i;

    @Setup
    public void load() throws RuleLoadException {
        ServiceLogging.apply();
        rules = new RuleSetLoader(ShippedRules.CLOCK).load(Path.of("rules"));
        advisor = new Advisor(ShippedRules.CLOCK, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG);
        reader = new StateReader(ZoneOffset.UTC);
        List<PeerStates.Named> named = PeerStates.named(states);
        bodies = named.stream().map(PeerStates.Named::body).toArray(byte[][]::new);
    }

    private byte[] nextBody() {
        byte[] body = bodies[i];
        i = i + 1 == bodies.length ? 0 : i + 1;
        return body;
    }

    /** One rules evaluation from the JSON state to the chosen next action and its dates. */
    @Benchmark
    public Object[] nextOnly() {
        Recommendation next = rules.evaluate(StateBuilder.situation(reader.read(nextBody())).facts(), false, ShippedRules.WATCHDOG, ShippedRules.TIME_LIMIT)
                .next();
        return new Object[] {next.getAction(), next.getDueFrom(), next.getDueBy()};
    }

    /** The whole answer the endpoint serialises (next, also, plan, drafts), from the JSON state. */
    @Benchmark
    public Answer wholeAnswer() {
        return advisor.advise(rules, reader.read(nextBody()));
    }
}
