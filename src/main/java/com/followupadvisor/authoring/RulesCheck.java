package com.followupadvisor.authoring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.authoring.accept.AcceptAnswers;
import com.followupadvisor.docs.DocExamples;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.scenarios.Scenario;
import com.followupadvisor.scenarios.ScenarioReader;
import com.followupadvisor.scenarios.ScenarioRun;
import com.followupadvisor.scenarios.StatePopulation;
import com.followupadvisor.wording.Wording;

/**
 * The rule authors' check, without a server: compile the rules, run every scenario, show which
 * rules the scenarios exercise, and optionally how the answers differ from another copy of the
 * rules: in the scenarios, and over a population of generated states ({@link Impact}). {@link #run} returns the process exit status: 0 when everything compiled and passed.
 */
public final class RulesCheck {

    private final RuleSetLoader loader;
    private final Advisor advisor;
    private final ScenarioReader reader;
    private final ZoneId zone;
    private boolean allowUnexercised;

    /** {@code advisor}: answers each scenario, with the service's time limit. */
    public RulesCheck(Clock clock, ZoneId defaultZone, Advisor advisor) {
        this.loader = new RuleSetLoader(clock);
        this.advisor = advisor;
        this.reader = new ScenarioReader(defaultZone);
        this.zone = defaultZone;
    }

    /**
     * {@code ./check-rules --allow-unexercised}: a rule no scenario fires is listed, but does not
     * fail the check (as while a new rule's scenario is still being written).
     */
    public RulesCheck allowUnexercised(boolean allow) {
        this.allowUnexercised = allow;
        return this;
    }

    public ScenarioReader reader() {
        return reader;
    }

    /** Each language and what it lacks: a text missing there is written in English. */
    private static void printLanguages(RuleSet rules, PrintStream out) {
        Wording wording = rules.wording();
        for (String language : new java.util.TreeSet<>(wording.languages())) {
            java.util.SortedSet<String> missing = wording.missing(language);
            out.printf("  %s: %s%n", language, missing.isEmpty() ? "every text"
                    : "lacks " + missing.size() + " (written in English): " + String.join(", ", missing));
        }
        out.println();
    }

    /** The check of {@code rulesDir}, compared with {@code againstDir} (null: no comparison) on the default population. */
    public int run(Path rulesDir, Path againstDir, PrintStream out) {
        return run(CheckOptions.of(rulesDir, againstDir), out);
    }

    int run(CheckOptions options, PrintStream out) {
        return run(options, out, out);
    }

    /**
     * The check {@code options} ask for; a usage error (an {@code --against} that names neither a
     * folder nor a tag or commit with the rules) goes to {@code err}, in one line, with status 2.
     */
    int run(CheckOptions options, PrintStream out, PrintStream err) {
        if (options.accept()) {
            int status = new AcceptAnswers(loader, advisor, reader).run(options.rules(), out);
            return Math.max(status, Math.min(documents(options.rules(), null, true, out), 1));
        }
        if (options.against() == null) {
            return check(options, null, out);
        }
        AgainstRules against;
        try {
            against = AgainstRules.resolve(options.against(), options.rules());
        } catch (CheckOptions.UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (against) {
            return check(options, against, out);
        }
    }

    private int check(CheckOptions options, AgainstRules against, PrintStream out) {
        Path rulesDir = options.rules();
        RuleSet rules;
        try {
            rules = loader.load(rulesDir);
        } catch (RuleLoadException e) {
            out.println("FAILED: the rules in " + rulesDir + " do not compile:");
            e.problems().forEach(p -> out.println("  " + p));
            return 1;
        }
        out.printf("Rules in %s: %d rules, %d texts, version %s%n", rulesDir, rules.rules().size(),
                rules.templateNames().size(), rules.version());
        printLanguages(rules, out);

        List<RuleProblem> problems = new ArrayList<>();
        List<Scenario> scenarios = reader.read(rulesDir, problems);
        List<ScenarioRun> runs = scenarios.stream().map(s -> run(rules, s)).toList();
        printScenarios(runs, problems, out);
        List<RuleProblem> unexercised = printCoverage(rules, runs, out);
        if (!unexercised.isEmpty()) {
            out.println(allowUnexercised ? "Allowed by --allow-unexercised; still, each needs a scenario:"
                    : "A rule no scenario fires is a failure (./check-rules --allow-unexercised lets it pass for now):");
            unexercised.forEach(p -> out.printf("  %s  %s%n", allowUnexercised ? "WARN" : "FAIL", p));
        }
        boolean unexercisedFail = !allowUnexercised && !unexercised.isEmpty();
        int status = problems.isEmpty() && !unexercisedFail && runs.stream().allMatch(ScenarioRun::passed) ? 0 : 1;
        int documents = documents(rulesDir, rules, false, out);
        status = Math.max(status, Math.min(documents, 1));
        if (against != null) {
            status = Math.max(status, printDiff(rules, options, against, scenarios, out));
        }
        long failedRuns = runs.stream().filter(r -> !r.passed()).count();
        long failed = failedRuns + problems.size() + (unexercisedFail ? unexercised.size() : 0) + documents;
        out.printf("%n%s: %d passed, %d failed%n", status == 0 ? "OK" : "FAILED", runs.size() - failedRuns, failed);
        return status;
    }

    /**
     * The project's own rules ({@code rules/} beside README.md): the example answers the README and
     * the integrators' guide show must be what these rules answer, or the developers' build would
     * fail on them; with {@code update} ({@code --accept}) they are written in. Other folders (a
     * copy, a release) have no documents to keep. Returns how many are out of date and not updated
     * (each a failure of the check), 0 when all are current; 1 when they could not be checked.
     */
    private int documents(Path rulesDir, RuleSet loaded, boolean update, PrintStream out) {
        Path project = rulesDir.toAbsolutePath().normalize().getParent();
        if (project == null || !rulesDir.toAbsolutePath().normalize().endsWith("rules")
                || !Files.isRegularFile(project.resolve("README.md"))) {
            return 0;
        }
        try {
            RuleSet rules = loaded != null ? loaded : loader.load(rulesDir);
            List<String> stale = DocExamples.outOfDate(project, rules, advisor, zone, update);
            for (String file : stale) {
                out.println(update ? "Wrote the new example answer into " + file
                        : "  FAIL  " + file + " shows an example answer these rules no longer give: ./check-rules --accept writes the new one");
            }
            return update ? 0 : stale.size();
        } catch (RuleLoadException e) {
            return 1; // said already, with the rules' problems
        } catch (IOException | RuntimeException e) {
            out.println("  FAIL  the documents' example answers could not be checked: " + e.getMessage());
            return 1;
        }
    }

    ScenarioRun run(RuleSet rules, Scenario scenario) {
        return ScenarioRun.of(advisor, rules, scenario);
    }

    private static void printScenarios(List<ScenarioRun> runs, List<RuleProblem> problems, PrintStream out) {
        out.printf("Scenarios (%d):%n", runs.size());
        for (ScenarioRun r : runs) {
            out.printf("  %s  %s%n", r.passed() ? "PASS" : "FAIL", r.scenario().name());
            r.differences().forEach(d -> out.println("        " + d));
        }
        for (RuleProblem p : problems) {
            out.printf("  FAIL  %s%n", p);
        }
        out.println();
    }

    /** Prints how many scenarios each rule fires in; returns the rules none fires, each at its line. */
    private static List<RuleProblem> printCoverage(RuleSet rules, List<ScenarioRun> runs, PrintStream out) {
        out.println("Coverage: scenarios in which each rule fired");
        List<String> never = new ArrayList<>();
        int width = rules.rules().stream().mapToInt(r -> r.name().length()).max().orElse(10);
        for (RuleInfo rule : rules.rules()) {
            long count = runs.stream().filter(r -> r.answer() != null && r.answer().fired().contains(rule.name())).count();
            out.printf("  %-" + width + "s  %3d   %s:%d%n", rule.name(), count, rule.file(), rule.line());
            if (count == 0) {
                never.add(rule.name());
            }
        }
        out.println(never.isEmpty() ? "Every rule fires in at least one scenario."
                : "Rules no scenario fires (" + never.size() + "): " + String.join("; ", never));
        return ScenarioRun.unexercised(rules, runs);
    }

    private int printDiff(RuleSet rules, CheckOptions options, AgainstRules against, List<Scenario> scenarios,
            PrintStream out) {
        RuleSet other;
        try {
            other = loader.load(against.dir());
        } catch (RuleLoadException e) {
            out.println("\nFAILED: the rules to compare against, " + against.label() + ", do not compile:");
            e.problems().forEach(p -> out.println("  " + p));
            return 1;
        }
        out.printf("%nCompared with %s, version %s:%n", against.label(), other.version());
        int differing = 0;
        for (Scenario scenario : scenarios) {
            String mine = summary(run(rules, scenario).answer());
            String theirs = summary(run(other, scenario).answer());
            if (!mine.equals(theirs)) {
                differing++;
                out.printf("  %s%n    there: %s%n    here:  %s%n", scenario.name(), theirs, mine);
            }
        }
        out.println(differing == 0 ? "  Every scenario gets the same recommendation."
                : "  " + differing + " of " + scenarios.size() + " scenarios get a different recommendation.");
        if (options.population() > 0) {
            Impact.measure(advisor, rules, other, StatePopulation.of(options.seed(), options.population()))
                    .print(out, options.population(), options.seed(), against.label());
        }
        return 0;
    }

    /** The recommendation in one line: next, also and plan, with their dates. */
    static String summary(Answer answer) {
        if (answer == null) {
            return "(no answer: the rules failed)";
        }
        Map<String, List<AdvisedAction>> parts = new LinkedHashMap<>();
        parts.put("next", List.of(answer.next()));
        parts.put("also", answer.also());
        parts.put("plan", answer.plan());
        return parts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stream().map(RulesCheck::brief).collect(Collectors.joining(", ", "[", "]")))
                .collect(Collectors.joining("; "));
    }

    private static String brief(AdvisedAction a) {
        String dates = a.dueFrom() == null && a.dueBy() == null ? ""
                : " " + (a.dueFrom() == null ? "" : a.dueFrom()) + ".." + (a.dueBy() == null ? "" : a.dueBy());
        return a.action() + dates;
    }
}
