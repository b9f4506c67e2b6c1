package com.followupadvisor.rules.release;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleSource;
import com.followupadvisor.scenarios.RuleSetTrial;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the rules from {@code advisor.rules.dir} at start-up (the service does not start on rules
 * that do not compile or fail their trial), then reloads them whenever a file there changes: a set
 * that compiles and passes its {@link RuleSetTrial trial} is put live in {@link LoadedRules}; any
 * other is reported there and the previous one stays. The watcher's thread is started on
 * Quarkus's start-up event and stopped on its shutdown event.
 */
@Singleton
public class RulesReloader {

    private static final Logger LOG = Logger.getLogger(RulesReloader.class);

    private final ReleaseSettings settings;
    private final Path dir;
    private final Clock clock;
    private final RuleSetLoader loader;
    private final RuleSetTrial trial;
    private final LoadedRules loaded;
    private final RulesWatchStatus watchStatus;
    private RulesWatcher watcher;

    @Inject
    public RulesReloader(ReleaseSettings settings, Clock clock, RuleSetLoader loader, RuleSetTrial trial, LoadedRules loaded,
            RulesWatchStatus watchStatus) {
        this.settings = settings;
        this.dir = settings.dir();
        this.clock = clock;
        this.loader = loader;
        this.trial = trial;
        this.loaded = loaded;
        this.watchStatus = watchStatus;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            long start = System.nanoTime();
            RuleSet rules = loader.load(dir);
            long compiled = System.nanoTime();
            RuleSetTrial.Outcome tried = tryOut(rules);
            loaded.goLive(rules, new ReloadReport(ReloadReport.Status.OK, clock.instant(), rules.version(), List.of(),
                    tried.warnings()), false);
            LOG.infof("Loaded %d rules from %s, version %s (compiled in %d ms, tried out in %d ms)", rules.rules().size(),
                    dir.toAbsolutePath(), rules.version(), (compiled - start) / 1_000_000, (System.nanoTime() - compiled) / 1_000_000);
        } catch (RuleLoadException e) {
            LOG.errorf("The rules in %s %s; the service cannot start:%n%s", dir.toAbsolutePath(), e.what(), lines(e));
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (!settings.watch()) {
            watchStatus.state(RulesWatchStatus.State.OFF, clock.instant());
        } else {
            watcher = RulesWatcher.start(dir, settings.settle(), clock, watchStatus, this::reload);
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
            LOG.warnf("The changed rules in %s %s; still answering with version %s:%n%s", dir, e.what(), kept, lines(e));
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
