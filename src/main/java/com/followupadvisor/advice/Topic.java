package com.followupadvisor.advice;

/** What the employer asked about. */
public enum Topic {
    AVAILABILITY,
    REFERENCES,
    DOCUMENTS,
    SALARY,
    OTHER
}
