package com.followupadvisor.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The README's example, answered by the packaged jar. It names PackagedJarIT's test resource so that
 * one start of the jar serves both (the copy of the rules is the shipped set whenever this runs).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedJarIT.CopyOfRules.class)
class ReadmeExampleIT extends ReadmeExampleTest {
}
