package com.followupadvisor.rules;

import java.time.Duration;

/** One evaluation ran past its time limit, most likely in an endless loop inside a rule. */
public class RuleTimeoutException extends RulesFailedException {

    public RuleTimeoutException(Duration limit, String rule) {
        super("The rules ran for more than " + limit.toMillis() + " ms on one state and were stopped; "
                + (rule == null ? "no rule had started firing" : "the rule running was \"" + rule + "\""));
    }
}
