package com.followupadvisor.history;

/** What the employer asked about. */
public enum QuestionTopic {
    AVAILABILITY,
    REFERENCES,
    DOCUMENTS,
    SALARY,
    OTHER
}
