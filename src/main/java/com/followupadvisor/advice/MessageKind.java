package com.followupadvisor.advice;

/** What the employer said. */
public enum MessageKind {
    STILL_DECIDING,
    QUESTION,
    INVITATION,
    RESCHEDULED,
    CANCELLED,
    ON_HOLD,
    ASSIGNMENT,
    OFFER,
    REJECTION
}
