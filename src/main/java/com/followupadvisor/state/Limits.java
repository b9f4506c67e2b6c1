package com.followupadvisor.state;

/**
 * The contract's limits on an application state, enforced by {@link StateReader} and published in
 * the OpenAPI document from the same constants.
 */
public final class Limits {

    public static final int TEXT = 200;
    public static final int EMAIL = 254;
    public static final int INTERVIEWERS = 20;
    public static final int FOLLOW_UPS = 50;
    public static final int ACTIVE_APPLICATIONS = 10_000;
    public static final int UPCOMING_INTERVIEWS = 1_000;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /** A language as the contract writes it: two small letters (ISO 639-1). */
    public static final String LANGUAGE = "^[a-z]{2}$";

    /** A local date-time as the contract writes it: no offset, seconds and fractions optional. */
    public static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    private Limits() {
    }
}
