package com.followupadvisor.authoring.accept;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.scenarios.Scenario;
import com.followupadvisor.scenarios.ScenarioReader;
import com.followupadvisor.scenarios.ScenarioRun;

/**
 * {@code ./check-rules --accept}: once the adviser has read what a change does, write the rules'
 * new answers into the scenarios that now fail ({@link ScenarioRewrite}), and say, per scenario,
 * what changed and whether its name or description may need new words ({@link Misnamed}). A
 * scenario that passes is not touched, nor one that cannot be read or whose state the rules fail
 * on; nothing at all when the rules do not compile. A rewritten scenario is written only when it
 * then passes.
 */
public final class AcceptAnswers {

    private final RuleSetLoader loader;
    private final Advisor advisor;
    private final ScenarioReader reader;

    public AcceptAnswers(RuleSetLoader loader, Advisor advisor, ScenarioReader reader) {
        this.loader = loader;
        this.advisor = advisor;
        this.reader = reader;
    }

    /** Accepts the answers of the rules in {@code rulesDir}; 0 when every scenario passes afterwards. */
    public int run(Path rulesDir, PrintStream out) {
        RuleSet rules;
        try {
            rules = loader.load(rulesDir);
        } catch (RuleLoadException e) {
            out.println("FAILED: the rules in " + rulesDir + " do not compile, so there are no answers to accept;"
                    + " no scenario was changed:");
            e.problems().forEach(p -> out.println("  " + p));
            return 1;
        }
        List<String> names = rules.rules().stream().map(RuleInfo::name).toList();
        List<RuleProblem> unreadable = new ArrayList<>();
        List<Scenario> scenarios = reader.read(rulesDir, unreadable);
        Map<String, String> texts = RuleSetLoader.scenarioFiles(rulesDir, new ArrayList<>());

        out.printf("Accepting the answers of the rules in %s (version %s):%n", rulesDir, rules.version());
        int passed = 0;
        int updated = 0;
        int flagged = 0;
        List<String> notUpdated = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioRun run = ScenarioRun.of(advisor, rules, scenario);
            if (run.passed()) {
                passed++;
                continue;
            }
            if (run.answer() == null) {
                notUpdated.add(scenario.name() + ": the rules failed on its state (" + run.failure().getMessage()
                        + "); fix the rules first");
                continue;
            }
            String text = texts.get(scenario.file());
            ScenarioRewrite rewrite = text == null ? null : ScenarioRewrite.of(text, run.answer(), names);
            List<String> still = rewrite == null ? run.differences() : stillFails(rules, scenario, rewrite.text());
            if (!still.isEmpty()) {
                notUpdated.add(scenario.name() + ": would still fail (" + String.join("; ", still)
                        + "); update it by hand");
                continue;
            }
            try {
                Files.writeString(rulesDir.resolve(scenario.file()), rewrite.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                notUpdated.add(scenario.name() + ": cannot be written: " + e.getMessage());
                continue;
            }
            updated++;
            out.printf("  %s  (%s)%n", scenario.name(), scenario.file());
            rewrite.changes().forEach(c -> out.println("    " + c));
            List<String> flags = Misnamed.flags(scenario.name(), scenario.description(), rewrite.changed());
            flags.forEach(f -> out.println("    " + f));
            flagged += flags.isEmpty() ? 0 : 1;
        }
        if (updated == 0) {
            out.println("  Every scenario passes already: nothing to accept.");
        }
        for (RuleProblem p : unreadable) {
            notUpdated.add(p + " (the scenario cannot be read: fix it first)");
        }
        if (!notUpdated.isEmpty()) {
            out.printf("%nNot updated (%d):%n", notUpdated.size());
            notUpdated.forEach(n -> out.println("  " + n));
        }
        out.println();
        if (updated > 0) {
            out.printf("Updated %d %s; %d passed already and were left as they were. See every change with"
                    + " git diff -- %s%n", updated, updated == 1 ? "scenario" : "scenarios", passed, rulesDir);
        }
        if (flagged > 0) {
            out.printf("%d %s: rename the file or reword the description where it no longer fits"
                    + " (rename? and reword? above).%n", flagged,
                    flagged == 1 ? "name or description may no longer fit" : "names or descriptions may no longer fit");
        }
        int failed = notUpdated.size();
        out.printf("%s: %d passed, %d failed%n", failed == 0 ? "OK" : "FAILED", passed + updated, failed);
        return failed == 0 ? 0 : 1;
    }

    /** How the rewritten scenario would still fail; empty when it passes. */
    private List<String> stillFails(RuleSet rules, Scenario scenario, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        Scenario rewritten = reader.read(scenario.file(), text, problems);
        if (rewritten == null) {
            return problems.isEmpty() ? List.of("it cannot be read") : problems.stream().map(RuleProblem::toString).toList();
        }
        return ScenarioRun.of(advisor, rules, rewritten).differences();
    }
}
