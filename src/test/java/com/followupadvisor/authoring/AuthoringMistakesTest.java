package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.followupadvisor.AuthoringMistake;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;

/** ./check-rules reports each kind of authoring mistake at its file, line and column, and fails. */
class AuthoringMistakesTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(AuthoringMistake.class)
    void isReportedAtItsLineByTheCheck(AuthoringMistake mistake) throws Exception {
        Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
        int line = mistake.makeIn(rules);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = new RulesCheck(ShippedRules.CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR)
                .run(rules, null, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isEqualTo(1);
        assertThat(output.lines().map(String::strip).map(l -> l.replaceFirst("^FAIL\\s+", "")))
                .as(output).anySatisfy(l -> assertThat(l).matches(mistake.reportedAt(line)));
    }
}
