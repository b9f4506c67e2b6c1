package com.followupadvisor;

import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.state.ApplicationState;

/**
 * The engine's fixture rules (src/test/resources/fixture-rules), compiled once: the rule set the
 * engine's mechanics are tested on, so that rule authors can change rules/ freely. Its advice: a
 * thank-you within 1 day; a follow-up 5 days after the interview, then another 7 days later (each
 * on its day or the next); moving on 7 days after the second.
 */
public final class FixtureRules {

    public static final RuleSet RULES = load();
    /** Interviewed on the 12th, the note sent, asked on the 24th: follow up (overdue, 17th-18th), again, then move on. */
    public static final ApplicationState TYPICAL = StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00")
            .thankYouSent("2026-11-12T18:00").interviewer("Dana Smith", "dana@acme.example", null).others(1, 1).build();

    /**
     * A trial that only answers {@link #TYPICAL}, for tests of reloading itself, whose edits the
     * scenarios' trial would keep out ({@code RuleSetTrialTest} tests the real one).
     */
    public static final com.followupadvisor.scenarios.RuleSetTrial WARM_UP_ONLY = (rules, folder) -> {
        ShippedRules.ADVISOR.advise(rules, TYPICAL);
        return com.followupadvisor.scenarios.RuleSetTrial.Outcome.passed();
    };

    private FixtureRules() {
    }

    private static RuleSet load() {
        try {
            return new RuleSetLoader(ShippedRules.CLOCK).load(RuleFiles.FIXTURE);
        } catch (RuleLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Answer advise(StateBuilder state) {
        return ShippedRules.ADVISOR.advise(RULES, state.build());
    }
}
