package com.followupadvisor.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;

/**
 * The documents' example answers, worked out in process on a rule set: current on the shipped
 * rules, out of date once the advice changes, and written back in the documents' own JSON style
 * so that an accepted change leaves nothing else of the file different.
 */
class DocExamplesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path project;

    private Path copyOfTheDocs() throws Exception {
        for (DocExamples.Example example : DocExamples.EXAMPLES) {
            Path target = project.resolve(example.file());
            Files.createDirectories(target.getParent() == null ? project : target.getParent());
            Files.copy(Path.of(example.file()), target);
        }
        return project;
    }

    @Test
    void onTheShippedRulesEveryExampleShowsItsRealAnswer() throws Exception {
        assertThat(DocExamples.outOfDate(Path.of("."), ShippedRules.RULES, ShippedRules.ADVISOR, ZONE, false)).isEmpty();
    }

    @Test
    void anOutOfDateAnswerIsWrittenExactlyAsTheDocumentsWriteJson() throws Exception {
        Path docs = copyOfTheDocs();
        for (DocExamples.Example example : DocExamples.EXAMPLES) {
            Path file = docs.resolve(example.file());
            String current = Files.readString(file);
            String wrong = current.replaceFirst("\"overdue\": (true|false)", "\"overdue\": \"maybe\"");
            assertThat(wrong).as(example.file() + " shows an answer with overdue").isNotEqualTo(current);
            Files.writeString(file, wrong);
        }

        assertThat(DocExamples.outOfDate(docs, ShippedRules.RULES, ShippedRules.ADVISOR, ZONE, true))
                .containsExactly("README.md", "docs/integrators.md");

        for (DocExamples.Example example : DocExamples.EXAMPLES) {
            assertThat(Files.readString(docs.resolve(example.file()))).isEqualTo(Files.readString(Path.of(example.file())));
        }
    }

    @Test
    void aChangedNumberMakesTheExamplesOutOfDateAndAcceptingWritesTheNewAnswersAndNothingElse() throws Exception {
        Path docs = copyOfTheDocs();
        Path rules = RuleFiles.copyShippedRulesTo(project.resolve("rules"));
        Path numbers = rules.resolve("advice-numbers.properties");
        String text = Files.readString(numbers);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^nextFollowUpFromDays\\s*=\\s*(\\d+)").matcher(text);
        assertThat(m.find()).as("advice-numbers.properties has nextFollowUpFromDays").isTrue();
        int days = Integer.parseInt(m.group(1));
        Files.writeString(numbers, text.substring(0, m.start(1)) + (days + 1) + text.substring(m.end(1)));
        RuleSet changed = new RuleSetLoader(ShippedRules.CLOCK).load(rules);
        String readmeBefore = Files.readString(docs.resolve("README.md"));

        assertThat(DocExamples.outOfDate(docs, changed, ShippedRules.ADVISOR, ZONE, false))
                .containsExactly("README.md", "docs/integrators.md");
        assertThat(DocExamples.outOfDate(docs, changed, ShippedRules.ADVISOR, ZONE, true)).hasSize(2);

        assertThat(DocExamples.outOfDate(docs, changed, ShippedRules.ADVISOR, ZONE, false)).isEmpty();
        String readmeAfter = Files.readString(docs.resolve("README.md"));
        int answer = readmeBefore.indexOf("```json\n");
        assertThat(readmeAfter).startsWith(readmeBefore.substring(0, answer))
                .endsWith(readmeBefore.substring(readmeBefore.indexOf("\n```", answer)));
        assertThat(readmeAfter).isNotEqualTo(readmeBefore);
    }
}
