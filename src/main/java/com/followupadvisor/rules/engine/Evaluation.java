package com.followupadvisor.rules.engine;

import java.util.List;

import com.followupadvisor.advice.MovedOn;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.ReferenceDate;

/**
 * What one run of the rules produced: the recommendations, in the order the rules made them, the
 * one the rules chose to do next (null when they chose none), the reference date they worked out
 * and whether they found the candidate has moved on (each null when none), and the rules that fired.
 */
public record Evaluation(List<Recommendation> recommendations, Recommendation chosen, ReferenceDate referenceDate,
        MovedOn movedOn, List<String> fired, List<Explanation> explanations) {

    public Recommendation next() {
        if (chosen == null) {
            throw new NoNextActionException(fired);
        }
        return chosen;
    }
}
