package com.followupadvisor.authoring;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.authoring.AnswerChanges.Change;
import com.followupadvisor.authoring.AnswerChanges.Kind;
import com.followupadvisor.authoring.AnswerChanges.Section;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleTimeoutException;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateWriter;

/**
 * What a rule change does to the advice over a population of states: each state is answered by
 * both copies of the rules, and the differences are counted by kind ({@link AnswerChanges}), each
 * group with its first few states as examples that can be replayed. A state the rules cannot
 * answer on either side is counted as a failure, not a crash.
 */
final class Impact {

    static final int EXAMPLES_PER_GROUP = 3;
    /** An evaluation that runs out of time takes the whole time limit: after this many, stop measuring. */
    static final int TIMEOUTS_BEFORE_STOPPING = 3;

    /** The states of one group: how many, and the first few by number. */
    private static final class Group {
        int states;
        final List<Integer> examples = new ArrayList<>();
    }

    /** A state shown as an example: its request body and the two answers in one line each. */
    private record Example(String body, String there, String here) {
    }

    private record Attempt(Answer answer, RuntimeException failure) {
        String summary() {
            return answer != null ? RulesCheck.summary(answer) : "(the rules failed: " + failure.getMessage() + ")";
        }
    }

    private final Map<Section, Map<String, Group>> sections = new TreeMap<>(Section.ORDER);
    private final Map<Integer, Example> examples = new TreeMap<>();
    private int measured;
    private int changed;
    private int reworded;
    private int unchanged;
    private int failed;
    private String stopped;

    private Impact() {
    }

    /** Answers every state with {@code there} and with {@code here}; state {@code i} is #i+1. */
    static Impact measure(Advisor advisor, RuleSet here, RuleSet there, List<ApplicationState> states) {
        Impact impact = new Impact();
        int timeouts = 0;
        for (ApplicationState state : states) {
            Attempt before = attempt(advisor, there, state);
            Attempt after = attempt(advisor, here, state);
            impact.add(impact.measured + 1, state, before, after);
            impact.measured++;
            timeouts += (before.failure instanceof RuleTimeoutException ? 1 : 0)
                    + (after.failure instanceof RuleTimeoutException ? 1 : 0);
            if (timeouts >= TIMEOUTS_BEFORE_STOPPING && impact.measured < states.size()) {
                impact.stopped = "stopped after state #" + impact.measured + ": the rules ran out of time on "
                        + timeouts + " evaluations; fix that first (the examples below name the rule)";
                break;
            }
        }
        return impact;
    }

    private static Attempt attempt(Advisor advisor, RuleSet rules, ApplicationState state) {
        try {
            return new Attempt(advisor.advise(rules, state), null);
        } catch (RuntimeException e) {
            return new Attempt(null, e);
        }
    }

    private void add(int number, ApplicationState state, Attempt there, Attempt here) {
        List<Change> changes = new ArrayList<>();
        if (there.failure != null || here.failure != null) {
            failed++;
            String side = there.failure == null ? "here only" : here.failure == null ? "there only" : "here and there";
            changes.add(new Change(Section.of(Kind.FAILS), side));
        } else {
            changes.addAll(AnswerChanges.between(there.answer, here.answer));
            String wording = changes.isEmpty() ? AnswerChanges.wording(there.answer, here.answer) : null;
            if (!changes.isEmpty()) {
                changed++;
            } else if (wording != null) {
                reworded++;
                changes.add(new Change(Section.of(Kind.WORDING), wording));
            } else {
                unchanged++;
            }
        }
        for (Change change : changes) {
            Group group = sections.computeIfAbsent(change.section(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(change.group(), g -> new Group());
            group.states++;
            if (group.examples.size() < EXAMPLES_PER_GROUP) {
                group.examples.add(number);
                examples.computeIfAbsent(number, n -> new Example(StateWriter.json(state), there.summary(), here.summary()));
            }
        }
    }

    /** How many states were measured: all of them, unless the run stopped early. */
    int measured() {
        return measured;
    }

    /** The report: the totals, each section with its groups (the largest first), then the examples. */
    void print(PrintStream out, int population, long seed, String against) {
        out.printf("%nImpact on %s generated states (seed %d), against %s:%n",
                measured == population ? String.valueOf(population) : "the first " + measured + " of " + population,
                seed, against);
        if (stopped != null) {
            out.println("  " + stopped);
        }
        if (changed + reworded + failed == 0) {
            out.printf("  No change: all %d states get the same answer.%n", measured);
            return;
        }
        int width = String.valueOf(measured).length();
        String total = "  %-24s %" + width + "d states%n";
        out.printf(total, "other actions or dates", changed);
        out.printf(total, "other wording only", reworded);
        out.printf(total, "unchanged", unchanged);
        out.printf(total, "the rules fail", failed);
        sections.forEach((section, groups) -> {
            out.printf("  %s:%n", section.heading(groups.values().stream().mapToInt(g -> g.states).sum()));
            int labels = groups.keySet().stream().mapToInt(String::length).max().orElse(0);
            groups.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Group> e) -> -e.getValue().states)
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.printf("    %-" + labels + "s  %" + width + "d %s   e.g. %s%n", e.getKey(),
                            e.getValue().states, e.getValue().states == 1 ? "state " : "states",
                            e.getValue().examples.stream().map(n -> "#" + n).collect(Collectors.joining(", "))));
        });
        out.println("  Examples, as request bodies for POST /api/v1/next-action, with the two answers:");
        examples.forEach((number, example) -> {
            out.printf("    #%d %s%n", number, example.body());
            out.printf("      there: %s%n", example.there());
            out.printf("      here:  %s%n", example.here());
        });
    }
}
