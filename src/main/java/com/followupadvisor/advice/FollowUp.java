package com.followupadvisor.advice;

import java.time.LocalDateTime;

/** A follow-up the candidate already made. */
public record FollowUp(LocalDateTime at, Channel channel) {
}
