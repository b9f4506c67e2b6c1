package com.followupadvisor.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;

/**
 * Reading and compiling the whole rules/ folder in a warm JVM: the work of one reload, without
 * the watcher's settle time. (The first compile in a JVM is far slower; bench/startup.sh shows it.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleCompileBenchmark {

    static {
        ServiceLogging.apply();
    }

    private final RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());

    @Benchmark
    public RuleSet compile() throws RuleLoadException {
        return loader.load(Path.of("rules"));
    }
}
