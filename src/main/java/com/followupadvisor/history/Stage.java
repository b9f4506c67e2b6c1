package com.followupadvisor.history;

/** What kind of interview: a screen leads to another interview, not to a decision. */
public enum Stage {
    SCREEN,
    INTERVIEW,
    FINAL
}
