package com.followupadvisor.advice;

/**
 * A fact an action can be about (an interview, an employer's message, a competing offer, news for
 * a referrer): its number names the step ({@code reply-3}), and its reference tells the service
 * whom the drafts go to; the rules see neither names nor addresses.
 */
public interface Subject {

    /** Which one it is of its kind, from 1: the round of an interview, the place of a message. */
    int getNumber();

    /** The service's own reference to it, to find the people concerned. */
    String getRef();
}
