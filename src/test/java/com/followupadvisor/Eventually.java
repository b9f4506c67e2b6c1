package com.followupadvisor;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting in tests for what a background thread does (a reload, a watcher), with a bound. */
public final class Eventually {

    /** Long enough for a reload on a loaded 2-core machine; a test that hits it has failed. */
    private static final long SECONDS = 30;

    private Eventually() {
    }

    /** Waits until {@code condition} holds, or fails saying what did not happen. */
    public static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
