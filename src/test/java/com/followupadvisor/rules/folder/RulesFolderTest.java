package com.followupadvisor.rules.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.authoring.RulesCheck;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;

/**
 * What is read from a rules folder: only files inside it (links within it are followed, links out
 * of it refused), within a size per file and for the whole set, as UTF-8 text; and each refusal
 * names the file relative to the folder, never an absolute path or what the file holds.
 */
class RulesFolderTest {

    private static final String SECRET = "xyzzySecretToken";

    @TempDir
    Path base;

    private Path rules;
    private final RuleSetLoader loader = new RuleSetLoader(ShippedRules.CLOCK);

    @BeforeEach
    void copyTheFixture() throws IOException {
        rules = RuleFiles.copyFixtureRulesTo(base.resolve("rules"));
    }

    /** The problems of loading {@code folder}, which must fail; none may show an absolute path. */
    private List<RuleProblem> problems(Path folder) throws IOException {
        List<RuleProblem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> loader.load(folder)).isInstanceOfSatisfying(RuleLoadException.class,
                e -> problems.addAll(e.problems()));
        String real = base.toRealPath().toString();
        assertThat(problems).allSatisfy(p -> assertThat(p.toString())
                .doesNotContain(base.toString()).doesNotContain(real).doesNotContain(SECRET));
        return problems;
    }

    private Path secretOutside() throws IOException {
        return Files.writeString(base.resolve("secret.txt"), SECRET + " and the rest of the secret\n");
    }

    private static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    @Nested
    class Links {

        @Test
        void aTemplateLinkedOutsideTheFolderIsRefusedNamingIt() throws Exception {
            Path template = rules.resolve("wording/en/thanks.txt");
            Files.delete(template);
            Files.createSymbolicLink(template, secretOutside());

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("wording/en/thanks.txt");
                assertThat(p.message()).contains("outside the rules folder");
            });
        }

        @Test
        void theRuleAuthorsCheckReportsTheSame() throws Exception {
            Files.createSymbolicLink(rules.resolve("leak.drl"), secretOutside());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

            int status = new RulesCheck(ShippedRules.CLOCK, java.time.ZoneOffset.UTC, ShippedRules.ADVISOR)
                    .run(rules, null, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("  " + problems(rules).get(0)).doesNotContain(SECRET);
        }

        @Test
        void aTemplateLinkedToTheProcessEnvironmentIsRefused() throws Exception {
            Path template = rules.resolve("wording/en/thanks.txt");
            Files.delete(template);
            Files.createSymbolicLink(template, Path.of("/proc/self/environ"));

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("wording/en/thanks.txt");
                assertThat(p.message()).contains("outside the rules folder");
            });
        }

        @Test
        void aRuleFileLinkedToASecretNeverQuotesIt() throws Exception {
            Files.createSymbolicLink(rules.resolve("leak.drl"), secretOutside());

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("leak.drl");
                assertThat(p.message()).contains("outside the rules folder");
            });
        }

        @Test
        void aFolderLinkedOutsideIsRefused() throws Exception {
            Path french = Files.createDirectories(base.resolve("elsewhere/fr"));
            Files.copy(rules.resolve("wording/en/thanks.txt"), french.resolve("thanks.txt"));
            Files.createSymbolicLink(rules.resolve("wording/fr"), french);

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("wording/fr");
                assertThat(p.message()).contains("outside the rules folder");
            });
        }

        @Test
        void aLinkThatLeadsNowhereIsReported() throws Exception {
            Files.createSymbolicLink(rules.resolve("gone.drl"), Path.of("no-such-file.drl"));

            assertThat(problems(rules)).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("gone.drl"));
        }

        @Test
        void aLinkBackToTheFolderIsReportedNotWalkedForever() throws Exception {
            Files.createSymbolicLink(rules.resolve("wording/loop"), Path.of(".."));

            assertThat(problems(rules)).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("wording/loop"));
        }

        @Test
        void relativeLinksWithinTheFolderAreFollowedAndNamedAsLinked() throws Exception {
            // a hidden folder is not read itself, so its rules are read once, through the link
            Path library = Files.createDirectories(rules.resolve(".library"));
            Files.move(rules.resolve("keep-searching.drl"), library.resolve("keep-searching.drl"));
            Files.createSymbolicLink(rules.resolve("keep-searching.drl"), Path.of(".library/keep-searching.drl"));

            RuleSet loaded = loader.load(rules);

            assertThat(loaded.version()).isEqualTo(FixtureRules.RULES.version());
            assertThat(loaded.rules()).extracting(RuleInfo::file).contains("keep-searching.drl")
                    .noneMatch(file -> file.contains(".library"));
        }

        @Test
        void theRulesFolderMayItselfBeALink() throws Exception {
            Path link = Files.createSymbolicLink(base.resolve("current"), rules);

            assertThat(loader.load(link).version()).isEqualTo(FixtureRules.RULES.version());
        }

        @Test
        void aConfigMapVolumeIsReadOnceThroughItsLinks() throws Exception {
            Path mount = FolderLayouts.configMap(base.resolve("mount"), rules, "2026_12_01_10_00_00.000000001");

            RuleSet loaded = loader.load(mount);

            assertThat(loaded.version()).isEqualTo(FixtureRules.RULES.version());
            assertThat(loaded.rules()).hasSameSizeAs(FixtureRules.RULES.rules())
                    .extracting(RuleInfo::file).noneMatch(file -> file.startsWith("."));
        }
    }

    @Nested
    class Sizes {

        @Test
        void aTemplateOverTheFileLimitIsRefused() throws Exception {
            String line = "Thank you for meeting me on {interviewDay}.\n";
            Files.writeString(rules.resolve("wording/en/thanks.txt"), line.repeat((1 << 20) / line.length() + 1));

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("wording/en/thanks.txt");
                assertThat(p.message()).contains("1 MiB");
            });
        }

        @Test
        void aHugeTemplateIsRefusedWithoutBeingRead() throws Exception {
            Path template = rules.resolve("wording/en/thanks.txt");
            Files.delete(template);
            sparse(template, 200L << 20);

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("wording/en/thanks.txt");
                assertThat(p.message()).contains("200.0 MiB").contains("1 MiB");
            });
        }

        @Test
        void theWholeSetHasALimit() throws Exception {
            for (int i = 1; i <= 17; i++) {
                sparse(rules.resolve("wording/en/padding-" + i + ".txt"), 1000L << 10);
            }

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(".");
                assertThat(p.message()).contains("16 MiB");
            });
        }
    }

    @Nested
    class Diagnostics {

        @Test
        void aFileThatIsNotUtf8IsNamedWithTheLineOfTheBadByte() throws Exception {
            Path template = rules.resolve("wording/en/thanks.txt");
            byte[] text = "Subject: Thank you\n\nDear \u00e9\n".getBytes(StandardCharsets.UTF_8);
            byte[] latin1 = new byte[text.length + 2];
            System.arraycopy(text, 0, latin1, 0, text.length);
            latin1[text.length] = (byte) 0xE9;   // é in ISO-8859-1: not UTF-8
            latin1[text.length + 1] = '\n';
            Files.write(template, latin1);

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("wording/en/thanks.txt");
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.column()).isEqualTo(1);
                assertThat(p.message()).contains("UTF-8").doesNotContain("Input length");
            });
        }

        @Test
        void aBinaryRuleFileIsNamed() throws Exception {
            Files.write(rules.resolve("image.drl"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 10});

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("image.drl");
                assertThat(p.message()).contains("binary");
            });
        }

        @Test
        void aPipeNamedLikeARuleFileIsReportedNeverOpened() throws Exception {
            Path pipe = rules.resolve("pipe.drl");
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes a named pipe here");

            assertThat(problems(rules)).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("pipe.drl");
                assertThat(p.message()).contains("not a regular file");
            });
        }

        @Test
        void aMissingFolderIsReportedWithoutItsAbsolutePath() throws Exception {
            assertThat(problems(base.resolve("no-such-folder"))).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(".");
                assertThat(p.message()).contains("does not exist");
            });
        }

        @Test
        void aFolderWithoutRulesIsReportedWithoutItsAbsolutePath() throws Exception {
            assertThat(problems(Files.createDirectories(base.resolve("empty")))).singleElement()
                    .satisfies(p -> assertThat(p.file()).isEqualTo("."));
        }
    }
}
