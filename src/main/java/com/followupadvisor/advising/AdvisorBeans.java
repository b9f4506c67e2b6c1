package com.followupadvisor.advising;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.followupadvisor.config.AdvisorConfig;

import io.quarkus.runtime.Startup;

/** The service's advisor, on its clock and with its configured time limit. */
public class AdvisorBeans {

    // Made at start-up, so that a bad time limit stops the service there instead of failing requests.
    @Produces
    @Singleton
    @Startup
    Advisor advisor(Clock clock, AdvisorConfig config) {
        return new Advisor(clock, config.rules().timeLimit());
    }
}
