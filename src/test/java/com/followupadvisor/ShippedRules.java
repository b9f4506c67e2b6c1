package com.followupadvisor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;
import com.followupadvisor.state.ApplicationState;

/** The real rules from {@code rules/}, compiled once for all engine tests, and a pinned clock. */
public final class ShippedRules {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    public static final RuleSet RULES = load();
    /** The tests' time limit for one evaluation (the service's is a setting). */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    /** One watchdog for every test that evaluates rules outside the service, as the service has one. */
    public static final EvaluationWatchdog WATCHDOG = EvaluationWatchdog.start();
    public static final Advisor ADVISOR = new Advisor(CLOCK, TIME_LIMIT, WATCHDOG);
    /** A typical state: a timeline known, a note sent, a follow-up window and the plan after it. */
    public static final ApplicationState TYPICAL = StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00")
            .expectedBy("2026-11-19").thankYouSent("2026-11-12T18:00").interviewer("Dana Smith", "dana@acme.example", null)
            .others(1, 1).firstChoice().build();

    private ShippedRules() {
    }

    private static RuleSet load() {
        try {
            return new RuleSetLoader(CLOCK).load(Path.of("rules"));
        } catch (RuleLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Answer advise(StateBuilder state) {
        return ADVISOR.advise(RULES, state.build());
    }
}
