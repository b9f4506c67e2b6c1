package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.docs.DocExamples;
import com.followupadvisor.scenarios.StatePopulation;

/**
 * A rule author's change that alters the README's example answer: ./check-rules says so (and so
 * fails, as the developers' build would), and ./check-rules --accept writes the new answer, after
 * which both pass. On a copy of the project's documents and rules.
 */
class DocumentsInTheCheckTest {

    @TempDir
    Path project;

    private final RulesCheck check = new RulesCheck(ShippedRules.CLOCK, ZoneId.of("Europe/Berlin"), ShippedRules.ADVISOR);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(Path rules, boolean accept) {
        printed.reset();
        return check.run(new CheckOptions(rules, null, 0, StatePopulation.DEFAULT_SEED, false, accept),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void aChangeToTheExamplesAnswerFailsTheCheckUntilAcceptedAndAcceptingWritesIt() throws Exception {
        for (DocExamples.Example example : DocExamples.EXAMPLES) {
            Path target = project.resolve(example.file());
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(example.file()), target);
        }
        Path rules = RuleFiles.copyShippedRulesTo(project.resolve("rules"));
        assertThat(run(rules, false)).as("the check on an unchanged copy:\n%s", printed).isZero();

        // the README's example is a second follow-up's plan: move it by a day
        Path numbers = rules.resolve("advice-numbers.properties");
        String text = Files.readString(numbers);
        Matcher days = Pattern.compile("(?m)^nextFollowUpFromDays\\s*=\\s*(\\d+)").matcher(text);
        assertThat(days.find()).isTrue();
        Files.writeString(numbers, text.substring(0, days.start(1)) + (Integer.parseInt(days.group(1)) + 1) + text.substring(days.end(1)));

        assertThat(run(rules, false)).as("the check after the change").isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("FAIL  README.md shows an example answer")
                .contains("./check-rules --accept");
        // the summary counts every FAIL line: failing scenarios and out-of-date documents alike
        String output = printed.toString(StandardCharsets.UTF_8);
        long failLines = output.lines().filter(l -> l.startsWith("  FAIL  ")).count();
        Matcher summary = Pattern.compile("FAILED: \\d+ passed, (\\d+) failed").matcher(output);
        assertThat(summary.find()).as(output).isTrue();
        assertThat(Long.parseLong(summary.group(1))).as("failed, in the summary").isEqualTo(failLines);

        String before = Files.readString(project.resolve("README.md"));
        run(rules, true);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Wrote the new example answer into README.md");
        assertThat(Files.readString(project.resolve("README.md"))).isNotEqualTo(before);
        assertThat(run(rules, false)).as("the check after --accept:\n%s", printed).isZero();
    }
}
