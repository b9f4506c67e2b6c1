package com.followupadvisor.rules.release;

import static com.followupadvisor.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.calendar.QuietWeeks;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.api.CapturedLog;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.QuietWeeksFile;
import com.followupadvisor.rules.folder.RuleInfo;

/** The rules folder is watched: saved changes are compiled and swapped in, broken ones reported and kept out. */
class LiveReloadTest {

    /** A refused change is logged (a warning: the last good rules answer on); checked here, not shown on the console. */
    @RegisterExtension
    final CapturedLog log = CapturedLog.only(RulesReloader.class);

    /** The fixture's follow-up day, as its numbers file writes it. */
    private static final int DAYS = 5;
    private static final LocalDate INTERVIEW = LocalDate.parse("2026-11-09");

    private static String number(Object days) {
        return "followUpAfterDays = " + days + " ";
    }

    @TempDir
    Path dir;

    private LoadedRules loaded;
    private RulesReloader reloader;
    private String firstVersion;

    @BeforeEach
    void start() throws IOException {
        RuleFiles.copyFixtureRulesForNumberEditsTo(dir);
        loaded = new LoadedRules();
        reloader = new RulesReloader(new ReleaseSettings(dir, true, Duration.ofMillis(50)), ShippedRules.CLOCK,
                new RuleSetLoader(ShippedRules.CLOCK), FixtureRules.WARM_UP_ONLY, loaded, new RulesWatchStatus());
        reloader.onStart(null);
        firstVersion = loaded.current().version();
    }

    @AfterEach
    void stop() {
        reloader.onStop(null);
    }


    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Three days after the interview: waiting for the follow-up day, followUpAfterDays after it. */
    private Answer waitingForTheWindow() {
        return ShippedRules.ADVISOR.advise(loaded.current(), StateBuilder.interviewAt(INTERVIEW + "T10:00")
                .thankYouSent(INTERVIEW + "T17:00").asOf(INTERVIEW.plusDays(3) + "T09:00").build());
    }

    @Test
    void aSavedChangeAnswersWithoutARestart() throws Exception {
        assertThat(waitingForTheWindow().next().dueBy()).isEqualTo(INTERVIEW.plusDays(DAYS));

        edit("advice-numbers.properties", number(DAYS), number(DAYS + 1));
        eventually("the new rules are in use").until(() -> !loaded.current().version().equals(firstVersion));

        Answer answer = waitingForTheWindow();
        assertThat(answer.next().dueBy()).isEqualTo(INTERVIEW.plusDays(DAYS + 1));
        assertThat(answer.rulesVersion()).isEqualTo(loaded.current().version());
        assertThat(loaded.lastReload().status()).isEqualTo(ReloadReport.Status.OK);
    }

    @Test
    void aBrokenChangeIsReportedAndTheWorkingRulesKeepAnswering() throws Exception {
        int line = RuleFiles.lineOf(dir.resolve("move-on.drl"), "Application( outcome == Outcome.OPEN, unansweredFollowUps >= $count )");
        edit("move-on.drl", "unansweredFollowUps >= $count", "unansweredFollowUp >= $count");
        eventually("the failed reload is reported").until(() -> loaded.lastReload().status() == ReloadReport.Status.FAILED);

        assertThat(loaded.current().version()).isEqualTo(firstVersion);
        assertThat(loaded.lastReload().version()).isEqualTo(firstVersion);
        assertThat(loaded.lastReload().errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("move-on.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("unansweredFollowUp");
        });
        assertThat(waitingForTheWindow().next().action()).isEqualTo(ActionCode.WAIT);
        eventually("the refusal is logged").untilAsserted(() -> assertThat(log.lines()).anySatisfy(l -> assertThat(l)
                .startsWith("WARN").contains("still answering with version", "move-on.drl:" + line)));
    }

    @Test
    void fixingTheBrokenFileRecoversByItself() throws Exception {
        edit("keep-searching.drl", "Application( outcome == Outcome.OPEN )", "Application( pending )");
        eventually("the failed reload is reported").until(() -> loaded.lastReload().status() == ReloadReport.Status.FAILED);

        edit("keep-searching.drl", "Application( pending )",
                "Application( outcome == Outcome.OPEN, activeApplications >= 0 )");
        eventually("the fixed rules are in use").until(() -> loaded.lastReload().status() == ReloadReport.Status.OK);

        assertThat(loaded.current().version()).isNotEqualTo(firstVersion);
        assertThat(loaded.lastReload().errors()).isEmpty();
    }

    @Test
    void aRemovedFileTakesItsRulesAway() throws Exception {
        Files.delete(dir.resolve("outcome.drl"));
        eventually("the new rules are in use").until(() -> !loaded.current().version().equals(firstVersion));

        assertThat(loaded.current().rules()).extracting(RuleInfo::file).doesNotContain("outcome.drl").isNotEmpty();
    }

    @Test
    void aNewTemplateFolderFileIsNoticed() throws Exception {
        Files.writeString(dir.resolve("wording/en/extra.txt"), "Hello {personName}");
        eventually("the new template is loaded").until(() -> loaded.current().templateNames().contains("extra"));
    }

    @Test
    void aNewQuietWeeksFileIsNoticed() throws Exception {
        assertThat(loaded.current().given(QuietWeeks.class)).isEmpty();

        Files.writeString(dir.resolve(QuietWeeksFile.FILE), "August 3 to August 14\n");
        eventually("the quiet weeks are loaded").until(() -> loaded.current().given(QuietWeeks.class).isPresent());

        assertThat(loaded.current().given(QuietWeeks.class).orElseThrow().contains(LocalDate.parse("2027-08-10"))).isTrue();
    }

    @Test
    void severalSavesInARowSettleOnTheLast() throws Exception {
        for (int days = DAYS + 1; days <= DAYS + 4; days++) {
            edit("advice-numbers.properties", number(days - 1), number(days));
        }
        String lastVersion = new RuleSetLoader(ShippedRules.CLOCK).load(dir).version();

        eventually("the last save is in use").until(() -> loaded.current().version().equals(lastVersion));
        assertThat(waitingForTheWindow().next().dueBy()).isEqualTo(INTERVIEW.plusDays(DAYS + 4));
    }

    @Test
    void requestsDuringReloadsAllSucceedOnOneWholeRuleSet() throws Exception {
        Set<String> versions = ConcurrentHashMap.newKeySet();
        versions.add(firstVersion);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> seen = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        Answer answer = waitingForTheWindow();
                        seen.add(answer.rulesVersion() + " " + answer.next().dueBy());
                        answered.incrementAndGet();
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
        }
        // good and broken versions, alternating
        String good = number(DAYS);
        for (int i = 0; i < 6; i++) {
            String next = i % 2 == 0 ? number("oops") : number(DAYS + 1 + i);
            edit("advice-numbers.properties", good, next);
            good = next;
            String expected = i % 2 == 0 ? null : new RuleSetLoader(ShippedRules.CLOCK).load(dir).version();
            if (expected != null) {
                versions.add(expected);
                eventually("version " + expected + " is in use").until(() -> loaded.current().version().equals(expected));
            } else {
                eventually("the broken save is reported").until(() -> loaded.lastReload().status() == ReloadReport.Status.FAILED);
            }
        }
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
        // each answer comes whole from one set: its version and its dates belong together
        assertThat(seen).allSatisfy(line -> assertThat(versions).contains(line.split(" ")[0]));
        assertThat(seen.stream().map(line -> line.split(" ")[0]).distinct().count()).isGreaterThan(1);
    }
}
