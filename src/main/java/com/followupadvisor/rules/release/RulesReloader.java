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
                    tried.warnings(), tried.unexercised()), false);
            LOG.infof("Loaded %d rules from %s, version %s (compiled in %d ms, tried out in %d ms)", rules.rules().size(),
                    dir.toAbsolutePath(), rules.version(), (compiled - start) / 1_000_000, (System.nanoTime() - compiled) / 1_000_000);
        } catch (RuleLoadException e) {
            LOG.errorf("The rules in %s %s; the service cannot start:%n%s", dir.toAbsolutePath(), e.what(), lines(e));
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (!settings.watch()) {
            watchStatus.state(RulesWatchStatus.State.OFF, clock.instant());
        } else {
            watcher = RulesWatcher.start(dir, settings.settle(), clock, watchStatus, this::folderChanged);
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

    /** Reads the folder again; swaps the new set in if it compiles, keeps the current one if not, and says so at once. */
    public ReloadReport reload() {
        return reload(-1);
    }

    /**
     * The watcher's call, once a change has settled. A set that fails is not reported yet: a rule
     * saved a moment before the texts it names, or one file of several, fails until the rest is
     * saved. Its failure is reported only once the folder has been quiet for
     * {@code advisor.rules.quiet} after the change; a save before then is tried afresh instead.
     */
    void folderChanged() {
        reload(watcher == null ? -1 : watcher.changesSeen());
    }

    /** {@code changesSeen}: the watcher's count of changes this reload reads; -1: report a failure at once. */
    private synchronized ReloadReport reload(long changesSeen) {
        RuleSet before = loaded.currentOrNull();
        ReloadReport report;
        long start = System.nanoTime();
        try {
            RuleSet rules = loader.load(dir);
            if (before != null && rules.version().equals(before.version())) {
                // the same rules, but the scenarios may have changed: the set in use must still pass them
                RuleSetTrial.Outcome tried = tryOut(before);
                report = new ReloadReport(ReloadReport.Status.UNCHANGED, clock.instant(), before.version(), List.of(),
                        tried.warnings(), tried.unexercised());
            } else {
                long compiled = System.nanoTime();
                RuleSetTrial.Outcome tried = tryOut(rules);
                LOG.debugf("Compiled in %d ms, tried out in %d ms", (compiled - start) / 1_000_000,
                        (System.nanoTime() - compiled) / 1_000_000);
                report = new ReloadReport(ReloadReport.Status.OK, clock.instant(), rules.version(), List.of(),
                        tried.warnings(), tried.unexercised());
                // from here on, requests get the new set
                loaded.goLive(rules, report, true);
                LOG.infof("Reloaded the rules from %s: version %s, %d rules, ready %d ms after the change was seen", dir, rules.version(),
                        rules.rules().size(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuleLoadException e) {
            if (changesSeen >= 0 && !settings.quiet().isZero() && !settings.quiet().isNegative()) {
                LOG.debugf("The changed rules in %s %s; waiting until the folder is quiet for %d ms before saying so", dir,
                        e.what(), settings.quiet().toMillis());
                watcher.after(settings.quiet(), () -> failedIfStillQuiet(changesSeen, e));
                return null;
            }
            report = failed(e);
        }
        if (report.status() == ReloadReport.Status.UNCHANGED) {
            loaded.unchanged(report);
        }
        return report;
    }

    private ReloadReport failed(RuleLoadException e) {
        RuleSet before = loaded.currentOrNull();
        String kept = before == null ? null : before.version();
        ReloadReport report = new ReloadReport(ReloadReport.Status.FAILED, clock.instant(), kept, e.problems(), List.of(),
                loaded.lastReload() == null ? List.of() : loaded.lastReload().unexercised());
        loaded.failed(report);
        LOG.warnf("The changed rules in %s %s; still answering with version %s:%n%s", dir, e.what(), kept, lines(e));
        return report;
    }

    /** Reports the failure of the reload that read {@code changesSeen} changes, unless the folder changed since. */
    private synchronized void failedIfStillQuiet(long changesSeen, RuleLoadException e) {
        if (watcher != null && watcher.changesSeen() == changesSeen) {
            failed(e);
        }
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
        if (!tried.unexercised().isEmpty()) {
            LOG.warnf("The rules in %s go live with %d rules that no scenario fires; add a scenario for each:%n%s", dir,
                    tried.unexercised().size(), tried.unexercised().stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
        return tried;
    }

    private static String lines(RuleLoadException e) {
        return e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
