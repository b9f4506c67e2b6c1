package com.followupadvisor.properties;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import com.followupadvisor.scenarios.StatePopulation;

/**
 * A small property-based testing harness: runs a check on many generated values, each from a seed
 * of its own, and on the first failure shrinks the value (the generator's simplifications, tried
 * while the check still fails) and reports the seed that reproduces it.
 *
 * <p>Why not jqwik: from 1.10 on it carries an "Anti-AI Usage Clause" (its maintainer asks that it
 * not be used with AI coding agents, and it prints a message to them on every run). This project is
 * partly written by such agents, so it respects that wish and keeps this harness instead.
 *
 * <p>Runs are reproducible: the seeds come from {@code -Dproperties.seed} (default fixed), the
 * number of tries from {@code -Dproperties.tries} (default per property). To explore, pass a new
 * seed; to replay a failure, pass the seed it printed with {@code -Dproperties.tries=1}.
 */
final class ForAll<T> {

    static final long DEFAULT_SEED = StatePopulation.DEFAULT_SEED;

    private final Function<Random, T> generator;
    private final Function<T, List<T>> simpler;
    private final Function<T, String> show;

    private ForAll(Function<Random, T> generator, Function<T, List<T>> simpler, Function<T, String> show) {
        this.generator = generator;
        this.simpler = simpler;
        this.show = show;
    }

    /** Values from {@code generator}; {@code simpler} lists smaller variants of a value (empty when there are none). */
    static <T> ForAll<T> values(Function<Random, T> generator, Function<T, List<T>> simpler, Function<T, String> show) {
        return new ForAll<>(generator, simpler, show);
    }

    /** Checks {@code property} on {@code tries} values (or {@code -Dproperties.tries}); throws on the first that fails. */
    void check(int tries, Consumer<T> property) {
        long base = Long.getLong("properties.seed", DEFAULT_SEED);
        int count = Integer.getInteger("properties.tries", tries);
        Random seeds = new Random(base);
        for (int i = 0; i < count; i++) {
            // the first try uses the base seed itself, so that a printed seed replays with tries=1
            long seed = i == 0 ? base : seeds.nextLong();
            T value = generator.apply(new Random(seed));
            Throwable failure = failure(property, value);
            if (failure != null) {
                Shrunk<T> shrunk = shrink(property, value, failure);
                throw new AssertionError("Property failed on try " + (i + 1) + " of " + count + ", seed " + seed
                        + " (replay with -Dproperties.seed=" + seed + " -Dproperties.tries=1)\n"
                        + "smallest failing value found (" + shrunk.steps + " shrinking steps):\n  " + show.apply(shrunk.value)
                        + "\nfailure: " + shrunk.failure.getMessage()
                        + "\noriginal value:\n  " + show.apply(value), shrunk.failure);
            }
        }
    }

    private record Shrunk<T>(T value, Throwable failure, int steps) {
    }

    /** Greedy: take the first simpler value that still fails, until none does (bounded). */
    private Shrunk<T> shrink(Consumer<T> property, T value, Throwable failure) {
        int steps = 0;
        boolean progress = true;
        while (progress && steps < 500) {
            progress = false;
            for (T candidate : simpler.apply(value)) {
                Throwable f = failure(property, candidate);
                if (f != null) {
                    value = candidate;
                    failure = f;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk<>(value, failure, steps);
    }

    private static <T> Throwable failure(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }
}
