package com.followupadvisor.scenarios;

import java.util.List;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.ContractVersion;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleProblem;

/**
 * One scenario's outcome: what differed from its expectation (empty when it passed) and the
 * answer, or, when the rules failed on its state, why ({@code failure}, and no answer).
 */
public record ScenarioRun(Scenario scenario, List<String> differences, Answer answer, RuntimeException failure) {

    /** The scenario's state answered by {@code rules}, and compared with what it expects. */
    public static ScenarioRun of(Advisor advisor, RuleSet rules, Scenario scenario) {
        try {
            Answer answer = scenario.request() != null
                    ? advisor.advise(rules, scenario.request(), ContractVersion.V2_0, false)
                    : advisor.advise(rules, scenario.state());
            List<String> names = rules.rules().stream().map(RuleInfo::name).toList();
            return new ScenarioRun(scenario, scenario.expect().differences(answer, names), answer, null);
        } catch (RuntimeException e) {
            return new ScenarioRun(scenario, List.of("the rules failed on this state: " + e.getMessage()), null, e);
        }
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /**
     * The rules that fire in none of {@code runs}, each at its rule's line: a rule no scenario
     * exercises can be broken by a change without any check noticing.
     */
    public static List<RuleProblem> unexercised(RuleSet rules, List<ScenarioRun> runs) {
        java.util.Set<String> fired = new java.util.HashSet<>();
        runs.stream().filter(r -> r.answer() != null).forEach(r -> fired.addAll(r.answer().fired()));
        return rules.rules().stream().filter(rule -> !fired.contains(rule.name()))
                .map(rule -> new RuleProblem(rule.file(), rule.line(), rule.line() > 0 ? 1 : 0, "rule \"" + rule.name()
                        + "\" fires in no scenario: add a scenario (scenarios/<name>.json) in which it fires, so that "
                        + "a change that breaks it fails the check"))
                .toList();
    }
}
