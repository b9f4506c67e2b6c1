package com.followupadvisor.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.state.Regions;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops the start-up when {@code advisor.holidays.region} names a region whose holidays are not
 * known: a typing slip in the configuration must not wait for the first request to surface.
 */
@ApplicationScoped
class ConfiguredRegionCheck {

    void onStart(@Observes StartupEvent event, AdvisorConfig config) {
        config.holidays().region().ifPresent(region -> {
            if (!Regions.known(region)) {
                throw new IllegalStateException("advisor.holidays.region must be a country whose public holidays are "
                        + "known, optionally with - and a subdivision (DE, DE-BY, US-NY); it is \"" + region + "\"");
            }
        });
    }
}
