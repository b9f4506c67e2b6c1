package com.followupadvisor.answers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.release.LoadedRules;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the service reports at {@code /q/metrics} (Prometheus): evaluations and their latency,
 * actions recommended by code, fires per rule, and reloads; and each rule set's own usage counts,
 * which the catalogue shows. Counts only: nothing personal.
 */
@Singleton
public class AdviceMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter evaluations;
    private final Map<String, Counter> actionCounters = new ConcurrentHashMap<>();
    private final Map<String, Counter> fires = new ConcurrentHashMap<>();
    private final Map<String, Gauge> versions = new ConcurrentHashMap<>();
    private final LoadedRules rules;

    AdviceMetrics(MeterRegistry registry, LoadedRules rules) {
        this.registry = registry;
        this.latency = Timer.builder("advisor.evaluation").description("Time to answer one application state")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.evaluations = registry.counter("advisor.evaluations");
        FunctionCounter.builder("advisor.rules.reloads", rules, LoadedRules::reloads)
                .description("Reloads that swapped in a new rule set").register(registry);
        FunctionCounter.builder("advisor.rules.reloads.failed", rules, LoadedRules::failedReloads)
                .description("Reloads that failed and kept the previous rule set").register(registry);
        this.rules = rules;
        Gauge.builder("advisor.rules.loaded", rules, r -> {
            RuleSet set = r.currentOrNull();
            if (set == null) {
                return Double.NaN;
            }
            versionSeen(set.version()); // the new set's info appears by the next scrape, answers or not
            return set.loadedAt().toEpochMilli() / 1000.0;
        }).description("When the rule set in use went live (seconds since the epoch)").baseUnit("seconds").register(registry);
    }

    /**
     * advisor_rules_info{version="..."}: 1 for the version in use, 0 for one used before. Replicas
     * that disagree show as more than one version at 1 across the fleet.
     */
    private void versionSeen(String version) {
        versions.computeIfAbsent(version, v -> Gauge.builder("advisor.rules.info", rules, r -> {
            RuleSet set = r.currentOrNull();
            return set != null && set.version().equals(v) ? 1 : 0;
        }).description("The version of the rule set in use (1) and of those used before (0)").tag("version", v)
                .register(registry));
    }

    /** Counts one answer given by {@code rules}, which took {@code nanos}. */
    void record(RuleSet rules, Answer answer, long nanos) {
        if (!versions.containsKey(rules.version())) {
            versionSeen(rules.version());
        }
        rules.usage().count(answer.fired());
        latency.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        evaluations.increment();
        count("next", List.of(answer.next()));
        count("also", answer.also());
        count("plan", answer.plan());
        for (String rule : answer.fired()) {
            fires.computeIfAbsent(rule, r -> registry.counter("advisor.rule.fires", "rule", r)).increment();
        }
    }

    private void count(String place, List<AdvisedAction> actions) {
        for (AdvisedAction action : actions) {
            // looked up once per (action, place): building meter ids on every request showed in profiles
            actionCounters.computeIfAbsent(action.action().name() + "|" + place,
                    key -> registry.counter("advisor.actions", "action", action.action().name(), "place", place))
                    .increment();
        }
    }
}
