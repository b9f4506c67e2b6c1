package com.followupadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.followupadvisor.config.AdvisorConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the rules from {@code advisor.rules.dir} at start-up (the service does not start on rules
 * that do not compile or fail their trial), then reloads them whenever a file there changes: a set
 * that compiles and passes its {@link RuleSetTrial trial} is put live in {@link LoadedRules}; any
 * other is reported there and the previous one stays.
 */
@Singleton
public class RulesReloader {

    private static final Logger LOG = Logger.getLogger(RulesReloader.class);

    private final Path dir;
    private final boolean watch;
    private final Duration settle;
    private final Clock clock;
    private final RuleSetLoader loader;
    private final RuleSetTrial trial;
    private final LoadedRules loaded;
    private final RulesWatchStatus watchStatus;
    private RulesWatcher watcher;

    @Inject
    RulesReloader(AdvisorConfig config, Clock clock, RuleSetTrial trial, LoadedRules loaded, RulesWatchStatus watchStatus) {
        this(config.rules().dir(), config.rules().watch(), config.rules().settle(), clock,
                TrialVerdicts.remembering(trial, config.rules().cacheDir(), clock), loaded, watchStatus,
                new RuleSetLoader(clock, config.rules().cacheDir()));
    }

    RulesReloader(Path dir, boolean watch, Duration settle, Clock clock, RuleSetTrial trial, LoadedRules loaded) {
        this(dir, watch, settle, clock, trial, loaded, new RulesWatchStatus(), new RuleSetLoader(clock));
    }

    RulesReloader(Path dir, boolean watch, Duration settle, Clock clock, RuleSetTrial trial, LoadedRules loaded,
            RulesWatchStatus watchStatus, RuleSetLoader loader) {
        this.watchStatus = watchStatus;
        this.dir = dir;
        this.watch = watch;
        this.settle = settle;
        this.clock = clock;
        this.loader = loader;
        this.trial = trial;
        this.loaded = loaded;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            long start = System.nanoTime();
            RuleSet early = EarlyLoad.take(dir);
            RuleSet rules = early != null ? early : loader.load(dir);
            long compiled = System.nanoTime();
            RuleSetTrial.Outcome tried = tryOut(rules);
            loaded.goLive(rules, new ReloadReport(ReloadReport.Status.OK, clock.instant(), rules.version(), List.of(),
                    tried.warnings()), false);
            LOG.infof("Loaded %d rules from %s, version %s (%s; tried out in %d ms)", rules.rules().size(),
                    dir.toAbsolutePath(), rules.version(),
                    early != null ? "compiled while the service started, waited " + (compiled - start) / 1_000_000 + " ms for it"
                            : "compiled in " + (compiled - start) / 1_000_000 + " ms",
                    (System.nanoTime() - compiled) / 1_000_000);
        } catch (RuleLoadException e) {
            LOG.errorf("The rules in %s %s; the service cannot start:%n%s", dir.toAbsolutePath(), e.what(), lines(e));
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (!watch) {
            watchStatus.state(RulesWatchStatus.State.OFF, clock.instant());
        } else {
            watcher = RulesWatcher.start(dir, settle, clock, watchStatus, this::reload);
            LOG.infof("Watching %s: saved changes are picked up without a restart, and so is a new folder or link in its place",
                    dir.toAbsolutePath());
            // a save between the first compile and the watcher's start would otherwise go unseen
            try {
                if (!RuleSource.read(dir).version().equals(loaded.current().version())) {
                    reload();
                }
            } catch (RuleLoadException e) {
                reload();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Reads the folder again; swaps the new set in if it compiles, keeps the current one if not. */
    public synchronized ReloadReport reload() {
        RuleSet before = loaded.currentOrNull();
        ReloadReport report;
        long start = System.nanoTime();
        try {
            RuleSet rules = loader.load(dir);
            if (before != null && rules.version().equals(before.version())) {
                // the same rules, but the scenarios may have changed: the set in use must still pass them
                RuleSetTrial.Outcome tried = tryOut(before);
                report = new ReloadReport(ReloadReport.Status.UNCHANGED, clock.instant(), before.version(), List.of(),
                        tried.warnings());
            } else {
                long compiled = System.nanoTime();
                RuleSetTrial.Outcome tried = tryOut(rules);
                LOG.debugf("Compiled in %d ms, tried out in %d ms", (compiled - start) / 1_000_000,
                        (System.nanoTime() - compiled) / 1_000_000);
                report = new ReloadReport(ReloadReport.Status.OK, clock.instant(), rules.version(), List.of(),
                        tried.warnings());
                // from here on, requests get the new set
                loaded.goLive(rules, report, true);
                LOG.infof("Reloaded the rules from %s: version %s, %d rules, ready %d ms after the change was seen", dir, rules.version(),
                        rules.rules().size(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuleLoadException e) {
            String kept = before == null ? null : before.version();
            report = new ReloadReport(ReloadReport.Status.FAILED, clock.instant(), kept, e.problems());
            loaded.failed(report);
            LOG.errorf("The changed rules in %s %s; still answering with version %s:%n%s", dir, e.what(), kept, lines(e));
        }
        if (report.status() == ReloadReport.Status.UNCHANGED) {
            loaded.unchanged(report);
        }
        return report;
    }

    /** The set's trial; one that does not pass fails as a set that does not compile. */
    private RuleSetTrial.Outcome tryOut(RuleSet rules) throws RuleLoadException {
        RuleSetTrial.Outcome tried = trial.tryOut(rules, dir);
        if (!tried.errors().isEmpty()) {
            throw new RuleLoadException(tried.errors(), "compile but fail their trial");
        }
        if (!tried.warnings().isEmpty()) {
            LOG.warnf("The rules in %s go live although scenarios fail (advisor.rules.scenarios-must-pass is off):%n%s", dir,
                    tried.warnings().stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
        return tried;
    }

    private static String lines(RuleLoadException e) {
        return e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
