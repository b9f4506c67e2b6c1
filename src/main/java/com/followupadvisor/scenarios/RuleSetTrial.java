package com.followupadvisor.scenarios;

import java.nio.file.Path;
import java.util.List;

import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.folder.RuleProblem;

/**
 * What a newly compiled rule set must pass before it goes live: it answers the states it is tried
 * on (the scenarios of its folder and a few typical states) within the time limit and without an
 * exception, and, unless relaxed, as each scenario expects. Trying them also warms it up, so its
 * first caller does not pay for the engine's lazy set-up. The authoring side supplies it, since
 * answering a state takes more than the rules (the plan, the drafts) and scenarios are its files.
 */
public interface RuleSetTrial {

    /**
     * What the trial found; a set with {@link Outcome#errors() errors} never goes live.
     * {@code unexercised}: the rules no scenario fires, each at its line (they go live all the same).
     */
    record Outcome(List<RuleProblem> errors, List<RuleProblem> warnings, List<RuleProblem> unexercised) {

        public Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            unexercised = List.copyOf(unexercised);
        }

        public Outcome(List<RuleProblem> errors, List<RuleProblem> warnings) {
            this(errors, warnings, List.of());
        }

        public static Outcome passed() {
            return new Outcome(List.of(), List.of());
        }
    }

    /** Tries {@code rules}, compiled from the folder {@code dir}, on the states it must answer. */
    Outcome tryOut(RuleSet rules, Path dir);

    /** The settings the outcome depends on besides the rules, the folder's scenarios and the build, as text. */
    default String settings() {
        return "";
    }
}
