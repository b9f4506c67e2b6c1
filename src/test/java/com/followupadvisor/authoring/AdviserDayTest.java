package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A career adviser's day, end to end: on a fresh copy of the project (its last commit), every
 * example edit of the rule authors' guide is made in {@code rules/} (a number, a sentence in
 * English and German, a new rule with its texts and scenario), the new answers are accepted as the
 * guide says ({@code ./check-rules --accept}), {@code ./check-rules} passes, and then the copy's own
 * {@code ./mvnw -B verify} (what CI runs) passes too: an edit that the check passes never breaks
 * the developers' build.
 *
 * <p>A nested build of about ten minutes, so only CI runs it ({@code .ci/run}:
 * {@code -Dadviser.day=true}); a developer's {@code verify} leaves it out.
 */
@EnabledIfSystemProperty(named = "adviser.day", matches = "true")
class AdviserDayTest {

    private static final long MINUTES = 40;

    @TempDir
    Path work;

    @Test
    void followingTheWholeGuideAndAcceptingItsAnswersLeavesTheBuildGreen() throws Exception {
        Path copy = work.resolve("project");
        Files.createDirectories(copy);
        // the project as committed, as a fresh clone has it (git archive: no worktree, no build output)
        Path archive = work.resolve("project.tar");
        assertThat(run(Path.of("."), 5, "git", "archive", "--format=tar", "-o", archive.toString(), "HEAD")).isZero();
        assertThat(run(copy, 5, "tar", "-xf", archive.toString())).isZero();
        Path browser = Path.of("src/test/web/node_modules");
        if (Files.isDirectory(browser)) {
            run(Path.of("."), 5, "cp", "-R", browser.toString(), copy.resolve("src/test/web/").toString());
        }

        Path rules = copy.resolve("rules");
        String number = ReadmeExampleEditTest.guideEdit();
        Path numbers = rules.resolve("advice-numbers.properties");
        String name = number.substring(0, number.indexOf('=')).strip();
        Files.writeString(numbers, Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*=.*$")
                .matcher(Files.readString(numbers)).replaceFirst(java.util.regex.Matcher.quoteReplacement(number)));
        for (String section : List.of("Rewording a sentence", "Adding a rule", "Adding a scenario")) {
            for (GuideWalkthroughTest.Edit edit : GuideWalkthroughTest.editsOf(section)) {
                Path file = rules.resolve(edit.file());
                Files.createDirectories(file.getParent());
                Files.writeString(file, edit.append() ? Files.readString(file) + "\n" + edit.text() : edit.text());
            }
        }

        assertThat(run(copy, 10, "./check-rules")).as("./check-rules right after the edits").isNotZero();
        assertThat(run(copy, 10, "./check-rules", "--accept")).as("./check-rules --accept").isZero();
        assertThat(run(copy, 10, "./check-rules")).as("./check-rules after --accept").isZero();
        assertThat(run(copy, MINUTES, "./mvnw", "-B", "verify")).as("./mvnw -B verify on the adviser's copy").isZero();
    }

    /** Runs {@code command} in {@code dir}; its output goes to this test's output, its exit status is returned. */
    private static int run(Path dir, long minutes, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
        Thread echo = new Thread(() -> {
            try (var out = process.getInputStream()) {
                out.transferTo(new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process ended
            }
        }, "adviser-day output");
        echo.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took more than " + minutes + " minutes");
        }
        echo.join(10_000);
        return process.exitValue();
    }
}
