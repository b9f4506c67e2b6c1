package com.followupadvisor.authoring;

import java.time.Clock;
import java.util.logging.Level;

import org.jboss.logmanager.LogContext;

import com.followupadvisor.config.AdvisorConfig;



/**
 * {@code ./check-rules [--rules DIR] [--against DIR [--population N] [--seed S]]}: the rule
 * authors' check, from the command line. Exits 0 when the rules compile and every scenario passes,
 * 1 otherwise, 2 on bad usage.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    public static void main(String[] args) {
        // the service's own settings: its rules folder, default time zone and time limit
        AdvisorConfig config = AdvisorConfig.load();
        CheckOptions options;
        try {
            options = CheckOptions.parse(args, config.rules().dir());
        } catch (CheckOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(CheckOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.err.println(CheckOptions.USAGE);
            System.exit(0);
        }
        quietDroolsLogging();
        int status = new RulesCheck(Clock.systemDefaultZone(), config.timezone(), config.rules().timeLimit())
                .run(options, System.out);
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
}
