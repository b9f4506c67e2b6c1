package com.followupadvisor.advice;

/** Where an application stands. */
public enum Outcome {
    PENDING,
    OFFER,
    ACCEPTED,
    REJECTED,
    WITHDRAWN
}
