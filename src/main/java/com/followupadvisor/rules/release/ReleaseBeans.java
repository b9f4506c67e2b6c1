package com.followupadvisor.rules.release;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.rules.engine.RuleSetLoader;

/** What {@link RulesReloader} is made of, from the service's settings. */
public class ReleaseBeans {

    @Produces
    @Singleton
    ReleaseSettings settings(AdvisorConfig config) {
        return new ReleaseSettings(config.rules().dir(), config.rules().watch(), config.rules().settle());
    }

    @Produces
    @Singleton
    RuleSetLoader loader(Clock clock) {
        return new RuleSetLoader(clock);
    }
}
