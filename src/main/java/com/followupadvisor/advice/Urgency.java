package com.followupadvisor.advice;

/**
 * How urgent an action is, from {@code rules/urgency-order.txt}: rank 1 is the most urgent. The
 * engine puts one of these in every evaluation for each action code, so that rules can compare
 * actions by urgency without a list of their own.
 */
public record Urgency(ActionCode action, int rank) {
}
