package com.followupadvisor.advice;

/** A person the candidate met at the interview; {@code email} and {@code title} may be null. */
public record Interviewer(String name, String email, String title) {
}
