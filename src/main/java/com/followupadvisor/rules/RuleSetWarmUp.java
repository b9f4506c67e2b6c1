package com.followupadvisor.rules;

/**
 * What a newly compiled rule set does before it goes live: answers typical states, so that its
 * first caller does not pay for the engine's lazy set-up. The advising side supplies it, since
 * answering a state takes more than the rules (the plan, the drafts).
 */
public interface RuleSetWarmUp {

    void warmUp(RuleSet rules);
}
