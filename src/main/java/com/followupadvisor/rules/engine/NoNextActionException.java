package com.followupadvisor.rules.engine;

import java.util.List;

/** The rules ran but chose no next action: the rule set has a gap, not the request. */
public class NoNextActionException extends RulesFailedException {

    public NoNextActionException(List<String> fired) {
        super("The rules recommended no next action for this state (rules fired: " + fired + ")");
    }
}
