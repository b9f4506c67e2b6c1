package com.followupadvisor.engine;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;

/** The clock the service tells time by (tests replace it) and the advisor built on it, with its time limit. */
public class EngineBeans {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    // Made at start-up, so that a bad time limit stops the service there instead of failing requests.
    @Produces
    @Singleton
    @Startup
    Advisor advisor(Clock clock,
            @ConfigProperty(name = "advisor.rules.time-limit", defaultValue = "PT2S") Duration timeLimit) {
        return new Advisor(clock, timeLimit);
    }
}
