package com.followupadvisor.advising;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.bench.ServiceLogging;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateReader;

/**
 * The whole answer for the README's example, as a contract 2.0 history (README.md) and as the same
 * application in contract 1.1's form (docs/integrators.md), side by side on the shipped rules:
 * what answering the whole process costs next to answering the 1.1 snapshot. Run by
 * {@code bench/jmh.sh ReadmeAnswerBenchmark}, never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadmeAnswerBenchmark {

    private RuleSet rules;
    private Advisor advisor;
    private ApplicationHistory history;
    private ApplicationState state;

    @Setup
    public void load() throws RuleLoadException, IOException {
        ServiceLogging.apply();
        rules = new RuleSetLoader(ShippedRules.CLOCK).load(Path.of("rules"));
        advisor = new Advisor(ShippedRules.CLOCK, ShippedRules.TIME_LIMIT, ShippedRules.WATCHDOG);
        history = new HistoryReader(ZoneOffset.UTC, null, null, null).read(example(Files.readString(Path.of("README.md")), 0));
        String guide = Files.readString(Path.of("docs/integrators.md"));
        state = new StateReader(ZoneOffset.UTC).read(example(guide, guide.indexOf("## The README's example in contract 1.1")));
    }

    /** The request body of the first curl example in {@code text} from {@code from}. */
    private static byte[] example(String text, int from) {
        int start = text.indexOf("-H 'Content-Type: application/json' -d '\n", from);
        return text.substring(text.indexOf('\n', start) + 1, text.indexOf("\n'\n", start)).getBytes(StandardCharsets.UTF_8);
    }

    /** Contract 2.0: the history, with status and ids, and the quiet weeks and holidays by default. */
    @Benchmark
    public Answer history() {
        return advisor.advise(rules, history, ContractVersion.V2_0, false);
    }

    /** Contract 1.1: the same application as a snapshot, translated into a history inside. */
    @Benchmark
    public Answer snapshot() {
        return advisor.advise(rules, state);
    }
}
