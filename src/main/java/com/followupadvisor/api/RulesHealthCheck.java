package com.followupadvisor.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.followupadvisor.rules.LoadedRules;
import com.followupadvisor.rules.ReloadReport;
import com.followupadvisor.rules.RuleProblem;




/**
 * The rules' part of {@code /q/health}: up while a rule set is loaded, which is always once the
 * service has started. A failed reload leaves it up (the last good set still answers) but says
 * so: when, and why.
 */
@Readiness
@ApplicationScoped
public class RulesHealthCheck implements HealthCheck {

    private final LoadedRules loaded;

    RulesHealthCheck(LoadedRules loaded) {
        this.loaded = loaded;
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
        if (report.status() == ReloadReport.Status.FAILED) {
            int i = 1;
            for (RuleProblem problem : report.errors()) {
                health.withData("error" + i++, problem.toString());
            }
        }
        return health.build();
    }
}
