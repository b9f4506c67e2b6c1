package com.followupadvisor.authoring;

import java.time.Clock;
import java.util.logging.Level;

import org.jboss.logmanager.LogContext;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@code ./check-rules [--rules DIR] [--against [DIR|TAG|COMMIT] [--population N] [--seed S]] [--accept]
 * [--allow-unexercised]}: the rule authors' check, from the command line. Exits 0 when the rules
 * compile, every scenario passes and every rule fires in a scenario (unless
 * {@code --allow-unexercised}), 1 otherwise, 2 on bad usage.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    /** Lets a rule that no scenario fires pass the check; it is still listed. */
    static final String ALLOW_UNEXERCISED = "--allow-unexercised";
    static final String ALLOW_UNEXERCISED_USAGE = "  " + ALLOW_UNEXERCISED
            + "  a rule no scenario fires is listed, but does not fail the check";

    public static void main(String[] args) {
        boolean allowUnexercised = java.util.Arrays.asList(args).contains(ALLOW_UNEXERCISED);
        args = java.util.Arrays.stream(args).filter(a -> !a.equals(ALLOW_UNEXERCISED)).toArray(String[]::new);
        // the service's own settings: its rules folder, default time zone and time limit
        AdvisorConfig config = settings();
        CheckOptions options;
        try {
            options = CheckOptions.parse(args, config.rules().dir());
        } catch (CheckOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(CheckOptions.USAGE);
            System.err.println(ALLOW_UNEXERCISED_USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.err.println(CheckOptions.USAGE);
            System.err.println(ALLOW_UNEXERCISED_USAGE);
            System.exit(0);
        }
        quietDroolsLogging();
        int status;
        try (EvaluationWatchdog watchdog = EvaluationWatchdog.start()) {
            Advisor advisor = new Advisor(Clock.systemDefaultZone(), config.rules().timeLimit(), watchdog);
            status = new RulesCheck(Clock.systemDefaultZone(), config.timezone(), advisor).allowUnexercised(allowUnexercised)
                    .run(options, System.out, System.err);
        }
        System.out.flush();
        System.exit(status);
    }

    /**
     * The compiler logs each failed build at length; the check prints the errors itself. Outside the
     * service nothing configures the log manager, whose loggers then default to every level: Drools
     * would format a trace message for each step of every evaluation, which made the impact on
     * generated states several times slower. So the check logs warnings only, and Drools nothing.
     */
    private static void quietDroolsLogging() {
        LogContext.getLogContext().getLogger("").setLevel(Level.WARNING);
        for (String name : new String[] {"org.drools", "org.kie"}) {
            java.util.logging.Logger.getLogger(name).setLevel(Level.OFF);
            LogContext.getLogContext().getLogger(name).setLevel(Level.OFF);
        }
    }

    /**
     * The service's settings, for a check that runs without the service: its
     * {@code application.properties} (and {@code config/application.properties}), overridden by system
     * properties and the environment, in the profile {@code quarkus.profile} names (prod unless told
     * otherwise), read with SmallRye Config, the library Quarkus's configuration is. The service itself
     * reads them through Quarkus.
     */
    private static AdvisorConfig settings() {
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        ClassLoader loader = CheckCommand.class.getClassLoader();
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .forClassLoader(loader)
                .addDefaultInterceptors()
                .addDefaultSources()
                .addDiscoveredConverters()
                // the ordinals Quarkus gives them: below system properties (400) and the environment (300)
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, loader))
                .withSources(PropertiesConfigSourceLoader.inFileSystem("config/application.properties", 260, loader))
                .withProfile(profile)
                .withMapping(AdvisorConfig.class)
                .build();
        return config.getConfigMapping(AdvisorConfig.class);
    }
}
