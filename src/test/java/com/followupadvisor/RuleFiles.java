package com.followupadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Copies of rule folders for tests that edit, break or remove rule files: the engine's fixture
 * rules (src/test/resources/fixture-rules, whose numbers and sentences tests may rely on), or the
 * shipped rules/ (whose advice no Java test may rely on: rule authors change it).
 */
public final class RuleFiles {

    /** The shipped advice. */
    public static final Path SHIPPED = Path.of("rules");
    /** The engine's fixture rules: a small rule set of the tests' own, see its README.md. */
    public static final Path FIXTURE = Path.of("src/test/resources/fixture-rules");

    private RuleFiles() {
    }

    /** Makes {@code target} an exact copy of the shipped rules/ folder, replacing what was there. */
    public static Path copyShippedRulesTo(Path target) throws IOException {
        return copy(SHIPPED, target);
    }

    /** Makes {@code target} an exact copy of the fixture rules, replacing what was there. */
    public static Path copyFixtureRulesTo(Path target) throws IOException {
        return copy(FIXTURE, target);
    }

    /** The scenario of the fixture rules that pins the day {@code followUpAfterDays} gives. */
    public static final String FOLLOW_UP_DAY_SCENARIO = "scenarios/follow-up-after-the-wait.json";

    /**
     * A copy of the fixture rules whose {@code followUpAfterDays} a test may change: without the
     * scenario that pins the day it gives, so that the new set passes its trial and goes live.
     */
    public static Path copyFixtureRulesForNumberEditsTo(Path target) throws IOException {
        copy(FIXTURE, target);
        Files.delete(target.resolve(FOLLOW_UP_DAY_SCENARIO));
        return target;
    }

    /** A copy of the folder {@code source} at {@code target}, replacing whatever was there. */
    public static Path copy(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Replaces text in a rule file, failing the test if the text is not there. */
    public static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " contains the text to replace").contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The line (from 1) of {@code file} on which {@code text} starts, failing the test if it is not there. */
    public static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file);
        int at = content.indexOf(text);
        assertThat(at).as(file + " contains " + text).isNotNegative();
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
