package com.followupadvisor.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.followupadvisor.advice.Channel;

/** A message ready to adapt and send; {@code to} and {@code subject} may be null. */
@Schema(name = "Draft", description = "A message ready to adapt and send.")
public record Draft(
        @Schema(required = true) Channel channel,
        @Schema(description = "The recipient, \"Name <email>\" or a name; absent when no one was named.") String to,
        @Schema(description = "Email subject; absent for a phone script.") String subject,
        @Schema(required = true, description = "The text.") String body) {
}
