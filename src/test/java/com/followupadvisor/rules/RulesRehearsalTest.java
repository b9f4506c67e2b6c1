package com.followupadvisor.rules;

import static com.followupadvisor.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;




/**
 * After start-up the reloader rehearses a reload (advisor.rules.rehearse): it compiles the folder
 * again and tries the copy, but the copy never goes live, is never reported, and a save meanwhile
 * still goes live once the rehearsal is over.
 */
class RulesRehearsalTest {

    @TempDir
    Path dir;

    private final LoadedRules loaded = new LoadedRules();
    private final List<RuleSet> rehearsed = new CopyOnWriteArrayList<>();
    private RulesReloader reloader;

    @AfterEach
    void stop() {
        if (reloader != null) {
            reloader.onStop(null);
        }
    }

    private void start(boolean watch, RuleSetTrial rehearsal) throws IOException {
        RuleFiles.copyFixtureRulesForNumberEditsTo(dir);
        reloader = new RulesReloader(dir, watch, Duration.ofMillis(50), ShippedRules.CLOCK, FixtureRules.WARM_UP_ONLY,
                loaded, new RulesWatchStatus(), new RuleSetLoader(ShippedRules.CLOCK), rehearsal, true);
        reloader.onStart(null);
    }

    /** A rehearsal's trial that keeps the set it was given, then tries it as the fixture's trial does. */
    private RuleSetTrial recording() {
        return (rules, folder) -> {
            rehearsed.add(rules);
            return FixtureRules.WARM_UP_ONLY.tryOut(rules, folder);
        };
    }

    @Test
    void aRehearsalTriesAFreshCompileAndLeavesTheLiveSetAndItsReportAlone() throws Exception {
        start(true, recording());
        RuleSet live = loaded.current();
        ReloadReport report = loaded.lastReload();

        waitFor(() -> !rehearsed.isEmpty(), "the rehearsal tries its copy");

        RuleSet copy = rehearsed.get(0);
        assertThat(copy).isNotSameAs(live);
        assertThat(copy.version()).isEqualTo(live.version());
        assertThat(loaded.current()).isSameAs(live);
        assertThat(loaded.lastReload()).isSameAs(report);
        assertThat(loaded.reloads()).isZero();
        assertThat(loaded.failedReloads()).isZero();
    }

    @Test
    void aSaveDuringTheRehearsalGoesLiveRightAfterIt() throws Exception {
        CountDownLatch trying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(true, (rules, folder) -> {
            trying.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RuleSetTrial.Outcome.passed();
        });
        String first = loaded.current().version();
        assertThat(trying.await(30, TimeUnit.SECONDS)).as("the rehearsal is under way").isTrue();

        Path numbers = dir.resolve("advice-numbers.properties");
        Files.writeString(numbers, Files.readString(numbers) + "\n# a saved change\n");
        Thread.sleep(500); // several settle times: the reload waits for the rehearsal
        assertThat(loaded.current().version()).isEqualTo(first);

        release.countDown();
        waitFor(() -> !loaded.current().version().equals(first), "the saved change goes live after the rehearsal");
        assertThat(loaded.lastReload().status()).isEqualTo(ReloadReport.Status.OK);
    }

    @Test
    void aRehearsalThatFailsChangesNothing() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        start(true, (rules, folder) -> {
            failed.countDown();
            throw new IllegalStateException("a trial that breaks");
        });
        RuleSet live = loaded.current();
        ReloadReport report = loaded.lastReload();
        assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();

        // the rehearsal holds the reload lock until it is over: a reload after it sees what it left
        assertThat(reloader.reload().status()).isEqualTo(ReloadReport.Status.UNCHANGED);
        assertThat(loaded.current()).isSameAs(live);
        assertThat(loaded.failedReloads()).isZero();
        assertThat(report.status()).isEqualTo(ReloadReport.Status.OK);
    }

    @Test
    void aReloadBeforeTheRehearsalLeavesItNothingToDo() throws Exception {
        start(true, recording());
        Path numbers = dir.resolve("advice-numbers.properties");
        Files.writeString(numbers, Files.readString(numbers) + "\n# saved at once\n");
        // this reload, or the watcher's if it came first (then this one finds the set unchanged)
        assertThat(reloader.reload().status()).isIn(ReloadReport.Status.OK, ReloadReport.Status.UNCHANGED);
        assertThat(loaded.reloads()).isEqualTo(1);

        reloader.rehearsal.join(RulesReloader.REHEARSAL_DELAY.toMillis() + 30_000);
        assertThat(reloader.rehearsal.isAlive()).as("the rehearsal thread is over").isFalse();
        assertThat(rehearsed).isEmpty();
    }

    @Test
    void withoutWatchingThereIsNothingToRehearseFor() throws Exception {
        start(false, recording());
        assertThat(reloader.rehearsal).as("a rehearsal thread").isNull();
        // longer than the rehearsal would wait, and compile the fixture's rules in
        Thread.sleep(RulesReloader.REHEARSAL_DELAY.toMillis() + 2_000);
        assertThat(rehearsed).isEmpty();
    }
}
