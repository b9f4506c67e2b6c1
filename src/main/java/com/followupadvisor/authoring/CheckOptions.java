package com.followupadvisor.authoring;

import java.nio.file.Path;

import com.followupadvisor.scenarios.StatePopulation;

/**
 * The check's command line: the rules to check, the copy to compare with (null: none; a folder, or
 * a git tag or commit whose {@code rules/} to compare with, {@link #HEAD} when {@code --against}
 * names none), the population of generated states the comparison's impact is measured on (0
 * states: no impact), and whether to write the rules' new answers into the failing scenarios.
 */
record CheckOptions(Path rules, String against, int population, long seed, boolean help, boolean accept) {

    /** What {@code --against} alone compares with: the rules as last committed. */
    static final String HEAD = "HEAD";

    static final int DEFAULT_POPULATION = 2000;
    /** A larger population says little more and takes minutes; more likely a typo. */
    static final int MAX_POPULATION = 100_000;

    static final String USAGE = """
            Usage: ./check-rules [--rules DIR] [--against [DIR|TAG|COMMIT] [--population N] [--seed S]]
                   ./check-rules [--rules DIR] --accept
              --rules DIR       the rules to check (default: advisor.rules.dir, rules)
              --against         compare with the rules as last committed (git's HEAD);
              --against v2.0    ... with the rules of a release tag or a commit (git tag lists them);
              --against DIR     ... with another copy of the rules in a folder (a folder wins over
                                a tag of the same name): list every scenario whose recommendation
                                differs between the two, then the impact on generated states: how
                                many change next, move which date by how many days, gain or lose a
                                step, with examples
              --accept          after reading what changed: write the rules' new answers into the
                                scenarios that now fail (only the fields they already check), and
                                say which names and descriptions may need a new wording
              --population N    how many generated states the impact is measured on, 0 to %d
                                (default %d; 0: no impact)
              --seed S          which states: the same seed gives the same states and output
                                (a whole number, default %d)""".formatted(MAX_POPULATION, DEFAULT_POPULATION,
            StatePopulation.DEFAULT_SEED);

    /** A command line the check cannot run; the message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** A comparison with the folder {@code against} (null: none). */
    CheckOptions(Path rules, Path against, int population, long seed, boolean help) {
        this(rules, against == null ? null : against.toString(), population, seed, help, false);
    }

    /** Options with {@code rules} and {@code against}, and the default population. */
    static CheckOptions of(Path rules, Path against) {
        return new CheckOptions(rules, against, DEFAULT_POPULATION, StatePopulation.DEFAULT_SEED, false);
    }

    static CheckOptions parse(String[] args, Path defaultRules) throws UsageException {
        Path rules = defaultRules;
        String against = null;
        Integer population = null;
        Long seed = null;
        boolean accept = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> rules = Path.of(value(args, ++i, "--rules"));
                case "--against" -> {
                    // alone (last, or before another option): the rules as last committed
                    boolean named = i + 1 < args.length && !args[i + 1].startsWith("--");
                    against = named ? value(args, ++i, "--against").strip() : HEAD;
                }
                case "--population" -> population = population(value(args, ++i, "--population"));
                case "--seed" -> seed = seed(value(args, ++i, "--seed"));
                case "--accept" -> accept = true;
                case "-h", "--help" -> {
                    return new CheckOptions(rules, against, DEFAULT_POPULATION, StatePopulation.DEFAULT_SEED, true, false);
                }
                default -> throw new UsageException("Unknown option: " + args[i]);
            }
        }
        if (against == null && (population != null || seed != null)) {
            throw new UsageException("--population and --seed choose the states of a comparison: give --against too");
        }
        if (accept && against != null) {
            throw new UsageException("--accept writes the rules' answers into the scenarios; compare first with "
                    + "./check-rules --against, read what changed, then run ./check-rules --accept on its own");
        }
        return new CheckOptions(rules, against, population == null ? DEFAULT_POPULATION : population,
                seed == null ? StatePopulation.DEFAULT_SEED : seed, false, accept);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int population(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= MAX_POPULATION) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--population must be a whole number from 0 to " + MAX_POPULATION + ", not " + text);
    }

    private static long seed(String text) throws UsageException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, not " + text);
        }
    }
}
