package com.followupadvisor.advice;

/** How a message reaches the employer. */
public enum Channel {
    EMAIL,
    PHONE
}
