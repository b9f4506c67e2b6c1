package com.followupadvisor.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.rules.RuleLoadException;
import com.followupadvisor.rules.RuleProblem;
import com.followupadvisor.rules.RuleSet;
import com.followupadvisor.rules.RuleSetLoader;
import com.followupadvisor.state.ApplicationState;


/** A text a language lacks is written in English; English itself must have every text a rule names. */
class LanguageFallbackTest {

    @TempDir
    Path dir;

    private AdvisedAction next(RuleSet rules, String language) {
        ApplicationState state = StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00")
                .expectedBy("2026-11-19").thankYouSent("2026-11-12T18:00").build().toBuilder().language(language).build();
        return ShippedRules.ADVISOR.advise(rules, state).next();
    }

    @Test
    void aTextMissingInALanguageIsWrittenInEnglish() throws Exception {
        RuleFiles.copyShippedRulesTo(dir);
        RuleSet complete = new RuleSetLoader(ShippedRules.CLOCK).load(dir);
        String whyName = "follow-up-why";
        assertThat(next(complete, "de").why()).isNotEqualTo(next(complete, "en").why());

        Files.delete(dir.resolve("wording/de/" + whyName + ".txt"));
        RuleSet lacking = new RuleSetLoader(ShippedRules.CLOCK).load(dir);

        assertThat(lacking.wording().missing("de")).containsExactly(whyName);
        assertThat(next(lacking, "de").why()).isEqualTo(next(lacking, "en").why());
        assertThat(next(lacking, "de").title()).isEqualTo(next(complete, "de").title());
    }

    @Test
    void aTextMissingInEnglishIsAnErrorAtTheRuleThatNamesIt() throws Exception {
        RuleFiles.copyShippedRulesTo(dir);
        Files.delete(dir.resolve("wording/en/move-on-why.txt"));

        assertThatThrownBy(() -> new RuleSetLoader(ShippedRules.CLOCK).load(dir))
                .isInstanceOfSatisfying(RuleLoadException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("move-on.drl");
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).contains("move-on-why");
                }));
    }

    @Test
    void aMisspeltValueIsAnErrorAtItsLineInTheText() throws Exception {
        RuleFiles.copyShippedRulesTo(dir);
        Path text = dir.resolve("wording/de/keep-searching-why.txt");
        Files.writeString(text, "Erste Zeile.\nZweite Zeile mit {compnay}.\n");

        assertThatThrownBy(() -> new RuleSetLoader(ShippedRules.CLOCK).load(dir))
                .isInstanceOfSatisfying(RuleLoadException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::toString)
                        .anySatisfy(line -> assertThat(line).startsWith("wording/de/keep-searching-why.txt:2:")
                                .contains("compnay")));
    }
}
