package com.followupadvisor.history;

/** What part a person plays in the process. */
public enum PersonRole {
    RECRUITER,
    HIRING_MANAGER,
    INTERVIEWER,
    /** Someone who referred the candidate: kept informed, never chased. */
    REFERRER
}
