package com.followupadvisor.rules.engine;

import com.followupadvisor.rules.folder.Excerpt;

/**
 * The rules could not produce an answer for a state: they looped, ran out of time or chose no next
 * action. A fault in the rule set, not in the request; the message names the rules involved.
 */
public class RulesFailedException extends RuntimeException {

    public RulesFailedException(String message) {
        // logged for every request it fails: a rule's own exception message may be of any length
        super(Excerpt.of(message, Excerpt.MESSAGE));
    }
}
