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

    AdviceMetrics(MeterRegistry registry, LoadedRules rules) {
        this.registry = registry;
        this.latency = Timer.builder("advisor.evaluation").description("Time to answer one application state")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.evaluations = registry.counter("advisor.evaluations");
        FunctionCounter.builder("advisor.rules.reloads", rules, LoadedRules::reloads)
                .description("Reloads that swapped in a new rule set").register(registry);
        FunctionCounter.builder("advisor.rules.reloads.failed", rules, LoadedRules::failedReloads)
                .description("Reloads that failed and kept the previous rule set").register(registry);
    }

    /** Counts one answer given by {@code rules}, which took {@code nanos}. */
    void record(RuleSet rules, Answer answer, long nanos) {
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
