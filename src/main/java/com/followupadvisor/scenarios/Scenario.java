package com.followupadvisor.scenarios;

import com.followupadvisor.state.ApplicationState;

/**
 * A named application state, with the moment it is seen from, and what the rules should answer;
 * {@code positions} locates each of its fields in its file.
 */
public record Scenario(String name, String file, String description, ApplicationState state, Expectation expect,
        JsonPositions positions) {

    /** Where a difference from the expectation ("next.dueBy: expected ...") points to in the file. */
    JsonPositions.Position positionOf(String difference) {
        int colon = difference.indexOf(": ");
        return positions.of(colon < 0 ? "expect" : "expect." + difference.substring(0, colon));
    }
}
