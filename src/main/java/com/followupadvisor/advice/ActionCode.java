package com.followupadvisor.advice;

/** The actions the rules can recommend; the public contract fixes these codes. */
public enum ActionCode {
    ASK_FOR_TIMELINE,
    SEND_THANK_YOU,
    WAIT,
    FOLLOW_UP,
    MOVE_ON,
    REPLY,
    KEEP_SEARCHING,
    NONE;

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
}
