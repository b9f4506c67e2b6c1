package com.followupadvisor.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.FixtureRules;
import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.RuleCompiler;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.AdviceNumbers;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleSource;
import com.followupadvisor.rules.sandbox.RuleCalls;
import com.followupadvisor.rules.sandbox.RuleCode;
import com.followupadvisor.scenarios.StatePopulation;
import com.followupadvisor.state.ApplicationState;

/**
 * Rules read back from the compiled-rules cache answer as the same rules compiled do, and any entry
 * that cannot be used costs a compile, never a failed load or another answer.
 */
class CompiledRulesCacheTest {

    /** Enough generated states to reach every rule of both rule sets (the check's impact uses 2,000). */
    private static final int STATES = 300;

    @TempDir
    Path work;

    private final MovingClock clock = new MovingClock();

    private Path cacheDir() {
        return work.resolve("cache");
    }

    private CompiledRulesCache cache() {
        return CompiledRulesCache.in(Optional.of(cacheDir()), clock);
    }

    private RuleSet load(Path rules, CompiledRulesCache cache) throws RuleLoadException {
        return new RuleSetLoader(ShippedRules.CLOCK, cache).load(rules);
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cacheDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir())) {
            return files.sorted().toList();
        }
    }

    /** The answer, with what each rule matched and read, or the failure, for each generated state and the typical one. */
    private static List<Object> answers(RuleSet rules) {
        List<ApplicationState> states = new ArrayList<>(StatePopulation.of(StatePopulation.DEFAULT_SEED, STATES));
        states.add(FixtureRules.TYPICAL);
        states.add(ShippedRules.TYPICAL);
        List<Object> answers = new ArrayList<>();
        for (ApplicationState state : states) {
            try {
                Answer answer = ShippedRules.ADVISOR.advise(rules, state, true);
                answers.add(answer);
            } catch (RuntimeException e) {
                answers.add(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        return answers;
    }

    private void answersAsACompileDoes(Path rules) throws Exception {
        RuleSet compiled = load(rules, CompiledRulesCache.off());
        CompiledRulesCache cache = cache();
        RuleSet kept = load(rules, cache); // compiles, and keeps the result
        assertThat(entries()).hasSize(1);

        RuleSet cached = load(rules, cache);

        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cached.version()).isEqualTo(compiled.version());
        assertThat(cached.rules()).isEqualTo(compiled.rules());
        List<Object> expected = answers(compiled);
        assertThat(expected).anySatisfy(a -> assertThat(a).isInstanceOf(Answer.class));
        assertThat(answers(cached)).isEqualTo(expected);
        // writing the entry leaves the set that goes live as it was
        assertThat(answers(kept)).isEqualTo(expected);
    }

    @Nested
    class AHit {

        @Test
        void answersAsACompileDoesOnTheFixtureRules() throws Exception {
            answersAsACompileDoes(RuleFiles.copyFixtureRulesTo(work.resolve("rules")));
        }

        @Test
        void answersAsACompileDoesOnACopyOfTheShippedRules() throws Exception {
            answersAsACompileDoes(RuleFiles.copyShippedRulesTo(work.resolve("rules")));
        }

        @Test
        void knowsWhereInTheRulesAFailureHappened() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            Files.writeString(rules.resolve("broken.drl"), """
                    package advice;
                    import com.followupadvisor.advice.*;
                    rule "Throw in the then part"
                    when Application( pending )
                    then if (true) { throw new IllegalStateException("no such window"); }
                    end
                    """);
            CompiledRulesCache cache = cache();
            String compiled = failure(load(rules, cache));

            RuleSet cached = load(rules, cache);

            assertThat(cache.hits()).isEqualTo(1);
            assertThat(compiled).contains("The then part of rule \"Throw in the then part\" (broken.drl:3)");
            assertThat(failure(cached)).isEqualTo(compiled);
        }

        @Test
        void stillChecksWhatTheRulesCall() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            CompiledRulesCache cache = cache();
            load(rules, cache);
            // the cache never holds a set that does not compile; the check runs on what it reads back
            RuleSet cached = load(rules, cache);
            RuleCode code = RuleCode.of(kieBaseOf(rules, cache), RuleSource.read(rules), cached.rules());

            assertThat(cache.hits()).isEqualTo(2);
            assertThat(code.classes()).isNotEmpty().allSatisfy(c -> assertThat(c.origin().what()).isNotBlank());
            assertThat(RuleCalls.check(code, RuleSource.read(rules))).isEmpty();
        }

        @Test
        void followsAChangeToTheWordingOnly() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            CompiledRulesCache cache = cache();
            String before = ShippedRules.ADVISOR.advise(load(rules, cache), FixtureRules.TYPICAL).next().title();
            Path title = rules.resolve("wording/en/follow-up-title.txt");
            Files.writeString(title, "Write to them: " + Files.readString(title));

            RuleSet changed = load(rules, cache);

            // the compiled rules are the same, so they are read back; the texts are read afresh
            assertThat(cache.hits()).isEqualTo(1);
            assertThat(ShippedRules.ADVISOR.advise(changed, FixtureRules.TYPICAL).next().title()).isEqualTo("Write to them: " + before);
        }
    }

    private static String failure(RuleSet rules) {
        try {
            ShippedRules.ADVISOR.advise(rules, FixtureRules.TYPICAL);
            return "no failure";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static org.kie.api.KieBase kieBaseOf(Path rules, CompiledRulesCache cache) throws RuleLoadException {
        RuleSource source = RuleSource.read(rules);
        AdviceNumbers numbers = AdviceNumbers.parse(source.data().get(AdviceNumbers.FILE));
        return new RuleCompiler(cache).compile(source, Map.of(AdviceNumbers.FILE + ".drl", numbers.declaration()));
    }

    @Nested
    class AMiss {

        @Test
        void whenARuleFileChangesCompilesTheNewRules() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            CompiledRulesCache cache = cache();
            load(rules, cache);
            RuleFiles.edit(rules.resolve("keep-searching.drl"), "\"Keep searching\"\n", "\"Keep on searching\"\n");

            RuleSet changed = load(rules, cache);

            assertThat(cache.hits()).isZero();
            assertThat(entries()).hasSize(2);
            assertThat(changed.rules()).extracting(RuleInfo::name).contains("Keep on searching").doesNotContain("Keep searching");
        }

        @Test
        void keyCoversTheRuleTextAndNothingOfItsOrder() {
            String key = CompiledRulesCache.key(Map.of("a.drl", "rule x", "b.drl", "rule y"));

            assertThat(CompiledRulesCache.key(Map.of("b.drl", "rule y", "a.drl", "rule x"))).isEqualTo(key);
            assertThat(CompiledRulesCache.key(Map.of("a.drl", "rule x", "b.drl", "rule z"))).isNotEqualTo(key);
            assertThat(CompiledRulesCache.key(Map.of("a.drl", "rule x", "c.drl", "rule y"))).isNotEqualTo(key);
            assertThat(CompiledRulesCache.key(Map.of("a.drl", "rule xb.drl", "rule y", ""))).isNotEqualTo(key);
        }
    }

    @Nested
    class AnEntryThatCannotBeUsed {

        private Path rules;
        private Path entry;
        private List<Object> expected;

        private void keepOne() throws Exception {
            rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            expected = answers(load(rules, cache()));
            entry = entries().get(0);
        }

        /** The load compiles instead, answers the same, and leaves a good entry in the bad one's place. */
        private CompiledRulesCache isCompiledInstead() throws Exception {
            CompiledRulesCache cache = cache();
            RuleSet rules = load(this.rules, cache);

            assertThat(cache.hits()).isZero();
            assertThat(answers(rules)).isEqualTo(expected);
            assertThat(entries()).containsExactly(entry);
            load(this.rules, cache);
            assertThat(cache.hits()).isEqualTo(1);
            return cache;
        }

        @Test
        void truncated() throws Exception {
            keepOne();
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            isCompiledInstead();
        }

        @Test
        void empty() throws Exception {
            keepOne();
            Files.write(entry, new byte[0]);
            isCompiledInstead();
        }

        @Test
        void corruptInTheMiddle() throws Exception {
            keepOne();
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(entry, bytes);
            isCompiledInstead();
        }

        @Test
        void anotherRuleSetsEntryUnderThisOnesName() throws Exception {
            keepOne();
            Path other = RuleFiles.copyFixtureRulesTo(work.resolve("other"));
            RuleFiles.edit(other.resolve("keep-searching.drl"), "\"Keep searching\"\n", "\"Keep on searching\"\n");
            load(other, cache());
            Path otherEntry = entries().stream().filter(e -> !e.equals(entry)).findFirst().orElseThrow();
            Files.move(otherEntry, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            isCompiledInstead();
        }

        @Test
        void holdingAnythingButTheEnginesAndTheServicesObjects() throws Exception {
            keepOne();
            String key = entry.getFileName().toString().replace(".rules", "");
            // a whole entry, its key and digest right, around an object it has no business holding
            Files.write(entry, CompiledRulesCache.encode(key, new ArrayList<>(List.of(new java.io.File("/"))), Map.of()));

            // refused before it is made, not found wrong after
            assertThat(isCompiledInstead().lastUnusable()).contains("REJECTED");
        }

        @Test
        void notAnEntryAtAll() throws Exception {
            keepOne();
            Files.writeString(entry, "PK\u0003\u0004 a jar, or anything else");
            isCompiledInstead();
        }
    }

    @Nested
    class Writing {

        @Test
        void aFolderThatCannotBeWrittenLeavesTheLoadAsItWas() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            Files.writeString(cacheDir(), "a file where the folder should be");

            RuleSet loaded = load(rules, cache());

            assertThat(answers(loaded)).isEqualTo(answers(load(rules, CompiledRulesCache.off())));
        }

        @Test
        void leavesNoTemporaryFileBehind() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            load(rules, cache());

            assertThat(entries()).singleElement().satisfies(e -> assertThat(e.getFileName().toString()).endsWith(".rules"));
        }

        @Test
        void loadsAtOnceEachReadAWholeEntryOrNone() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            List<Object> expected = answers(load(rules, CompiledRulesCache.off()));
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Callable<List<Object>>> loads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    // a cache each, as separate processes would have
                    loads.add(() -> answers(load(rules, cache())));
                }
                for (Future<List<Object>> answers : threads.invokeAll(loads)) {
                    assertThat(answers.get()).isEqualTo(expected);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(entries()).singleElement().satisfies(e -> assertThat(e.getFileName().toString()).endsWith(".rules"));
        }

        @Test
        void removesATemporaryFileAWriterLeftLongAgo() throws Exception {
            Path rules = RuleFiles.copyFixtureRulesTo(work.resolve("rules"));
            Files.createDirectories(cacheDir());
            Path recent = Files.writeString(cacheDir().resolve("abc1.tmp"), "half an entry");
            Path old = Files.writeString(cacheDir().resolve("abc2.tmp"), "half an entry");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofHours(1))));
            Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(clock.instant()));

            load(rules, cache());

            assertThat(entries()).contains(recent).doesNotContain(old).hasSize(2);
        }
    }

    @Nested
    class Eviction {

        private Path variant(int n) throws IOException {
            Path rules = work.resolve("variant-" + n);
            if (!Files.isDirectory(rules)) {
                RuleFiles.copyFixtureRulesTo(rules);
                RuleFiles.edit(rules.resolve("keep-searching.drl"), "\"Keep searching\"\n", "\"Keep searching " + n + "\"\n");
            }
            return rules;
        }

        private int hitsLoading(int n) throws Exception {
            clock.advance(Duration.ofMinutes(1));
            CompiledRulesCache cache = cache();
            load(variant(n), cache);
            return cache.hits();
        }

        @Test
        void keepsTheEntriesLastUsed() throws Exception {
            for (int n = 1; n <= CompiledRulesCache.KEEP; n++) {
                assertThat(hitsLoading(n)).isZero();
            }
            assertThat(hitsLoading(1)).isEqualTo(1); // used again: now the most recent

            assertThat(hitsLoading(CompiledRulesCache.KEEP + 1)).isZero();

            assertThat(entries()).hasSize(CompiledRulesCache.KEEP);
            assertThat(hitsLoading(1)).isEqualTo(1);
            assertThat(hitsLoading(CompiledRulesCache.KEEP + 1)).isEqualTo(1);
            assertThat(hitsLoading(2)).as("the least recently used, evicted").isZero();
        }
    }

    /** A clock the test moves: the cache orders its entries by the time they were last used. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
