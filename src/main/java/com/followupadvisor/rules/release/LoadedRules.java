package com.followupadvisor.rules.release;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RulesFailedException;

/**
 * The rule set the service answers with now, and what the latest reload did. A new set is swapped
 * in atomically ({@link RulesReloader} does that), so a request that holds on to the set it
 * started with answers with one set throughout.
 */
@Singleton
public class LoadedRules {

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile ReloadReport lastReload;
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong failedReloads = new AtomicLong();

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

    public RuleSet currentOrNull() {
        return current.get();
    }

    void goLive(RuleSet rules, ReloadReport report, boolean reload) {
        current.set(rules);
        lastReload = report;
        if (reload) {
            reloads.incrementAndGet();
        }
    }

    void failed(ReloadReport report) {
        failedReloads.incrementAndGet();
        lastReload = report;
    }

    void unchanged(ReloadReport report) {
        lastReload = report;
    }
}
