package com.followupadvisor.scenarios;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleTimeoutException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.ApplicationState.Interviewer;

/**
 * The service's trial of a new rule set, before it goes live: it answers every scenario of its
 * folder as {@code ./check-rules} runs them, and a few generated states, each within the time
 * limit and without an exception; and each scenario's expectation holds (unless
 * {@code advisor.rules.scenarios-must-pass} is off, when a failed expectation is a warning).
 * A rule that fails on one state fails on many, so the trial stops at the first state that ran
 * past the time limit and names at most {@value #MOST} problems.
 */
public class ScenarioTrial implements RuleSetTrial {

    /** Problems named in one report; the rest are counted. */
    static final int MOST = 20;

    private static final LocalDateTime INTERVIEW = LocalDateTime.of(2026, 11, 12, 10, 0);
    /** A typical state, tried even in a folder without scenarios: the answer's whole path. */
    static final ApplicationState TYPICAL = ApplicationState.builder()
            .asOf(INTERVIEW.plusDays(12)).timezone(ZoneOffset.UTC)
            .company("Trial").role("Role").candidateName("Name").interviewAt(INTERVIEW)
            .interviewer(new Interviewer("Person", "person@example.com", null))
            .timelineAsked(true).expectedBy(INTERVIEW.toLocalDate().plusDays(7))
            .otherOpportunities(new ApplicationState.OtherOpportunities(1, 1)).firstChoice(true)
            .build();
    /** Generated states of every kind (outcomes, follow-ups, languages), the same ones each time. */
    private static final List<ApplicationState> GENERATED = StatePopulation.of(StatePopulation.DEFAULT_SEED, 24);

    private final ScenarioReader reader;
    private final Advisor advisor;
    private final boolean scenariosMustPass;
    private final ZoneId defaultZone;

    /** {@code defaultZone}: the time zone of a scenario that names none, as in the service. */
    public ScenarioTrial(Advisor advisor, ZoneId defaultZone, boolean scenariosMustPass) {
        this.advisor = advisor;
        this.reader = new ScenarioReader(defaultZone);
        this.scenariosMustPass = scenariosMustPass;
        this.defaultZone = defaultZone;
    }

    @Override
    public String settings() {
        return "scenarios-must-pass=" + scenariosMustPass + " timezone=" + defaultZone + " time-limit=" + advisor.timeLimit();
    }

    @Override
    public Outcome tryOut(RuleSet rules, Path dir) {
        Found found = new Found();
        List<RuleProblem> unreadable = new ArrayList<>();
        List<Scenario> scenarios = reader.read(dir, unreadable);
        unreadable.forEach(p -> found.expectation(p));
        java.util.Map<String, Integer> failures = new java.util.LinkedHashMap<>();
        List<ScenarioRun> runs = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioRun run = ScenarioRun.of(advisor, rules, scenario);
            runs.add(run);
            if (run.failure() != null) {
                // a rule that fails on one state fails on many the same way: named once, the others counted
                if (failures.merge(String.valueOf(run.failure().getMessage()), 1, Integer::sum) == 1) {
                    JsonPositions.Position state = scenario.positions().of("state");
                    found.error(new RuleProblem(scenario.file(), state.line(), state.column(), "scenario \"" + scenario.name()
                            + "\": the rules failed on its state: " + run.failure().getMessage()));
                }
                if (run.failure() instanceof RuleTimeoutException) {
                    return found.stopped(scenarios.size() - scenarios.indexOf(scenario) - 1 + GENERATED.size() + 1);
                }
            } else {
                for (String difference : run.differences()) {
                    JsonPositions.Position at = scenario.positionOf(difference);
                    found.expectation(new RuleProblem(scenario.file(), at.line(), at.column(),
                            "scenario \"" + scenario.name() + "\" fails: " + difference));
                }
            }
        }
        failures.forEach((message, times) -> {
            if (times > 1) {
                found.error(new RuleProblem("", 0, 0, (times - 1) + " more scenarios fail the same way"));
            }
        });
        if (!failures.isEmpty()) {
            return found.outcome(); // the generated states would only repeat it
        }
        found.unexercised = ScenarioRun.unexercised(rules, runs);
        List<ApplicationState> states = new ArrayList<>(GENERATED.size() + 1);
        states.add(TYPICAL);
        states.addAll(GENERATED);
        for (int i = 0; i < states.size(); i++) {
            try {
                advisor.advise(rules, states.get(i));
            } catch (RuntimeException e) {
                found.error(new RuleProblem("", 0, 0, (i == 0 ? "a typical state" : "generated state " + i)
                        + ": the rules failed on it: " + e.getMessage()));
                if (e instanceof RuleTimeoutException) {
                    return found.stopped(states.size() - i - 1);
                }
            }
        }
        return found.outcome();
    }

    /** The problems as they are found, kept to {@value #MOST} of each kind. */
    private final class Found {
        private final List<RuleProblem> errors = new ArrayList<>();
        private final List<RuleProblem> warnings = new ArrayList<>();
        private int unnamed;
        private List<RuleProblem> unexercised = List.of();

        void error(RuleProblem problem) {
            add(errors, problem);
        }

        /** A scenario that cannot be read or does not get what it expects: an error, or a warning when relaxed. */
        void expectation(RuleProblem problem) {
            add(scenariosMustPass ? errors : warnings, problem);
        }

        private void add(List<RuleProblem> to, RuleProblem problem) {
            if (to.size() < MOST) {
                to.add(problem);
            } else {
                unnamed++;
            }
        }

        Outcome stopped(int untried) {
            errors.add(new RuleProblem("", 0, 0, "the trial stopped at the first state the rules could not answer in time; "
                    + untried + " more states were not tried"));
            return outcome();
        }

        Outcome outcome() {
            List<RuleProblem> more = unnamed == 0 ? List.of()
                    : List.of(new RuleProblem("", 0, 0, "and " + unnamed + " more problems like these"));
            if (!errors.isEmpty()) {
                List<RuleProblem> all = new ArrayList<>(errors);
                all.addAll(more);
                return new Outcome(all, warnings);
            }
            List<RuleProblem> all = new ArrayList<>(warnings);
            all.addAll(more);
            return new Outcome(errors, all, unexercised);
        }
    }
}
