package com.followupadvisor.advice;

/** What a referrer is told of. */
public enum NewsKind {
    FIRST_INTERVIEW,
    ACCEPTED,
    DECLINED,
    WITHDREW,
    REJECTION
}
