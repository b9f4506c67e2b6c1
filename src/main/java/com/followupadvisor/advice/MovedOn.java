package com.followupadvisor.advice;

import java.time.LocalDate;

/**
 * The rules' word that the candidate has moved on: the follow-ups stayed unanswered and the date
 * to move on has come. The answer's status says MOVED_ON while it holds.
 */
@Means("The rules' word that the candidate has moved on; the answer's status says MOVED_ON while it holds.")
public final class MovedOn {

    private final LocalDate since;

    public MovedOn(LocalDate since) {
        this.since = since;
    }

    @Means("the date the candidate moved on")
    public LocalDate getSince() {
        return since;
    }

    @Override
    public String toString() {
        return "MovedOn[" + since + "]";
    }
}
