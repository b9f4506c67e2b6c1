package com.followupadvisor.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;

/**
 * The service's settings ({@code advisor.*}). Each one's default is written once, in
 * {@code application.properties}, with what it means; a key missing there fails start-up.
 */
@ConfigMapping(prefix = "advisor")
public interface AdvisorConfig {

    Rules rules();

    /** The time zone used when a request names none. */
    ZoneId timezone();

    Holidays holidays();

    Http http();

    Answers answers();

    /** Where answers are worked out: off the event loops, on a bounded pool. */
    interface Answers {

        /** How many answers are worked out at once; none: as many as the machine has cores. */
        java.util.Optional<Integer> threads();

        /** How many requests may wait for a thread; past it a request gets a 503. */
        int queue();

        /** How many batches are answered at once; none: as many as there are threads. */
        java.util.Optional<Integer> batches();
    }

    interface Http {

        /** How long a request body may take to arrive, counted from the end of the request's head. */
        Duration bodyDeadline();

        /**
         * How many bytes of request bodies the service holds at once, over all requests; none: a
         * quarter of the JVM's largest heap.
         */
        java.util.Optional<io.quarkus.runtime.configuration.MemorySize> bodyMemory();
    }

    interface Holidays {

        /**
         * Whose public holidays count as days off when a request names no {@code holidays.region}
         * (a country, optionally with a subdivision: DE, DE-BY, US-NY); none: weekends only.
         */
        java.util.Optional<String> region();
    }

    interface Rules {

        /** The rules folder, relative to the working directory. */
        Path dir();

        /** Pick up saved changes without a restart. */
        boolean watch();

        /** How long the folder must be quiet before a reload. */
        Duration settle();

        /**
         * How long the folder must stay quiet after a change before a set that fails is reported:
         * a rule saved a moment before its texts is not an error yet.
         */
        Duration quiet();

        /** How long one evaluation of the rules may run before it is stopped. */
        Duration timeLimit();

        /**
         * Whether a new rule set goes live only when every scenario of its folder gets what it
         * expects; off, a failed scenario is a warning (a set that fails or loops never goes live).
         */
        boolean scenariosMustPass();
    }
}
