package com.followupadvisor.authoring;

import com.followupadvisor.state.ApplicationState;





















/** A named application state, with the moment it is seen from, and what the rules should answer. */
record Scenario(String name, String file, String description, ApplicationState state, Expectation expect) {
}
