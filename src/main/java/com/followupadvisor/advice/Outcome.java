package com.followupadvisor.advice;

/** Where the application stands, as its history says (moving on is the rules' to say). */
public enum Outcome {
    OPEN,
    ON_HOLD,
    OFFER,
    ACCEPTED,
    DECLINED,
    REJECTED,
    WITHDRAWN
}
