package com.followupadvisor.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service on the shipped rules/, for the few tests about the shipped service as a whole (the
 * README's example); every other test of the service runs on the fixture rules, and the shipped
 * advice is tested by rules/scenarios/.
 */
public class ShippedRulesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("advisor.rules.dir", "rules", "advisor.rules.watch", "false");
    }
}
