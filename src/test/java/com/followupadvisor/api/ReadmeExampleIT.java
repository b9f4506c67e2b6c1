package com.followupadvisor.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.followupadvisor.RuleFiles;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The README's example, answered by the packaged jar on a copy of the shipped rules. */
@QuarkusIntegrationTest
@WithTestResource(ReadmeExampleIT.CopyOfShippedRules.class)
class ReadmeExampleIT extends ReadmeExample {

    static final Path DIR = Path.of("target", "it-shipped-rules").toAbsolutePath();

    /** Copies the shipped rules/ before the jar starts, and starts the jar on the copy. */
    public static class CopyOfShippedRules implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                RuleFiles.copyShippedRulesTo(DIR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("advisor.rules.dir", DIR.toString());
        }

        @Override
        public void stop() {
            // the copy stays in target/, to look at after a failure
        }
    }
}
