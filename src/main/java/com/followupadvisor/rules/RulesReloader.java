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
 * other is reported there and the previous one stays. With {@code advisor.rules.rehearse}, once
 * the service is up it also {@link #rehearse() rehearses} a reload in the background.
 */
@Singleton
public class RulesReloader {

    private static final Logger LOG = Logger.getLogger(RulesReloader.class);

    /**
     * How long after the rules go live at start-up the rehearsal waits: the framework finishes
     * starting and the first requests are answered without it (started at once, it put 0.14 s on
     * the first answer).
     */
    static final Duration REHEARSAL_DELAY = Duration.ofSeconds(1);

    private final Path dir;
    private final boolean watch;
    private final Duration settle;
    private final Clock clock;
    private final RuleSetLoader loader;
    private final RuleSetTrial trial;
    /** The trial itself, never skipped for a set tried before: what a rehearsal runs. */
    private final RuleSetTrial rehearsalTrial;
    private final boolean rehearse;
    private final LoadedRules loaded;
    private final RulesWatchStatus watchStatus;
    private RulesWatcher watcher;
    /** The thread that rehearses a reload after start-up, when there is one. */
    Thread rehearsal;

    @Inject
    RulesReloader(AdvisorConfig config, Clock clock, RuleSetTrial trial, LoadedRules loaded, RulesWatchStatus watchStatus) {
        this(config.rules().dir(), config.rules().watch(), config.rules().settle(), clock,
                TrialVerdicts.remembering(trial, config.rules().cacheDir(), clock), loaded, watchStatus,
                new RuleSetLoader(clock, config.rules().cacheDir()), trial, config.rules().rehearse());
    }

    RulesReloader(Path dir, boolean watch, Duration settle, Clock clock, RuleSetTrial trial, LoadedRules loaded) {
        this(dir, watch, settle, clock, trial, loaded, new RulesWatchStatus(), new RuleSetLoader(clock), trial, false);
    }

    /** {@code rehearse}: whether {@link #onStart} rehearses a reload once the rules are live (when watching). */
    RulesReloader(Path dir, boolean watch, Duration settle, Clock clock, RuleSetTrial trial, LoadedRules loaded,
            RulesWatchStatus watchStatus, RuleSetLoader loader, RuleSetTrial rehearsalTrial, boolean rehearse) {
        this.rehearsalTrial = rehearsalTrial;
        this.rehearse = rehearse;
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
            if (rehearse) {
                rehearsal = new Thread(() -> {
                    try {
                        Thread.sleep(REHEARSAL_DELAY.toMillis());
                    } catch (InterruptedException e) {
                        return; // stopping
                    }
                    rehearse();
                }, "rules-rehearsal");
                rehearsal.setDaemon(true);
                rehearsal.start();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
        if (rehearsal != null) {
            rehearsal.interrupt();
        }
    }

    /**
     * A reload played through and thrown away: compiles the folder again, without the
     * compiled-rules cache, and tries the copy as a new set is tried, but never puts it live nor
     * reports it. A start from the cache compiles nothing, so without it the first saved change
     * after a restart ran the compiler cold (2.8 to 3.1 s instead of 0.7 s here, under load)
     * and its answers ran code the JIT had compiled for one rule set's classes only (a deeper and
     * longer dip): see docs/performance.md, "Reloads after a restart". It holds the reload lock, so
     * a save meanwhile is picked up right after it; after a reload it has nothing left to do. Anything
     * that goes wrong only costs that head start, and is logged.
     */
    synchronized void rehearse() {
        if (loaded.reloads() + loaded.failedReloads() > 0) {
            LOG.debug("A reload ran before the rehearsal of one: not rehearsed");
            return;
        }
        long start = System.nanoTime();
        try {
            RuleSet copy = new RuleSetLoader(clock).load(dir);
            long compiled = System.nanoTime();
            RuleSetTrial.Outcome tried = rehearsalTrial.tryOut(copy, dir);
            LOG.infof("Rehearsed a reload of %s: compiled in %d ms, tried out in %d ms (%s; not put live)", dir,
                    (compiled - start) / 1_000_000, (System.nanoTime() - compiled) / 1_000_000,
                    tried.errors().isEmpty() ? "it would pass" : "it would fail");
        } catch (RuleLoadException e) {
            LOG.infof("Rehearsed a reload of %s: it would fail (%s); nothing changes", dir, e.getMessage());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // the service is stopping
            }
            LOG.infof("The rehearsal of a reload of %s failed (%s); nothing changes", dir, e.toString());
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
