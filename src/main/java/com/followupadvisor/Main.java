package com.followupadvisor;



import com.followupadvisor.rules.EarlyLoad;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, compiling the rules alongside the framework's own start-up. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        EarlyLoad.start();
        Quarkus.run(args);
    }
}
