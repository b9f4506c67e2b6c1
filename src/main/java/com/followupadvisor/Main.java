package com.followupadvisor;



import com.followupadvisor.api.FirstRequestWarmUp;
import com.followupadvisor.rules.EarlyLoad;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service, loading the rules, and answering a sample state with them, alongside the
 * framework's own start-up.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        EarlyLoad.start(FirstRequestWarmUp::answerSamples);
        Quarkus.run(args);
    }
}
