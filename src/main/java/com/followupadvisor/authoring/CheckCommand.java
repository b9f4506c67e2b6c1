package com.followupadvisor.authoring;

import java.nio.file.Path;
import java.time.Clock;

import com.followupadvisor.config.AdvisorConfig;



/**
 * {@code ./check-rules [--rules DIR] [--against DIR]}: the rule authors' check, from the command
 * line. Exits 0 when the rules compile and every scenario passes, 1 otherwise, 2 on bad usage.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    public static void main(String[] args) {
        // the service's own settings: its rules folder, default time zone and time limit
        AdvisorConfig config = AdvisorConfig.load();
        Path rules = config.rules().dir();
        Path against = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> rules = Path.of(value(args, ++i));
                case "--against" -> against = Path.of(value(args, ++i));
                case "-h", "--help" -> {
                    usage();
                    System.exit(0);
                }
                default -> {
                    System.err.println("Unknown option: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        quietDroolsLogging();
        int status = new RulesCheck(Clock.systemDefaultZone(), config.timezone(), config.rules().timeLimit()).run(rules, against, System.out);
        System.out.flush();
        System.exit(status);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage();
            System.exit(2);
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("""
                Usage: ./check-rules [--rules DIR] [--against DIR]
                  --rules DIR     the rules to check (default: advisor.rules.dir, rules)
                  --against DIR   another copy of the rules (say, a worktree of the last release):
                                  list every scenario whose recommendation differs between the two""");
    }

    /** The compiler logs each failed build at length; the check prints the errors itself. */
    private static void quietDroolsLogging() {
        for (String name : new String[] {"org.drools", "org.kie"}) {
            java.util.logging.Logger.getLogger(name).setLevel(java.util.logging.Level.OFF);
        }
    }
}
