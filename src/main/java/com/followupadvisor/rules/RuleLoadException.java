package com.followupadvisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be turned into a rule set; {@link #problems()} says where and why. */
public class RuleLoadException extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleLoadException(List<RuleProblem> problems) {
        super("The rules do not compile:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
