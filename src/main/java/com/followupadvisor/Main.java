package com.followupadvisor;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, compiling the rules alongside the framework's own start-up. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        com.followupadvisor.engine.Startup.compileRulesEarly();
        Quarkus.run(args);
    }
}
