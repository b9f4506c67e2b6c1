package com.followupadvisor.engine;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The clock the service tells time by (tests replace it) and the advisor built on it. */
public class EngineBeans {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Advisor advisor(Clock clock) {
        return new Advisor(clock);
    }
}
