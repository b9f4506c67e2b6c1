package com.followupadvisor.rules.engine;

import java.util.Collection;

/** The rules kept firing on one state: a rule is re-triggering itself or another. */
public class RuleLoopException extends RulesFailedException {

    public RuleLoopException(int firings, Collection<String> fired) {
        super("The rules fired " + firings + " times on one state without settling; rules involved: " + fired);
    }
}
