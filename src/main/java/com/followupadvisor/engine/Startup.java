package com.followupadvisor.engine;

/** What the service's main method may start before the framework is up. */
public final class Startup {

    private Startup() {
    }

    public static void compileRulesEarly() {
        EarlyLoad.start();
    }
}
