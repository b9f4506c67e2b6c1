package com.followupadvisor.rules;

import com.followupadvisor.config.AdvisorConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;


import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The rule set the service answers with. Loaded from {@code advisor.rules.dir} at start-up (the
 * service does not start on rules that do not compile), then reloaded whenever a file there
 * changes: a set that compiles is swapped in atomically, so a request keeps the set it started
 * with; a set that does not compile is reported and the previous one stays.
 */
@Singleton
public class LoadedRules {

    private static final Logger LOG = Logger.getLogger(LoadedRules.class);

    private final Path dir;
    private final boolean watch;
    private final Duration settle;
    private final Clock clock;
    private final RuleSetLoader loader;
    private final RuleSetWarmUp warmUp;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile ReloadReport lastReload;
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong failedReloads = new AtomicLong();
    private RulesWatcher watcher;

    @Inject
    LoadedRules(AdvisorConfig config, Clock clock, RuleSetWarmUp warmUp) {
        this(config.rules().dir(), config.rules().watch(), config.rules().settle(), clock, warmUp);
    }

    LoadedRules(Path dir, boolean watch, Duration settle, Clock clock, RuleSetWarmUp warmUp) {
        this.dir = dir;
        this.watch = watch;
        this.settle = settle;
        this.clock = clock;
        this.loader = new RuleSetLoader(clock);
        this.warmUp = warmUp;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            RuleSet early = EarlyLoad.take(dir);
            RuleSet rules = early != null ? early : loader.load(dir);
            warmUp(rules);
            current.set(rules);
            lastReload = new ReloadReport(ReloadReport.Status.OK, clock.instant(), rules.version(), List.of());
            LOG.infof("Loaded %d rules from %s, version %s%s", rules.rules().size(), dir.toAbsolutePath(), rules.version(),
                    early != null ? " (compiled while the service started)" : "");
        } catch (RuleLoadException e) {
            LOG.errorf("The rules in %s do not compile; the service cannot start:%n%s", dir.toAbsolutePath(), lines(e));
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (watch) {
            try {
                watcher = RulesWatcher.start(dir, settle, this::reload);
                LOG.infof("Watching %s: saved changes are picked up without a restart", dir.toAbsolutePath());
                // a save between the first compile and the watcher's start would otherwise go unseen
                if (!RuleSource.read(dir).version().equals(current().version())) {
                    reload();
                }
            } catch (IOException e) {
                LOG.warnf("Cannot watch %s for changes (%s); restart the service to pick up rule changes", dir, e.getMessage());
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** The set in use now; hold on to it for the whole of one request. */
    public RuleSet current() {
        RuleSet rules = current.get();
        if (rules == null) {
            // the HTTP server can take a request while start-up is still compiling the rules
            throw new RulesFailedException("The rules are still being loaded; try again in a moment.");
        }
        return rules;
    }

    public ReloadReport lastReload() {
        return lastReload;
    }

    /** Reloads since start-up that swapped a new set in. */
    public long reloads() {
        return reloads.get();
    }

    /** Reloads since start-up that failed, keeping the previous set. */
    public long failedReloads() {
        return failedReloads.get();
    }

    /** Reads the folder again; swaps the new set in if it compiles, keeps the current one if not. */
    public synchronized ReloadReport reload() {
        RuleSet before = current.get();
        ReloadReport report;
        long start = System.nanoTime();
        try {
            RuleSet rules = loader.load(dir);
            if (before != null && rules.version().equals(before.version())) {
                report = new ReloadReport(ReloadReport.Status.UNCHANGED, clock.instant(), before.version(), List.of());
            } else {
                long compiled = System.nanoTime();
                warmUp(rules);
                LOG.debugf("Compiled in %d ms, warmed up in %d ms", (compiled - start) / 1_000_000,
                        (System.nanoTime() - compiled) / 1_000_000);
                // from here on, requests get the new set
                current.set(rules);
                reloads.incrementAndGet();
                report = new ReloadReport(ReloadReport.Status.OK, clock.instant(), rules.version(), List.of());
                LOG.infof("Reloaded the rules from %s: version %s, %d rules, ready %d ms after the change was seen", dir, rules.version(),
                        rules.rules().size(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuleLoadException e) {
            String kept = before == null ? null : before.version();
            failedReloads.incrementAndGet();
            report = new ReloadReport(ReloadReport.Status.FAILED, clock.instant(), kept, e.problems());
            LOG.errorf("The changed rules in %s do not compile; still answering with version %s:%n%s", dir, kept, lines(e));
        }
        lastReload = report;
        return report;
    }

    private void warmUp(RuleSet rules) {
        try {
            warmUp.warmUp(rules);
        } catch (RuntimeException e) {
            // not ours to judge here: a rule set that fails on real states fails there, with a 503
            LOG.debugf("Warm-up evaluation failed: %s", e.getMessage());
        }
    }

    private static String lines(RuleLoadException e) {
        return e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
