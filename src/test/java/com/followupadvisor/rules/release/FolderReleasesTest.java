package com.followupadvisor.rules.release;

import static com.followupadvisor.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.AdviceNumbers;
import com.followupadvisor.rules.folder.FolderLayouts;

/**
 * Releases that replace the rules folder rather than edit its files: a Kubernetes ConfigMap
 * update ({@code ..data} swapped atomically), a git-sync release (the folder, or a folder above
 * it, is a link swapped to a new worktree), {@code rm -rf} then a restore, and a {@code mv} swap.
 * Each must go live, and the files saved after it too. The time from each release to its rules
 * answering is printed; the tests wait up to 20 s, since timing belongs in benchmarks.
 */
class FolderReleasesTest {

    /**
     * What the releases here do on purpose is logged as warnings (a folder lost, its reload refused; a
     * folder that vanished while the watcher registered it, now and then); the lines are captured here,
     * not shown on the console, and the loss is checked.
     */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(RulesReloader.class, RulesWatcher.class, FolderWatchKeys.class);

    private static final LocalDate INTERVIEW = LocalDate.parse("2026-11-09");

    @TempDir
    Path base;

    private final LoadedRules loaded = new LoadedRules();
    private RulesReloader reloader;

    private void watch(Path dir) {
        reloader = new RulesReloader(new ReleaseSettings(dir, true, Duration.ofMillis(50)), ShippedRules.CLOCK,
                new RuleSetLoader(ShippedRules.CLOCK), FixtureRules.WARM_UP_ONLY, loaded, new RulesWatchStatus());
        reloader.onStart(null);
        assertThat(followUpDay()).isEqualTo(INTERVIEW.plusDays(5));
    }

    @AfterEach
    void stop() {
        if (reloader != null) {
            reloader.onStop(null);
        }
    }

    /** The fixture waits until followUpAfterDays after the interview: the day shows which copy answers. */
    private LocalDate followUpDay() {
        return ShippedRules.ADVISOR.advise(loaded.current(), StateBuilder.interviewAt(INTERVIEW + "T10:00")
                .thankYouSent(INTERVIEW + "T17:00").asOf(INTERVIEW.plusDays(3) + "T09:00").build()).next().dueBy();
    }

    private Path fixture(String name, int days) throws IOException {
        return FolderLayouts.fixtureWithFollowUpAfter(base.resolve(name), days);
    }


    /** Waits until the rules answer with the follow-up day {@code days} after the interview. */
    private void live(int days, String release, long releasedAt) throws InterruptedException {
        eventually("the rules of " + release + " answer").until(() -> followUpDay().equals(INTERVIEW.plusDays(days)));
        System.out.printf("FolderReleasesTest: %s answered %d ms after it was released%n", release,
                (System.nanoTime() - releasedAt) / 1_000_000);
        assertThat(loaded.lastReload().status()).isIn(ReloadReport.Status.OK, ReloadReport.Status.UNCHANGED);
    }

    private void saveAndSee(Path numbers, int from, int to) throws Exception {
        RuleFiles.edit(numbers, "followUpAfterDays = " + from + " ", "followUpAfterDays = " + to + " ");
        live(to, "a save after the release", System.nanoTime());
    }

    @Test
    void aConfigMapUpdateGoesLive() throws Exception {
        Path mount = FolderLayouts.configMap(base.resolve("mount"), fixture("v1", 5), "2026_12_01_10_00_00.000000001");
        watch(mount);

        long at = System.nanoTime();
        FolderLayouts.updateConfigMap(mount, fixture("v2", 6), "2026_12_01_10_05_00.000000002");
        live(6, "the ConfigMap's first update", at);

        at = System.nanoTime();
        FolderLayouts.updateConfigMap(mount, fixture("v3", 7), "2026_12_01_10_10_00.000000003");
        live(7, "the ConfigMap's second update", at);
    }

    @Test
    void aGitSyncSwapOfTheFolderLinkGoesLive() throws Exception {
        Path link = Files.createSymbolicLink(base.resolve("rules"), fixture("worktree-a", 5));
        watch(link);

        long at = System.nanoTime();
        FolderLayouts.swapLink(link, fixture("worktree-b", 6));
        live(6, "the swap to worktree-b", at);

        at = System.nanoTime();
        FolderLayouts.swapLink(link, fixture("worktree-c", 7));
        live(7, "the swap to worktree-c", at);
        saveAndSee(base.resolve("worktree-c").resolve(AdviceNumbers.FILE), 7, 8);
    }

    @Test
    void aGitSyncSwapOfALinkAboveTheFolderGoesLive() throws Exception {
        Files.createDirectories(base.resolve("worktree-a"));
        Files.createDirectories(base.resolve("worktree-b"));
        FolderLayouts.fixtureWithFollowUpAfter(base.resolve("worktree-a/rules"), 5);
        FolderLayouts.fixtureWithFollowUpAfter(base.resolve("worktree-b/rules"), 6);
        Path repo = Files.createSymbolicLink(base.resolve("repo"), base.resolve("worktree-a"));
        watch(repo.resolve("rules"));

        long at = System.nanoTime();
        FolderLayouts.swapLink(repo, base.resolve("worktree-b"));
        live(6, "the swap of the link above the folder", at);
    }

    @Test
    void aFolderRemovedThenRestoredGoesLive() throws Exception {
        Path rules = fixture("rules", 5);
        watch(rules);

        FolderLayouts.delete(rules);
        eventually("the loss is reported").until(() -> loaded.lastReload().status() == ReloadReport.Status.FAILED);
        // the last good rules answer on
        assertThat(followUpDay()).isEqualTo(INTERVIEW.plusDays(5));
        eventually("the loss is logged").untilAsserted(() -> assertThat(log.lines())
                .anySatisfy(l -> assertThat(l).startsWith("WARN").contains("is gone")));

        long at = System.nanoTime();
        RuleFiles.copy(fixture("backup", 6), rules);
        live(6, "the restored folder", at);
        saveAndSee(rules.resolve(AdviceNumbers.FILE), 6, 7);
    }

    @Test
    void aFolderSwappedByMvGoesLive() throws Exception {
        Path rules = fixture("rules", 5);
        Path next = fixture("rules.new", 6);
        watch(rules);

        long at = System.nanoTime();
        Files.move(rules, base.resolve("rules.old"));
        Files.move(next, rules);
        live(6, "the folder moved in", at);
        saveAndSee(rules.resolve(AdviceNumbers.FILE), 6, 7);
    }
}
