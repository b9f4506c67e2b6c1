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
    NONE
}
