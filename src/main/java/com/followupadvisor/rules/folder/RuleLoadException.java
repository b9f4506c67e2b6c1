package com.followupadvisor.rules.folder;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule files could not be turned into a rule set that may go live; {@link #problems()} says
 * where and why, {@link #what()} in a few words (they do not compile, or fail their trial).
 */
public class RuleLoadException extends Exception {

    private final transient List<RuleProblem> problems;
    private final String what;

    public RuleLoadException(List<RuleProblem> problems) {
        this(problems, "do not compile");
    }

    public RuleLoadException(List<RuleProblem> problems, String what) {
        super("The rules " + what + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.what = what;
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    /** What is wrong with the set as a whole, after "The rules": "do not compile". */
    public String what() {
        return what;
    }
}
