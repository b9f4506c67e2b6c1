package com.followupadvisor.state;

/** How a message reaches the employer. */
public enum Channel {
    EMAIL,
    PHONE
}
