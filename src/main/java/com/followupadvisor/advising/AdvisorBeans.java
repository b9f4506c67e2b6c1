package com.followupadvisor.advising;

import java.time.Clock;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;

import io.quarkus.runtime.Startup;

/** The service's advisor, on its clock and with its configured time limit, and the watchdog that enforces it. */
public class AdvisorBeans {

    // Made at start-up, so that a bad time limit stops the service there instead of failing requests.
    @Produces
    @Singleton
    @Startup
    Advisor advisor(Clock clock, AdvisorConfig config, EvaluationWatchdog watchdog) {
        return new Advisor(clock, config.rules().timeLimit(), watchdog);
    }

    /** Its thread runs from the service's start to its shutdown, when the framework disposes of it. */
    @Produces
    @Singleton
    EvaluationWatchdog watchdog() {
        return EvaluationWatchdog.start();
    }

    void stop(@Disposes EvaluationWatchdog watchdog) {
        watchdog.close();
    }
}
