package com.followupadvisor;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility, set up for waiting in tests for what a background thread does (a reload, the
 * watcher, a log line): looked at at once and then every 10 ms, in the test's own thread, for 30 s
 * at most. 30 s is long enough for a reload on a loaded 2-core machine; a test that hits it has
 * failed, and Awaitility says which condition it gave up on.
 */
public final class Waits {

    /** How long any wait here may take before the test fails. */
    public static final Duration AT_MOST = Duration.ofSeconds(30);

    private Waits() {
    }

    /** {@code eventually("the reload is seen").until(() -> ...)}: waits until the condition holds, or fails naming it. */
    public static ConditionFactory eventually(String what) {
        return Awaitility.await(what).atMost(AT_MOST).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .pollInSameThread();
    }
}
