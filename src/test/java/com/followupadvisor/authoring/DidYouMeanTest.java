package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.DidYouMean;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;

/**
 * A misspelt name is reported in the rule author's words, at the name, with the name most likely
 * meant and the names there are: a fact, a fact's field, a kind's value, a number (in a rule and in
 * advice-numbers.properties), a text, a method in a then part. On copies of the fixture rules.
 */
class DidYouMeanTest {

    @TempDir
    Path work;

    private List<RuleProblem> problemsAfter(String file, String from, String to) throws Exception {
        Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
        RuleFiles.edit(rules.resolve(file), from, to);
        try {
            new RuleSetLoader(ShippedRules.CLOCK).load(rules);
        } catch (RuleLoadException e) {
            return e.problems();
        }
        throw new AssertionError("the rules compiled after " + from + " -> " + to);
    }

    /** The one problem reported, at {@code file}'s line holding {@code to}, at the misspelt word. */
    private RuleProblem onlyProblem(String file, String from, String to, String word) throws Exception {
        List<RuleProblem> problems = problemsAfter(file, from, to);
        assertThat(problems).as("one problem, nothing that follows from it").hasSize(1);
        RuleProblem p = problems.get(0);
        Path copy = work.resolve("rules").resolve(file);
        int line = RuleFiles.lineOf(copy, to);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.line()).isEqualTo(line);
        String text = java.nio.file.Files.readAllLines(copy).get(line - 1);
        assertThat(p.column()).as(p.toString()).isEqualTo(text.indexOf(word) + 1);
        return p;
    }

    @Test
    void aMisspeltFieldNamesTheFieldMeantAndTheFields() throws Exception {
        RuleProblem p = onlyProblem("keep-searching.drl", "Application( outcome == Outcome.OPEN )",
                "Application( outcome == Outcome.OPEN, activeAplications == 0 )", "activeAplications");
        assertThat(p.message()).startsWith("Application has no field \"activeAplications\"; did you mean \"activeApplications\"? "
                + "Its fields: ").contains("unansweredFollowUps", "firstChoice").doesNotContain("strict-mode");
    }

    @Test
    void aMisspeltFieldBoundToAVariableIsSaidOnce() throws Exception {
        RuleProblem p = onlyProblem("follow-up.drl", "unansweredFollowUps == 0, $today : today )\n    Interview( latestHeld, $on : date, plusDays(date, $days) > $today )",
                "unansweredFollowUps == 0, $today : todya )\n    Interview( latestHeld, $on : date, plusDays(date, $days) > $today )", "todya");
        assertThat(p.message()).startsWith("Application has no field \"todya\"; did you mean \"today\"?");
    }

    @Test
    void aMisspeltFactNamesTheFactMeant() throws Exception {
        RuleProblem p = onlyProblem("keep-searching.drl", "Application( outcome == Outcome.OPEN )",
                "Aplication( outcome == Outcome.OPEN )", "Aplication");
        assertThat(p.message()).startsWith("there is no fact \"Aplication\"; did you mean \"Application\"? The facts: ")
                .contains("Interview", "Numbers");
    }

    @Test
    void aMisspeltValueNamesTheValueMeant() throws Exception {
        RuleProblem p = onlyProblem("keep-searching.drl", "Application( outcome == Outcome.OPEN )",
                "Application( outcome == Outcome.OPNE )", "OPNE");
        assertThat(p.message()).startsWith("Outcome has no value \"OPNE\"; did you mean \"OPEN\"? Its values: ");
    }

    @Test
    void aMisspeltNumberNamesTheNumberMeant() throws Exception {
        // the number's only use misspelt: the numbers file's line is unused too, and says which name a rule reads
        List<RuleProblem> problems = problemsAfter("move-on.drl", "Numbers( $days : moveOnAfterDays,", "Numbers( $days : moveOnAfterDay,");
        assertThat(problems).hasSize(2);
        RuleProblem p = problems.stream().filter(q -> q.file().equals("move-on.drl")).findFirst().orElseThrow();
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.column()).isEqualTo(22);
        assertThat(problems).anySatisfy(q -> assertThat(q.toString()).startsWith("advice-numbers.properties:16:1 no rule uses "
                + "moveOnAfterDays; did you mean \"moveOnAfterDay\""));
        assertThat(p.message()).startsWith("there is no number moveOnAfterDay in advice-numbers.properties; did you mean "
                + "\"moveOnAfterDays\"? Add it there, or correct its name here.");
    }

    @Test
    void aNumberMisspeltInTheNumbersFileNamesTheNumberARuleReads() throws Exception {
        List<RuleProblem> problems = problemsAfter("advice-numbers.properties", "moveOnAfterDays =", "moveOnAfterDayz =");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("advice-numbers.properties");
            assertThat(p.message()).isEqualTo("no rule uses moveOnAfterDayz; did you mean \"moveOnAfterDays\", which a rule "
                    + "reads? Correct the name here, or in the rule");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .startsWith("there is no number moveOnAfterDays in advice-numbers.properties; did you mean \"moveOnAfterDayz\"?"));
    }

    @Test
    void aMisspeltTextNamesTheTextMeant() throws Exception {
        RuleProblem p = onlyProblem("keep-searching.drl", ".title(\"keep-searching-title\")", ".title(\"keep-serching-title\")",
                "keep-serching-title");
        assertThat(p.message()).isEqualTo("there is no text \"keep-serching-title\"; did you mean \"keep-searching-title\"? "
                + "Add wording/en/keep-serching-title.txt, or correct the name here");
    }

    @Test
    void aMisspeltGetterInAThenPartNamesTheGetterMeant() throws Exception {
        RuleProblem p = onlyProblem("move-on.drl", "$app.getLastFollowUpDate()", "$app.getLastFolowUpDate()", "getLastFolowUpDate");
        assertThat(p.message()).startsWith("Application has no method \"getLastFolowUpDate\"; did you mean \"getLastFollowUpDate\"?");
    }

    @Test
    void aNameFarFromEveryOneSuggestsNoneButListsThem() throws Exception {
        RuleProblem p = onlyProblem("keep-searching.drl", "Application( outcome == Outcome.OPEN )",
                "Application( outcome == Outcome.OPEN, salary > 0 )", "salary");
        assertThat(p.message()).startsWith("Application has no field \"salary\". Its fields: ").doesNotContain("did you mean");
    }

    @ParameterizedTest
    @CsvSource({"activeAplications, activeApplications", "todya, today", "Aplication, Application", "OPNE, OPEN",
            "application, Application", "folow-up-title, follow-up-title"})
    void theClosestNameIsMeant(String typed, String meant) {
        assertThat(DidYouMean.closest(typed, List.of("activeApplications", "today", "Application", "OPEN", "ON_HOLD",
                "follow-up-title", "follow-up-why", "round"))).isEqualTo(meant);
    }

    @Test
    void aShortWordIsNotTakenForAnother() {
        assertThat(DidYouMean.closest("now", List.of("round", "today"))).isNull();
    }
}
