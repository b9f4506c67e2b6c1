package com.followupadvisor.advice;

/** Which recommendation is the one to do next: a rule inserts it (logically), the engine reads it. */
public record Next(Recommendation recommendation) {
}
