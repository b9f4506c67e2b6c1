package com.followupadvisor.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the service's system clock in every @QuarkusTest: it is always 2026-11-24T08:00Z. */
public class PinnedClock {

    public static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
