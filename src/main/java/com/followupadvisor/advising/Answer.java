package com.followupadvisor.advising;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.followupadvisor.rules.engine.Explanation;

/**
 * The advice for one application state: what to do next, what else applies now, what comes later,
 * written in {@code language}, with where the application stands. {@code explanations} is null unless
 * asked for.
 */
public record Answer(
        LocalDateTime asOf,
        ZoneId zone,
        String language,
        AdvisedAction next,
        List<AdvisedAction> also,
        List<AdvisedAction> plan,
        String rulesVersion,
        List<String> fired,
        List<Explanation> explanations,
        String applicationId,
        Status status) {
}
