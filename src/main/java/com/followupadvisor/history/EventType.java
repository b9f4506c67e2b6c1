package com.followupadvisor.history;

import java.util.Set;

/**
 * The kinds of event a history holds, as contract 2.0 names them: whose they are, the fields each
 * takes besides {@code type}, {@code at}, {@code id} and {@code note}, and those it requires.
 */
public enum EventType {
    INTERVIEW(false, Set.of("round", "stage", "format", "interviewers", "timeline", "thankYouNotWanted"), Set.of()),
    THANK_YOU(false, Set.of("to"), Set.of()),
    FOLLOW_UP(false, Set.of("channel", "to"), Set.of("channel")),
    REPLIED(false, Set.of("to"), Set.of()),
    SUBMITTED(false, Set.of(), Set.of()),
    OTHER_OFFER(false, Set.of("answerBy"), Set.of("answerBy")),
    ACCEPTED(false, Set.of(), Set.of()),
    DECLINED(false, Set.of(), Set.of()),
    WITHDREW(false, Set.of(), Set.of()),
    REFERRER_UPDATED(false, Set.of("to"), Set.of()),
    DONE(false, Set.of("action"), Set.of("action")),
    STILL_DECIDING(true, Set.of("from", "expectedBy"), Set.of()),
    QUESTION(true, Set.of("from", "about"), Set.of()),
    INVITATION(true, Set.of("from", "round"), Set.of()),
    RESCHEDULED(true, Set.of("from", "newAt"), Set.of("newAt")),
    CANCELLED(true, Set.of("from"), Set.of()),
    ON_HOLD(true, Set.of("from"), Set.of()),
    ASSIGNMENT(true, Set.of("from", "due"), Set.of("due")),
    OFFER(true, Set.of("from", "answerBy"), Set.of()),
    REJECTION(true, Set.of("from"), Set.of());

    /** The fields every event takes. */
    public static final Set<String> COMMON = Set.of("type", "at", "id", "note");

    private final boolean employers;
    private final Set<String> fields;
    private final Set<String> required;

    EventType(boolean employers, Set<String> fields, Set<String> required) {
        this.employers = employers;
        this.fields = fields;
        this.required = required;
    }

    /** The employer's message, rather than something the candidate did. */
    public boolean isEmployers() {
        return employers;
    }

    /** The fields this type takes besides {@link #COMMON}. */
    public Set<String> fields() {
        return fields;
    }

    /** The fields of {@link #fields()} this type cannot do without. */
    public Set<String> required() {
        return required;
    }
}
