package com.followupadvisor.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.followupadvisor.StateBuilder;

/** The real rules from {@code rules/}, compiled once for all engine tests, and a pinned clock. */
final class ShippedRules {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    static final RuleSet RULES = load();
    static final Advisor ADVISOR = new Advisor(CLOCK);

    private ShippedRules() {
    }

    private static RuleSet load() {
        try {
            return new RuleSetLoader(CLOCK).load(Path.of("rules"));
        } catch (RuleLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Answer advise(StateBuilder state) {
        return ADVISOR.advise(RULES, state.build());
    }
}
