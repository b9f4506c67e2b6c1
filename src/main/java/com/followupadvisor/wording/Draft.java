package com.followupadvisor.wording;

import com.followupadvisor.advice.Channel;

/** A message ready to adapt and send; {@code to} and {@code subject} may be null. */
public record Draft(Channel channel, String to, Recipient recipient, String subject, String body) {

    /** A draft with no recipient details beyond {@code to}. */
    public Draft(Channel channel, String to, String subject, String body) {
        this(channel, to, null, subject, body);
    }

    /** Who the message is for, for software that sends it: a name, and the email or phone where known. */
    public record Recipient(String name, String email, String phone) {
    }
}
