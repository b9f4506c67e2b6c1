package com.followupadvisor.advice;

import java.util.Locale;

/** The actions the rules can recommend; the public contract fixes these codes. */
public enum ActionCode {
    ASK_FOR_TIMELINE,
    SEND_THANK_YOU,
    WAIT,
    FOLLOW_UP,
    MOVE_ON,
    REPLY,
    KEEP_SEARCHING,
    NONE,
    ANSWER_OFFER,
    ASK_TO_EXPEDITE,
    UPDATE_REFERRER,
    SUBMIT_ASSIGNMENT,
    WITHDRAW_ELSEWHERE;

    /**
     * Whether the action is something to do on a day (every code but WAIT, KEEP_SEARCHING and
     * NONE, as the contract has it): a step of the plan, an event of the calendar.
     */
    public boolean isSomethingToDo() {
        return this != WAIT && this != KEEP_SEARCHING && this != NONE;
    }

    /**
     * Whether this action comes before {@code other} in {@code order}; in a condition,
     * {@code Recommendation( action.isMoreUrgentThan($other, $order) )}.
     */
    public boolean isMoreUrgentThan(ActionCode other, UrgencyOrder order) {
        return order.isMoreUrgent(this, other);
    }

    /** The action's part of a step's id: {@code follow-up}, {@code thank-you}, {@code ask-to-expedite}. */
    public String stepName() {
        return this == SEND_THANK_YOU ? "thank-you" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
