package com.followupadvisor.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.state.ApplicationState;

/** A text a language lacks is written in English; English itself must have every text a rule names. */
class LanguageFallbackTest {

    @TempDir
    Path dir;

    private AdvisedAction next(RuleSet rules, String language) {
        ApplicationState state = FixtureRules.TYPICAL.toBuilder().language(language).build();
        return ShippedRules.ADVISOR.advise(rules, state).next();
    }

    @Test
    void aTextMissingInALanguageIsWrittenInEnglish() throws Exception {
        RuleFiles.copyFixtureRulesTo(dir);
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
        RuleFiles.copyFixtureRulesTo(dir);
        Files.delete(dir.resolve("wording/en/move-on-why.txt"));
        int line = RuleFiles.lineOf(dir.resolve("move-on.drl"), ".why(\"move-on-why\")");

        assertThatThrownBy(() -> new RuleSetLoader(ShippedRules.CLOCK).load(dir))
                .isInstanceOfSatisfying(RuleLoadException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("move-on.drl");
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains("move-on-why");
                }));
    }

    @Test
    void aMisspeltValueIsAnErrorAtItsLineInTheText() throws Exception {
        RuleFiles.copyFixtureRulesTo(dir);
        Path text = dir.resolve("wording/de/keep-searching-why.txt");
        Files.writeString(text, "Erste Zeile.\nZweite Zeile mit {compnay}.\n");

        assertThatThrownBy(() -> new RuleSetLoader(ShippedRules.CLOCK).load(dir))
                .isInstanceOfSatisfying(RuleLoadException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::toString)
                        .anySatisfy(line -> assertThat(line).startsWith("wording/de/keep-searching-why.txt:2:")
                                .contains("compnay")));
    }
}
