package com.followupadvisor.rules.engine;

import java.time.Duration;

import com.followupadvisor.rules.sandbox.EvaluationWatchdog;

/**
 * One evaluation ran past its time limit, most likely in an endless loop inside a rule, or
 * allocated past its memory limit; the message says where in the rules it was stopped.
 */
public class RuleTimeoutException extends RulesFailedException {

    RuleTimeoutException(Duration limit, String where) {
        super("The rules ran for more than " + limit.toMillis() + " ms on one state and were stopped " + where);
    }

    RuleTimeoutException(long memoryLimit, String where) {
        super("The rules allocated more than " + memoryLimit / (1024 * 1024) + " MiB on one state and were stopped " + where);
    }

    static RuleTimeoutException of(EvaluationWatchdog.Ticket ticket, Duration limit) {
        return ticket.overrun() == EvaluationWatchdog.Overrun.MEMORY ? new RuleTimeoutException(RuleSet.MAX_ALLOCATED_BYTES, ticket.where())
                : new RuleTimeoutException(limit, ticket.where());
    }
}
