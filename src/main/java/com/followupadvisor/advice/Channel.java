package com.followupadvisor.advice;

/** How a message goes out. */
public enum Channel {
    EMAIL,
    PHONE
}
