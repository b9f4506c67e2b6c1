package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.scenarios.Scenario;
import com.followupadvisor.scenarios.ScenarioReader;
import com.followupadvisor.scenarios.ScenarioRun;
import com.followupadvisor.scenarios.StatePopulation;

/**
 * {@code ./check-rules --accept} on a copy of the shipped rules whose first follow-up opens a day
 * later: the scenarios that then fail are rewritten to what the rules answer and pass, the others
 * stay byte for byte, and a scenario named for the old number is flagged. Nothing here relies on
 * what the shipped advice says: the expectations are compared with what the rules answer.
 */
class AcceptAnswersTest {

    private static final Pattern FIRST_FOLLOW_UP = Pattern.compile("(?m)^firstFollowUpFromDays = (\\d+)");

    @TempDir
    Path work;

    private final RulesCheck check = new RulesCheck(ShippedRules.CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(Path rules, boolean accept) {
        printed.reset();
        return check.run(new CheckOptions(rules, null, 0, StatePopulation.DEFAULT_SEED, false, accept),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> scenarioFiles(Path rules) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(rules.resolve("scenarios"))) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The names of the scenarios the check lists as failing. */
    private List<String> failing() {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  FAIL  (\\S+)$").matcher(output());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The first follow-up opens a day later than the rules say now (a day earlier at the top of its range). */
    private static int changeFirstFollowUp(Path rules) throws IOException {
        Path numbers = rules.resolve("advice-numbers.properties");
        Matcher m = FIRST_FOLLOW_UP.matcher(Files.readString(numbers));
        assertThat(m.find()).as("advice-numbers.properties has firstFollowUpFromDays").isTrue();
        int days = Integer.parseInt(m.group(1));
        int changed = days < 30 ? days + 1 : days - 1;
        RuleFiles.edit(numbers, "firstFollowUpFromDays = " + days + " ", "firstFollowUpFromDays = " + changed + " ");
        return days;
    }

    /**
     * A scenario of the test's own, named for the number of days the first follow-up waits, and
     * expecting what the rules answer now about the follow-up after an employer's date.
     */
    private static String addScenarioNamedForTheNumber(Path rules, int days) throws Exception {
        String name = "follow-up-opens-" + days + "-days-past-their-date";
        String state = """
                  "state": {
                    "asOf": "2026-11-30T09:00",
                    "timezone": "Europe/Berlin",
                    "company": "Acme",
                    "interview": {"at": "2026-11-09T10:00"},
                    "timeline": {"asked": true, "expectedBy": "2026-11-16"},
                    "thankYou": {"sentAt": "2026-11-09T17:00"}
                  },
                """;
        String probe = "{\n" + state + "  \"expect\": {\"next\": {\"action\": \"NONE\"}}\n}\n";
        RuleSet rulesNow = new RuleSetLoader(ShippedRules.CLOCK).load(rules);
        List<RuleProblem> problems = new ArrayList<>();
        Scenario scenario = new ScenarioReader(ZoneId.of("UTC")).read("scenarios/" + name + ".json", probe, problems);
        assertThat(problems).isEmpty();
        AdvisedAction next = ScenarioRun.of(ShippedRules.ADVISOR, rulesNow, scenario).answer().next();
        String text = "{\n  \"description\": \"They said Monday 16th: the follow-up waits " + days + " days past it.\",\n" + state
                + "  \"expect\": {\n    \"next\": {\"action\": \"" + next.action() + "\", \"dueFrom\": \""
                + (next.dueFrom() == null ? "none" : next.dueFrom()) + "\"}\n  }\n}\n";
        Files.writeString(rules.resolve("scenarios/" + name + ".json"), text);
        return name;
    }

    @Test
    void acceptRewritesTheFailingScenariosOnlyAndTheyPassAfterwards() throws Exception {
        Path rules = RuleFiles.copyShippedRulesTo(work.resolve("rules"));
        int days = FIRST_FOLLOW_UP.matcher(Files.readString(rules.resolve("advice-numbers.properties"))).results()
                .map(r -> Integer.parseInt(r.group(1))).findFirst().orElseThrow();
        String misnamed = addScenarioNamedForTheNumber(rules, days);
        assertThat(run(rules, false)).as(output()).isZero();
        changeFirstFollowUp(rules);
        Map<String, byte[]> before = scenarioFiles(rules);

        assertThat(run(rules, false)).isEqualTo(1);
        List<String> failed = failing();
        assertThat(failed).as("the scenarios the change breaks").contains(misnamed).hasSizeGreaterThan(1);

        int status = run(rules, true);
        String accepted = output();
        Map<String, byte[]> after = scenarioFiles(rules);

        assertThat(status).as(accepted).isZero();
        assertThat(accepted).contains("OK: ").contains("git diff");
        for (String file : before.keySet()) {
            String name = file.replaceFirst("\\.json$", "");
            if (failed.contains(name)) {
                assertThat(after.get(file)).as(file + " is rewritten").isNotEqualTo(before.get(file));
                assertThat(accepted).as("what changed in " + name).contains("  " + name + "  (scenarios/" + file + ")");
                String old = new String(before.get(file), StandardCharsets.UTF_8);
                String now = new String(after.get(file), StandardCharsets.UTF_8);
                // only the expectation changed, and the file ends as it did
                assertThat(now.substring(0, now.indexOf("\"expect\""))).isEqualTo(old.substring(0, old.indexOf("\"expect\"")));
                assertThat(now.endsWith("\n")).isEqualTo(old.endsWith("\n"));
            } else {
                assertThat(after.get(file)).as(file + " passed and is left byte for byte").isEqualTo(before.get(file));
            }
        }
        String flags = accepted.substring(accepted.indexOf("  " + misnamed + "  "));
        assertThat(flags.lines().skip(1).takeWhile(l -> l.startsWith("    ")).toList())
                .anyMatch(l -> l.startsWith("rename? the name says \"" + days + " days\"", 4));

        assertThat(run(rules, false)).as(output()).isZero();
        assertThat(output()).containsPattern("OK: \\d+ passed, 0 failed");
    }

    @Test
    void acceptWithNothingFailingChangesNothing() throws IOException {
        Path rules = RuleFiles.copyShippedRulesTo(work.resolve("rules"));
        Map<String, byte[]> before = scenarioFiles(rules);

        assertThat(run(rules, true)).as(output()).isZero();

        assertThat(output()).contains("nothing to accept");
        assertThat(scenarioFiles(rules)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void acceptRefusesRulesThatDoNotCompile() throws IOException {
        Path rules = RuleFiles.copyShippedRulesTo(work.resolve("rules"));
        changeFirstFollowUp(rules);
        Path drl = rules.resolve("keep-searching.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\" when then nothing( end\n");
        Map<String, byte[]> before = scenarioFiles(rules);

        assertThat(run(rules, true)).isEqualTo(1);

        assertThat(output()).contains("do not compile").contains("no scenario was changed");
        assertThat(scenarioFiles(rules)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void anInvalidScenarioIsLeftAsItIsAndNamed() throws IOException {
        Path rules = RuleFiles.copyShippedRulesTo(work.resolve("rules"));
        changeFirstFollowUp(rules);
        String invalid = """
                {"state": {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}},
                 "expect": {"next": {"action": "FOLLOWUP"}}}""";
        Files.writeString(rules.resolve("scenarios/typo.json"), invalid);

        assertThat(run(rules, true)).isEqualTo(1);

        assertThat(output()).contains("Not updated (1):").contains("scenarios/typo.json").contains("FAILED: ");
        assertThat(Files.readString(rules.resolve("scenarios/typo.json"))).isEqualTo(invalid);
        assertThat(run(rules, false)).isEqualTo(1);
        assertThat(failing()).isEmpty(); // every other scenario was brought up to date
    }
}
