package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.rules.RuleInfo;
import com.followupadvisor.rules.RuleLoadException;
import com.followupadvisor.rules.RuleProblem;
import com.followupadvisor.rules.RuleSet;
import com.followupadvisor.rules.RuleSetLoader;




/** Every scenario in rules/scenarios/ is a test of its own, so a rule edit that breaks one fails the build. */
class ScenariosTest {

    private static final Path RULES = Path.of("rules");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final RulesCheck CHECK = new RulesCheck(CLOCK, ZoneId.of("UTC"), ShippedRules.TIME_LIMIT);

    private static RuleSet rules() throws RuleLoadException {
        return new RuleSetLoader(CLOCK).load(RULES);
    }

    private static List<Scenario> scenarios(List<RuleProblem> problems) {
        return new ScenarioReader(ZoneId.of("UTC")).read(RULES, problems);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws RuleLoadException {
        RuleSet rules = rules();
        return scenarios(new ArrayList<>()).stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () ->
                assertThat(CHECK.run(rules, scenario).differences())
                        .as("%s (%s)", scenario.file(), scenario.description()).isEmpty()));
    }

    @Test
    void everyScenarioFileIsValid() {
        List<RuleProblem> problems = new ArrayList<>();
        assertThat(scenarios(problems)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void togetherTheScenariosFireEveryRule() throws RuleLoadException {
        RuleSet rules = rules();
        List<String> fired = scenarios(new ArrayList<>()).stream()
                .flatMap(s -> CHECK.run(rules, s).answer().fired().stream()).distinct().toList();

        assertThat(rules.rules()).extracting(RuleInfo::name).allSatisfy(rule -> assertThat(fired).contains(rule));
    }
}
