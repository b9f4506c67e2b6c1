package com.followupadvisor.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.calendar.QuietWeeks;
import com.followupadvisor.advice.UrgencyOrder;
import com.followupadvisor.rules.folder.QuietWeeksFile;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;

class RuleSetLoaderTest {

    @TempDir
    Path dir;

    private final RuleSetLoader loader = new RuleSetLoader(ShippedRules.CLOCK);

    static void copyFixtureRules(Path target) throws IOException {
        RuleFiles.copyFixtureRulesTo(target);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        RuleFiles.edit(file, from, to);
    }

    private static String readRules(String file) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("rules").resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void catalogsEveryShippedRuleWithItsFileLineAndDescription() {
        RuleSet rules = ShippedRules.RULES;

        assertThat(rules.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.file()).endsWith(".drl");
            assertThat(rule.line()).isPositive();
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.advice()).isNotBlank();
        });
        // each rule is catalogued at the line of its header in its file
        assertThat(rules.rules()).allSatisfy(r -> {
            String[] lines = readRules(r.file()).split("\\R", -1);
            assertThat(lines[r.line() - 1]).as(r.name()).contains("rule \"" + r.name() + "\"");
        });
    }

    @Test
    void theCatalogueSpeaksOfRulesNotOfTheEnginesOrderingAttributes() {
        assertThat(java.util.Arrays.stream(RuleInfo.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("name", "file", "line", "description", "advice");
    }

    @Test
    void theVersionFollowsTheContentOfRulesAndTemplates() throws Exception {
        copyFixtureRules(dir);
        String before = loader.load(dir).version();
        assertThat(loader.load(dir).version()).isEqualTo(before);

        replace(dir.resolve("wording/en/follow-up.txt"), "Is there any news", "Is there news");
        assertThat(loader.load(dir).version()).isNotEqualTo(before);
    }

    @Test
    void reportsASyntaxErrorWithFileLineAndColumn() throws Exception {
        copyFixtureRules(dir);
        String header = "rule \"Move on after the follow-ups\"";
        int line = RuleFiles.lineOf(dir.resolve("move-on.drl"), header);
        replace(dir.resolve("move-on.drl"), header, header + "\n    salience oops(");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e -> {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("move-on.drl"));
            assertThat(e.problems().get(0).line()).isBetween(line + 1, line + 3);
            assertThat(e.problems().get(0).toString()).matches("move-on\\.drl:\\d+:\\d+ .+");
        });
    }

    @Test
    void reportsAnUnknownFieldInAConditionAtItsLine() throws Exception {
        copyFixtureRules(dir);
        int line = RuleFiles.lineOf(dir.resolve("keep-searching.drl"), "Application( outcome == Outcome.OPEN )");
        replace(dir.resolve("keep-searching.drl"), "Application( outcome == Outcome.OPEN )", "Application( pending )");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("keep-searching.drl");
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains("pending");
                }));
    }

    @Test
    void reportsEveryBrokenFileAtOnce() throws Exception {
        copyFixtureRules(dir);
        replace(dir.resolve("keep-searching.drl"), "Application( outcome == Outcome.OPEN )", "Application( pending )");
        replace(dir.resolve("wording/en/thanks.txt"), "{#if personName}", "{#iff personName}");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::file)
                        .contains("keep-searching.drl", "wording/en/thanks.txt"));
    }

    @Test
    void namesTheFileWhenTheCompilerItselfFails() throws Exception {
        copyFixtureRules(dir);
        // `channels` is a reserved word in a then part, and trips the compiler rather than its checks
        replace(dir.resolve("thank-you.drl"), ".via(Channel.EMAIL)", ".channels(Channel.EMAIL)");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("thank-you.drl")));
    }

    @Test
    void reportsATemplateThatNamesAnUnknownValueWhenLoadedNotOnEveryRequest() throws Exception {
        copyFixtureRules(dir);
        int line = RuleFiles.lineOf(dir.resolve("wording/en/follow-up.txt"), "Is there any news");
        replace(dir.resolve("wording/en/follow-up.txt"), "Is there any news", "{recruiterName}, is there any news");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("wording/en/follow-up.txt");
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains("recruiterName");
                }));
    }

    @Test
    void refusesLoopsInTemplates() throws Exception {
        copyFixtureRules(dir);
        replace(dir.resolve("wording/en/follow-up.txt"), "Is there any news", "{#for i in 100000}x{/for}");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::file).containsOnly("wording/en/follow-up.txt"));
    }

    @Test
    void refusesAFolderWithNoRules() {
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no .drl")));
    }

    @Test
    void aFolderWithoutQuietWeeksLoadsAndGivesNone() throws Exception {
        copyFixtureRules(dir);
        Files.deleteIfExists(dir.resolve(QuietWeeksFile.FILE));

        RuleSet rules = loader.load(dir);

        assertThat(rules.given(QuietWeeks.class)).isEmpty();
        assertThat(rules.given(UrgencyOrder.class)).isPresent();
    }

    @Test
    void givesTheQuietWeeksOfTheFolderAndTheirChangeMakesANewVersion() throws Exception {
        copyFixtureRules(dir);
        Files.writeString(dir.resolve(QuietWeeksFile.FILE), "# our office\nAugust 3 to August 14\n");
        RuleSet august = loader.load(dir);

        QuietWeeks quiet = august.given(QuietWeeks.class).orElseThrow();
        assertThat(quiet.contains(LocalDate.parse("2027-08-14"))).isTrue();
        assertThat(quiet.contains(LocalDate.parse("2027-12-28"))).isFalse();

        Files.writeString(dir.resolve(QuietWeeksFile.FILE), "# none this year\n");
        RuleSet none = loader.load(dir);
        assertThat(none.given(QuietWeeks.class)).contains(QuietWeeks.NONE);
        assertThat(none.version()).isNotEqualTo(august.version());
    }

    @Test
    void refusesABadQuietWeeksLineTogetherWithTheOtherProblems() throws Exception {
        copyFixtureRules(dir);
        Files.writeString(dir.resolve(QuietWeeksFile.FILE), "# the break\nDecember 24 to Janury 1\n");
        replace(dir.resolve("keep-searching.drl"), "Application( outcome == Outcome.OPEN )", "Application( pending )");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(RuleLoadException.class, e -> {
            assertThat(e.problems()).extracting(RuleProblem::file).contains("keep-searching.drl");
            assertThat(e.problems()).filteredOn(p -> p.file().equals(QuietWeeksFile.FILE)).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("Janury");
            });
        });
    }
}
