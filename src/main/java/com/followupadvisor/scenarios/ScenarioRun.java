package com.followupadvisor.scenarios;

import java.util.List;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.ContractVersion;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.folder.RuleInfo;

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
}
