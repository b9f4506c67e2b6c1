package com.followupadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import com.followupadvisor.config.AdvisorConfig;



/**
 * Compiles the rules on a thread of its own while the framework starts, since compiling them is
 * the longest part of start-up and the two need not wait for each other. The folder comes from
 * the same settings the service reads ({@link AdvisorConfig#load()}); {@link LoadedRules} takes the
 * result only for the folder it was configured with, and compiles again otherwise, so a setting
 * the early read cannot see (a launch mode's own) costs time, never correctness.
 */
public final class EarlyLoad {

    private static volatile Path dir;
    private static volatile CompletableFuture<RuleSet> result;

    private EarlyLoad() {
    }

    public static void start() {
        Path folder;
        try {
            folder = AdvisorConfig.load().rules().dir().toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            // a setting that does not parse stops the service at start-up, with the framework's message
            return;
        }
        dir = folder;
        result = CompletableFuture.supplyAsync(() -> {
            try {
                return new RuleSetLoader(Clock.systemUTC()).load(folder);
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
