package com.followupadvisor.rules;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import com.followupadvisor.config.AdvisorConfig;



/**
 * Compiles the rules on a thread of its own while the framework starts, since compiling them is
 * the longest part of start-up and the two need not wait for each other. The folder comes from
 * the same settings the service reads ({@link AdvisorConfig#load()}); {@link LoadedRules} takes the
 * result only for the folder it was configured with, and compiles again otherwise, so a setting
 * the early read cannot see (a launch mode's own) costs time, never correctness.
 */
public final class EarlyLoad {

    private static final Logger LOG = Logger.getLogger(EarlyLoad.class);

    private static volatile Path dir;
    private static volatile CompletableFuture<RuleSet> result;

    private EarlyLoad() {
    }

    /**
     * Starts the compile, then, on the same thread, {@code warmUp} with the set loaded and the
     * service's time limit for an evaluation (from the settings read here): the first
     * answers' one-time work (the engine's sessions, the rules' classes, the templates) done while the
     * framework is still starting, instead of by the first caller. A warm-up that fails costs only
     * that head start.
     */
    public static void start(java.util.function.BiConsumer<RuleSet, Duration> warmUp) {
        Path folder;
        Optional<Path> cacheDir;
        Duration timeLimit;
        try {
            AdvisorConfig.Rules rules = AdvisorConfig.load().rules();
            folder = rules.dir().toAbsolutePath().normalize();
            cacheDir = rules.cacheDir();
            timeLimit = rules.timeLimit();
        } catch (RuntimeException e) {
            // a setting that does not parse stops the service at start-up, with the framework's message
            return;
        }
        dir = folder;
        result = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                RuleSet rules = new RuleSetLoader(Clock.systemUTC(), cacheDir).load(folder);
                // the compile's share of start-up, as docs/performance.md measures it
                LOG.infof("The rules loaded on a thread of their own in %d ms, %d ms after the JVM started",
                        (System.nanoTime() - start) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
                long warm = System.nanoTime();
                try {
                    warmUp.accept(rules, timeLimit);
                    LOG.infof("Answered a sample state with them in %d ms, %d ms after the JVM started",
                            (System.nanoTime() - warm) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
                } catch (RuntimeException | LinkageError e) {
                    LOG.debug("Could not answer a sample state while the service started", e);
                }
                return rules;
            } catch (RuleLoadException e) {
                // start-up compiles again, and reports the errors where it always does
                return null;
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "rules-early-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The set compiled early from {@code folder}, or null when there is none to take. */
    static RuleSet take(Path folder) {
        CompletableFuture<RuleSet> pending = result;
        if (pending == null || !folder.toAbsolutePath().normalize().equals(dir)) {
            return null;
        }
        result = null;
        return pending.join();
    }
}
