package com.followupadvisor.wording;

import com.followupadvisor.state.Channel;



















/** A message ready to adapt and send; {@code to} and {@code subject} may be null. */
public record Draft(Channel channel, String to, String subject, String body) {
}
