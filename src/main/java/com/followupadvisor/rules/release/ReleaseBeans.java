package com.followupadvisor.rules.release;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.scenarios.RuleSetTrial;
import com.followupadvisor.scenarios.ScenarioTrial;

/** What {@link RulesReloader} is made of, from the service's settings. */
public class ReleaseBeans {

    @Produces
    @Singleton
    ReleaseSettings settings(AdvisorConfig config) {
        return new ReleaseSettings(config.rules().dir(), config.rules().watch(), config.rules().settle(), config.rules().quiet());
    }

    @Produces
    @Singleton
    RuleSetLoader loader(Clock clock) {
        return new RuleSetLoader(clock);
    }

    /** A new set's trial: its folder's scenarios, with the service's default time zone and time limit. */
    @Produces
    @Singleton
    RuleSetTrial trial(Advisor advisor, AdvisorConfig config) {
        return new ScenarioTrial(advisor, config.timezone(), config.rules().scenariosMustPass());
    }
}
