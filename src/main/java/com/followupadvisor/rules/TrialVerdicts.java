package com.followupadvisor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Remembers the rule sets that passed their trial cleanly, so that a restart with the same rules,
 * the same scenarios, the same build and the same settings goes live without trying them again
 * (the trial answers every scenario: the longest part of start-up once the compiled rules come
 * from the cache). A verdict is an empty file in the compiled-rules cache's folder, named by a
 * digest of all of that and of the day, since a scenario without {@code asOf} is answered as of
 * today. Only a pass without errors or warnings is remembered; anything else is tried every time.
 * A folder that cannot be read or written costs the trial, never the start.
 */
final class TrialVerdicts implements RuleSetTrial {

    private static final Logger LOG = Logger.getLogger(TrialVerdicts.class);
    /** Verdicts kept; the ones used longest ago go first. */
    static final int KEPT = 5;
    private static final String PREFIX = "trial-";
    private static final String SUFFIX = ".passed";

    private final RuleSetTrial trial;
    private final Path dir;
    private final Clock clock;

    private TrialVerdicts(RuleSetTrial trial, Path dir, Clock clock) {
        this.trial = trial;
        this.dir = dir;
        this.clock = clock;
    }

    /** {@code trial}, remembering its clean passes in {@code dir}; {@code trial} itself when there is no folder or no build fingerprint. */
    static RuleSetTrial remembering(RuleSetTrial trial, Optional<Path> dir, Clock clock) {
        if (dir.isEmpty() || BuildFingerprint.VALUE == null) {
            return trial;
        }
        return new TrialVerdicts(trial, dir.get(), clock);
    }

    @Override
    public String settings() {
        return trial.settings();
    }

    @Override
    public Outcome tryOut(RuleSet rules, Path folder) {
        Path verdict = verdictFor(rules, folder);
        if (verdict != null && Files.isRegularFile(verdict)) {
            used(verdict);
            LOG.infof("Rules version %s passed their trial before, with the same scenarios, build and settings: not tried again",
                    rules.version());
            return Outcome.passed();
        }
        Outcome outcome = trial.tryOut(rules, folder);
        if (verdict != null && outcome.errors().isEmpty() && outcome.warnings().isEmpty()) {
            remember(verdict);
        }
        return outcome;
    }

    /** The file that says {@code rules} from {@code folder} passed, or null when its scenarios cannot all be read. */
    private Path verdictFor(RuleSet rules, Path folder) {
        List<RuleProblem> unreadable = new ArrayList<>();
        Map<String, String> scenarios = RuleSource.scenarios(folder, unreadable);
        if (!unreadable.isEmpty()) {
            return null;
        }
        MessageDigest sha = CompiledRulesCache.sha256();
        CompiledRulesCache.update(sha, "trial 1");
        CompiledRulesCache.update(sha, "build " + BuildFingerprint.VALUE);
        CompiledRulesCache.update(sha, "drools " + org.drools.base.util.Drools.getFullVersion());
        CompiledRulesCache.update(sha, "jvm " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
        CompiledRulesCache.update(sha, "settings " + trial.settings());
        CompiledRulesCache.update(sha, "day " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        CompiledRulesCache.update(sha, "rules " + rules.version());
        new TreeMap<>(scenarios).forEach((name, text) -> {
            CompiledRulesCache.update(sha, name);
            CompiledRulesCache.update(sha, text);
        });
        return dir.resolve(PREFIX + HexFormat.of().formatHex(sha.digest()) + SUFFIX);
    }

    private void used(Path verdict) {
        try {
            Files.setLastModifiedTime(verdict, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // only the order of eviction suffers
        }
    }

    private void remember(Path verdict) {
        try {
            Files.createDirectories(dir);
            if (!Files.exists(verdict)) {
                Files.createFile(verdict);
            }
            used(verdict);
            evict();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not remember the trial's verdict in %s (%s): the next start tries the rules again", dir, e.toString());
        }
    }

    private void evict() throws IOException {
        List<Path> verdicts;
        try (Stream<Path> files = Files.list(dir)) {
            verdicts = files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(TrialVerdicts::modified).reversed())
                    .toList();
        }
        for (Path old : verdicts.subList(Math.min(KEPT, verdicts.size()), verdicts.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
