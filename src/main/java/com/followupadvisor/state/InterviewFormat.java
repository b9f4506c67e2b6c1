package com.followupadvisor.state;

/** How an interview took place: drafts word it accordingly (one does not "meet" on a phone screen). */
public enum InterviewFormat {
    IN_PERSON,
    VIDEO,
    PHONE
}
