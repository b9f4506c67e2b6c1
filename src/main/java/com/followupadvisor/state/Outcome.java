package com.followupadvisor.state;

/** Where an application stands. */
public enum Outcome {
    PENDING,
    OFFER,
    ACCEPTED,
    REJECTED,
    WITHDRAWN
}
