package com.followupadvisor.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.rules.release.LoadedRules;
import com.followupadvisor.rules.release.ReloadReport;
import com.followupadvisor.rules.release.RulesWatchStatus;

/**
 * The rules' part of {@code /q/health}: up while a rule set is loaded, which is always once the
 * service has started (it does not start without one). A failed reload leaves it up (the last good
 * set still answers) but says so: when, and why. So does a watcher that lost the rules folder:
 * {@code watcher} is FOLDER_MISSING and {@code watcherEvent} says what happened, while the last
 * good set answers on. No text names an absolute path ({@link PublicPaths}).
 */
@Readiness
@ApplicationScoped
public class RulesHealthCheck implements HealthCheck {

    private final LoadedRules loaded;
    private final RulesWatchStatus watch;
    private final PublicPaths paths;

    RulesHealthCheck(LoadedRules loaded, RulesWatchStatus watch, PublicPaths paths) {
        this.loaded = loaded;
        this.watch = watch;
        this.paths = paths;
    }

    @Override
    public HealthCheckResponse call() {
        ReloadReport report = loaded.lastReload();
        if (report == null) {
            return HealthCheckResponse.named("rules").down().withData("state", "loading").build();
        }
        HealthCheckResponseBuilder health = HealthCheckResponse.named("rules").up()
                .withData("version", loaded.current().version())
                .withData("loadedAt", loaded.current().loadedAt().toString())
                .withData("lastReload", report.status().name())
                .withData("lastReloadAt", report.at().toString());
        RulesWatchStatus.Snapshot watcher = watch.now();
        health.withData("watcher", watcher.state().name());
        if (watcher.since() != null) {
            health.withData("watcherSince", watcher.since().toString());
        }
        if (watcher.event() != null) {
            health.withData("watcherEvent", paths.hide(watcher.event()))
                    .withData("watcherEventAt", watcher.eventAt().toString());
        }
        if (report.status() == ReloadReport.Status.FAILED) {
            int i = 1;
            for (RuleProblem problem : report.errors()) {
                health.withData("error" + i++, paths.hide(problem.toString()));
            }
        }
        int w = 1;
        for (RuleProblem problem : report.warnings()) {
            health.withData("warning" + w++, paths.hide(problem.toString()));
        }
        return health.build();
    }
}
