package com.followupadvisor.scenarios;

import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.state.ApplicationState;

/**
 * A named application, with the moment it is seen from, and what the rules should answer: either a
 * contract 1.1 {@code state} (answered as {@code /api/v1} answers) or a contract 2.0
 * {@code request} (answered as {@code /api/v2} answers), the other null; {@code positions} locates
 * each of its fields in its file.
 */
public record Scenario(String name, String file, String description, ApplicationState state, ApplicationHistory request,
        Expectation expect, JsonPositions positions) {

    /** A contract 1.1 scenario. */
    public Scenario(String name, String file, String description, ApplicationState state, Expectation expect,
            JsonPositions positions) {
        this(name, file, description, state, null, expect, positions);
    }

    /** Where a difference from the expectation ("next.dueBy: expected ...") points to in the file. */
    JsonPositions.Position positionOf(String difference) {
        int colon = difference.indexOf(": ");
        return positions.of(colon < 0 ? "expect" : "expect." + difference.substring(0, colon));
    }
}
