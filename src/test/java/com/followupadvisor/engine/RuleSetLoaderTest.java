package com.followupadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {

    @Test
    void shippedRulesCompile() throws Exception {
        RuleSet rules;
        try {
            rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of(System.getProperty("rulesdir","rules")));
        } catch (RuleLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertThat(rules.rules()).isNotEmpty();
    }
}
