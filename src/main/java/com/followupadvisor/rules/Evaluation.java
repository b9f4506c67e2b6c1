package com.followupadvisor.rules;

import java.util.List;

import com.followupadvisor.advice.Recommendation;


/** What one run of the rules produced: the recommendations, in the order the rules made them, and the rules that fired. */
public record Evaluation(List<Recommendation> recommendations, List<String> fired, List<Explanation> explanations) {

    public Recommendation next() {
        return recommendations.stream().filter(Recommendation::isNext).findFirst()
                .orElseThrow(() -> new NoNextActionException(fired));
    }
}
