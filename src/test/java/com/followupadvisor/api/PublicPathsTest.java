package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public answers' net for absolute paths: a library's message that quotes one names the file relative to the rules folder. */
class PublicPathsTest {

    @TempDir
    Path base;

    @Test
    void aPathInTheRulesFolderBecomesRelativeToIt() throws Exception {
        Path real = Files.createDirectories(base.resolve("worktree-a"));
        Path link = Files.createSymbolicLink(base.resolve("rules"), real);
        PublicPaths paths = new PublicPaths(link);

        assertThat(paths.hide("cannot parse " + link.toAbsolutePath() + "/wording/en/thanks.txt: bad"))
                .isEqualTo("cannot parse wording/en/thanks.txt: bad");
        assertThat(paths.hide("cannot parse " + real.toRealPath() + "/move-on.drl")).isEqualTo("cannot parse move-on.drl");
        assertThat(paths.hide("the folder " + link.toAbsolutePath() + " is gone")).isEqualTo("the folder . is gone");
    }

    @Test
    void aPathInTheWorkingDirectoryBecomesRelativeToIt() {
        PublicPaths paths = new PublicPaths(Path.of("rules"));
        String workingDirectory = Path.of("").toAbsolutePath().toString();

        assertThat(paths.hide("read " + workingDirectory + "/config/application.properties"))
                .isEqualTo("read config/application.properties");
    }

    @Test
    void aLongerNameThatStartsLikeTheFolderIsLeftWhole() throws Exception {
        Path rules = Files.createDirectories(base.resolve("rules"));
        PublicPaths paths = new PublicPaths(rules);

        assertThat(paths.hide(rules.toAbsolutePath() + "-old/x.drl")).isEqualTo(rules.toAbsolutePath() + "-old/x.drl");
        assertThat(paths.hide("no path here: a / b")).isEqualTo("no path here: a / b");
    }
}
