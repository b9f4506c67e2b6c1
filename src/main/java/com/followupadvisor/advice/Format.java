package com.followupadvisor.advice;

/** How an interview took place. */
public enum Format {
    IN_PERSON,
    VIDEO,
    PHONE
}
