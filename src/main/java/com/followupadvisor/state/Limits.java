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
    public static final int ROUNDS = 20;
    public static final int ADDRESS_AS = 100;
    public static final int TALKED_ABOUT = 300;
    public static final int PHONE = 40;
    public static final int CLOSED_DAYS = 60;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /** Contract 2.0's limits: the people, events, ids and texts of a history. */
    public static final int PEOPLE = 30;
    public static final int EVENTS = 200;
    public static final int PERSON_ID = 40;
    public static final int EVENT_ID = 100;
    public static final int NOTE = 1_000;
    public static final int RECIPIENTS = 30;
    public static final int ACTION_ID = 200;

    /** A person's id in contract 2.0: letters, digits, - and _. */
    public static final String PERSON_ID_PATTERN = "^[A-Za-z0-9_-]{1," + PERSON_ID + "}$";

    /** A language as the contract writes it: two small letters (ISO 639-1). */
    public static final String LANGUAGE = "^[a-z]{2}$";

    private static final String ONE_LINE_CHARACTER =
            "[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]";

    /**
     * One line of text ({@code JsonFields.line}): no control character (U+0000-U+001F,
     * U+007F-U+009F), no line or paragraph separator (U+2028, U+2029), no bidirectional
     * embedding, override or isolate (U+202A-U+202E, U+2066-U+2069). Written with backslash-u
     * escapes, which ECMAScript (the dialect of the OpenAPI document's patterns) and
     * java.util.regex both read, and which keep the document itself free of those characters.
     */
    public static final String ONE_LINE = "^" + ONE_LINE_CHARACTER + "*$";

    /** {@link #ONE_LINE}, and not only spaces. */
    public static final String ONE_LINE_NOT_BLANK = "^(?=.*\\S)" + ONE_LINE_CHARACTER + "*$";

    /** A phone number as people write one: digits, spaces and +()-./ */
    public static final String PHONE_NUMBER = "^[0-9 +()./-]+$";

    /** A holiday region: an ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision. */
    public static final String REGION = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$";

    /** A local date-time as the contract writes it: no offset, seconds and fractions optional. */
    public static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    private Limits() {
    }
}
