package com.followupadvisor.advice;

/** What kind of interview: after a screen comes another interview, not a decision. */
public enum Stage {
    SCREEN,
    INTERVIEW,
    FINAL
}
