package com.followupadvisor.api;

import java.util.List;

import com.followupadvisor.engine.AdvisedAction;

/** The body of a 200 from {@code POST /api/v1/next-action}, as the contract names it. */
public record NextActionResponse(
        String asOf,
        String timezone,
        AdvisedAction next,
        List<AdvisedAction> also,
        List<AdvisedAction> plan,
        Rules rules) {

    /** Which rule set answered, and which of its rules fired. */
    public record Rules(String version, List<String> fired) {
    }
}
