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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.scenarios.StatePopulation;

/**
 * {@code ./check-rules --against} with a git revision instead of a folder: the rules as last
 * committed, a tag, a commit, read from a git repository of the test's own (a copy of the fixture
 * rules, committed, then one number changed), and what a bad one gets.
 */
class AgainstRevisionTest {

    private static final String NUMBER = "followUpAfterDays = 5 ";
    private static final String CHANGED = "followUpAfterDays = 6 ";
    /** The fixture scenario whose answer that number decides. */
    private static final String SCENARIO = "follow-up-after-the-wait";

    @TempDir
    Path work;

    private Path repo;
    private Path rules;
    private String firstCommit;

    private final RulesCheck check = new RulesCheck(ShippedRules.CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    /** A repository whose first commit has only a README, whose second (tagged v1.0) adds the rules. */
    @BeforeEach
    void repository() throws IOException, InterruptedException {
        repo = Files.createDirectories(work.resolve("project"));
        git("init", "-q");
        Files.writeString(repo.resolve("README.md"), "a project\n");
        git("add", "README.md");
        git("commit", "-q", "-m", "a start, without rules");
        firstCommit = git("rev-parse", "HEAD").strip();
        rules = RuleFiles.copyFixtureRulesTo(repo.resolve("rules"));
        git("add", "rules");
        git("commit", "-q", "-m", "the rules");
        git("tag", "-a", "v1.0", "-m", "the first release");
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private int run(String against) {
        return check.run(new CheckOptions(rules, against, 0, StatePopulation.DEFAULT_SEED, false, false),
                new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    private String comparison() {
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Compared with");
        return out.substring(out.indexOf("Compared with"));
    }

    private String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    @Test
    void againstAloneComparesWithTheRulesAsLastCommitted() throws IOException {
        RuleFiles.edit(rules.resolve("advice-numbers.properties"), NUMBER, CHANGED);

        run(CheckOptions.HEAD);

        assertThat(errors()).isEmpty();
        assertThat(comparison()).startsWith("Compared with rules/ as last committed (HEAD, commit ")
                .contains("  " + SCENARIO + "\n").containsPattern("\\d+ of \\d+ scenarios get a different recommendation");
    }

    @Test
    void uncommittedRulesEqualToTheLastCommitGetTheSameRecommendations() {
        assertThat(run(CheckOptions.HEAD)).as(printed.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(comparison()).contains("Every scenario gets the same recommendation");
    }

    @Test
    void aTagOrACommitIsComparedWithItsRules() throws IOException, InterruptedException {
        String tagged = git("rev-parse", "v1.0^{commit}").strip();
        RuleFiles.edit(rules.resolve("advice-numbers.properties"), NUMBER, CHANGED);
        git("commit", "-q", "-a", "-m", "a day more before following up");

        run("v1.0");
        String againstTag = comparison();
        printed.reset();
        run(tagged);
        String againstCommit = comparison();
        printed.reset();
        run(CheckOptions.HEAD);

        assertThat(againstTag).startsWith("Compared with rules/ of v1.0 (commit " + tagged.substring(0, 7) + ")")
                .contains("  " + SCENARIO + "\n");
        assertThat(againstCommit).contains("  " + SCENARIO + "\n");
        assertThat(comparison()).contains("Every scenario gets the same recommendation");
        assertThat(errors()).isEmpty();
        // nothing was checked out: no worktree, no file of the checkout changed
        assertThat(git("worktree", "list").lines()).hasSize(1);
        assertThat(git("status", "--porcelain")).isEmpty();
    }

    @Test
    void anUnknownRevisionIsAUsageErrorNamingTheTags() {
        int status = run("v9.9");

        assertThat(status).isEqualTo(2);
        assertThat(errors().strip()).doesNotContain("\n")
                .isEqualTo("--against v9.9: there is no folder v9.9, and no tag or commit called v9.9; tags here: v1.0");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aRevisionWithoutTheRulesFolderIsAUsageError() {
        int status = run(firstCommit);

        assertThat(status).isEqualTo(2);
        assertThat(errors().strip()).doesNotContain("\n").contains("has no rules/ folder");
    }

    @Test
    void aMissingFolderOutsideGitIsOneLineAndAUsageError() throws IOException {
        rules = RuleFiles.copyFixtureRulesTo(work.resolve("elsewhere/rules"));

        int status = run(work.resolve("missing").toString());
        int head = run(CheckOptions.HEAD);

        assertThat(status).isEqualTo(2);
        assertThat(head).isEqualTo(2);
        assertThat(errors().lines()).hasSize(2).allMatch(l -> l.contains("is not in a git checkout"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("FAILED").doesNotContain("passed");
    }

    @Test
    void aFolderThatExistsWinsOverARevision() throws IOException {
        Path release = RuleFiles.copyFixtureRulesTo(work.resolve("release"));
        RuleFiles.edit(rules.resolve("advice-numbers.properties"), NUMBER, CHANGED);

        run(release.toString());

        assertThat(comparison()).startsWith("Compared with " + release + ",").contains("  " + SCENARIO + "\n");
    }

    /** The command: a bad revision ends it with status 2 and one line, before any rule is compiled. */
    @Test
    void theCommandExitsWithTwoOnAnUnknownRevision() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CheckCommand.class.getName(), "--rules", rules.toString(), "--against", "v9.9"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ended").isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--against v9.9: there is no folder v9.9, and no tag or commit called v9.9; tags here: v1.0");
    }
}
