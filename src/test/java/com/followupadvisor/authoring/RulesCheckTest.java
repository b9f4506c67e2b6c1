package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;

/** The rule authors' check command, on copies of the fixture rules. */
class RulesCheckTest {

    @TempDir
    Path work;

    private final RulesCheck check = new RulesCheck(Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("UTC"), ShippedRules.ADVISOR);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private Path copyOfRules(String name) throws IOException {
        return RuleFiles.copyFixtureRulesTo(work.resolve(name));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        RuleFiles.edit(file, from, to);
    }

    private int run(Path rules, Path against) {
        return check.run(rules, against, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passesOnRulesWhoseScenariosHold() throws IOException {
        int status = run(copyOfRules("rules"), null);

        assertThat(status).as(output()).isZero();
        assertThat(output()).contains("PASS  follow-up-after-the-wait").contains("Every rule fires")
                .containsPattern("OK: \\d+ passed, 0 failed");
    }

    @Test
    void aChangedNumberFailsTheScenariosThatDependOnItAndSaysWhatDiffered() throws IOException {
        Path rules = copyOfRules("rules");
        edit(rules.resolve("advice-numbers.properties"), "followUpAfterDays = 5 ", "followUpAfterDays = 6 ");

        int status = run(rules, null);

        assertThat(status).isEqualTo(1);
        assertThat(output()).contains("FAIL  follow-up-after-the-wait")
                .contains("next.dueFrom: expected 2026-11-17, got 2026-11-18").contains("FAILED:");
    }

    @Test
    void aBrokenRuleIsReportedWithItsFileAndLine() throws IOException {
        Path rules = copyOfRules("rules");
        int line = RuleFiles.lineOf(rules.resolve("keep-searching.drl"), "Application( outcome == Outcome.OPEN )");
        edit(rules.resolve("keep-searching.drl"), "Application( outcome == Outcome.OPEN )", "Application( pending )");

        assertThat(run(rules, null)).isEqualTo(1);
        assertThat(output()).contains("do not compile").containsPattern("keep-searching\\.drl:" + line + ":\\d+ .*pending");
    }

    @Test
    void listsTheScenariosWhoseAdviceDiffersFromAnotherCopy() throws IOException {
        Path release = copyOfRules("release");
        Path changed = copyOfRules("changed");
        edit(changed.resolve("advice-numbers.properties"), "followUpAgainDays = 7 ", "followUpAgainDays = 6 ");

        run(changed, release);

        assertThat(output()).contains("Compared with");
        String comparison = output().substring(output().indexOf("Compared with"));
        assertThat(comparison).contains("  follow-up-again\n").contains("FOLLOW_UP 2026-11-24..2026-11-25")
                .containsPattern("\\d+ of \\d+ scenarios get a different recommendation")
                .doesNotContain("  nothing-after-an-offer\n");
    }

    @Test
    void aScenarioWithAnUnknownFieldOrActionIsAFailure() throws IOException {
        Path rules = copyOfRules("rules");
        Files.writeString(rules.resolve("scenarios/typo.json"), """
                {"state": {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}, "outcom": "OFFER"},
                 "expect": {"next": {"action": "FOLLOWUP"}}}""");

        assertThat(run(rules, null)).isEqualTo(1);
        assertThat(output()).containsPattern("scenarios/typo\\.json:1:\\d+ state\\.outcom: is not a known field")
                .contains("\"FOLLOWUP\" is not an action code");
    }

    @Test
    void reportsTheRulesNoScenarioFires() throws IOException {
        Path rules = copyOfRules("rules");
        try (Stream<Path> scenarios = Files.list(rules.resolve("scenarios"))) {
            for (Path scenario : scenarios.toList()) {
                if (Files.readString(scenario).matches("(?s).*\"outcome\": \"(OFFER|ACCEPTED)\".*")) {
                    Files.delete(scenario);
                }
            }
        }

        run(rules, null);

        // the fixture's two rules about an offer: both fire only in the scenarios taken away
        assertThat(output()).containsPattern("Rules no scenario fires \\(2\\): .*Nothing to do once there is an answer")
                .containsPattern("Rules no scenario fires \\(2\\): .*Answer an offer");
    }

    /** A rule no scenario fires: appended to the fixture's search, it needs a second interview round that none has. */
    private static final String UNEXERCISED = """

            rule "Keep searching after a second round"
                @description("Never fires in the fixture's scenarios.")
                @advice("Keep searching")
            when
                Application( outcome == Outcome.OPEN, round > 99 )
            then
                insert(Recommendation.of(ActionCode.KEEP_SEARCHING)
                    .title("keep-searching-title")
                    .why("keep-searching-why"));
            end
            """;

    @Test
    void aRuleNoScenarioFiresFailsTheCheckNamingItsPlace() throws IOException {
        Path rules = copyOfRules("rules");
        Path file = rules.resolve("keep-searching.drl");
        Files.writeString(file, Files.readString(file) + UNEXERCISED);
        int line = RuleFiles.lineOf(file, "rule \"Keep searching after a second round\"");

        int status = run(rules, null);

        assertThat(status).as(output()).isEqualTo(1);
        assertThat(output()).contains("FAIL  keep-searching.drl:" + line + ":1 rule \"Keep searching after a second round\" "
                + "fires in no scenario: add a scenario").contains("--allow-unexercised").contains("FAILED: 7 passed, 1 failed");
    }

    @Test
    void allowUnexercisedListsTheRuleWithoutFailing() throws IOException {
        Path rules = copyOfRules("rules");
        Path file = rules.resolve("keep-searching.drl");
        Files.writeString(file, Files.readString(file) + UNEXERCISED);

        int status = check.allowUnexercised(true).run(rules, null, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).as(output()).isZero();
        assertThat(output()).contains("WARN  keep-searching.drl:").contains("Keep searching after a second round").contains("OK: 7 passed");
    }
}
