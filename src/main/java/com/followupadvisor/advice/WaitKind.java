package com.followupadvisor.advice;

/** What starts a wait for the employer's answer. */
public enum WaitKind {
    INTERVIEW,
    STILL_DECIDING,
    SUBMITTED,
    REPLIED
}
