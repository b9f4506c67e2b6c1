package com.followupadvisor.wording;

import com.followupadvisor.advice.Channel;

/**
 * A message ready to adapt and send; {@code to} and {@code subject} may be null. {@code closingAt}
 * is where the letter's closing ({@code {closing}}) starts in {@code body}, or -1 without one: what
 * another action asks in the same message goes just before it.
 */
public record Draft(Channel channel, String to, Recipient recipient, String subject, String body, int closingAt) {

    /** A draft with no recipient details beyond {@code to}. */
    public Draft(Channel channel, String to, String subject, String body) {
        this(channel, to, null, subject, body, -1);
    }

    /**
     * This draft also saying {@code purpose}, a paragraph of its own before the closing (at the end
     * without one).
     */
    public Draft carrying(String purpose) {
        if (closingAt < 0) {
            return new Draft(channel, to, recipient, subject, body + "\n\n" + purpose, -1);
        }
        String paragraph = purpose + "\n\n";
        return new Draft(channel, to, recipient, subject, body.substring(0, closingAt) + paragraph + body.substring(closingAt),
                closingAt + paragraph.length());
    }

    /** Who the message is for, for software that sends it: a name, and the email or phone where known. */
    public record Recipient(String name, String email, String phone) {
    }
}
