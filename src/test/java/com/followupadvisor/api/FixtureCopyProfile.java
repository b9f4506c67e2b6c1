package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.followupadvisor.RuleFiles;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service on a copy of the fixture rules that tests may edit, break and remove, shared by every
 * such test class so that the service starts once for all of them (one profile, one start). Each
 * test puts back what it changed, and {@link #assertAsBuilt()} (after each class) checks that it did,
 * so that the next class finds the folder as this profile built it.
 *
 * <p>The copy: the fixture rules without the scenario that pins the follow-up day (edits move it,
 * and the new set must pass its trial), plus two rules that fail only for a state with a number of
 * other applications of their own ({@link #THROWS}, {@link #SPINS}; the rules see no company) and a
 * thank-you note that repeats its values in a branch for one company only (no scenario or trial
 * state has those, so the set goes live); beside the folder, a secret file a link may point to.
 * Small answer pool: two answers at once, four waiting, one batch, an evaluation stopped after 1 s.
 */
public class FixtureCopyProfile implements QuarkusTestProfile {

    public static final Path BASE = Path.of("target", "fixture-copy");
    /** The rules folder the service watches. */
    public static final Path DIR = BASE.resolve("rules");
    /** What {@link #DIR} holds when no test has changed it. */
    private static final Path AS_BUILT = BASE.resolve("as-built");
    /** A file beside the rules folder, which a link from inside it must never reveal. */
    public static final Path SECRET = BASE.resolve("secret.txt");
    public static final String SECRET_TEXT = "xyzzySecretToken";

    public static final String HEADER = "package advice;\nimport com.followupadvisor.advice.*;\n";
    /** The number of other applications of the one state a rule of the copy throws on. */
    public static final int THROWS = 13;
    /** The number of other applications of the one state a rule of the copy spins on, until the time limit. */
    public static final int SPINS = 17;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            build(AS_BUILT);
            build(DIR);
            Files.writeString(SECRET, SECRET_TEXT + " and the rest of it\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("advisor.rules.dir", DIR.toString(), "advisor.rules.time-limit", "PT1S",
                "advisor.answers.threads", "2", "advisor.answers.queue", "4", "advisor.answers.batches", "1");
    }

    private static void build(Path dir) throws IOException {
        RuleFiles.copyFixtureRulesForNumberEditsTo(dir);
        // fails for one state only: no scenario or trial state has its number, so the set goes live
        Files.writeString(dir.resolve("throw-for-one.drl"), HEADER + """
                rule "Throw for one state"
                when Application( activeApplications == %d )
                then if (true) { throw new IllegalStateException("cannot advise this one"); }
                end
                """.formatted(THROWS));
        // spins for one state only, until the time limit stops it
        Files.writeString(dir.resolve("spin-for-one.drl"), HEADER + """
                rule "Spin for one state"
                when Application( activeApplications == SPINS )
                then long n = 0; while (n >= 0) { n = (n + 1) % 1000; }
                end
                """.replace("SPINS", String.valueOf(SPINS)));
        // a thank-you note that repeats its values, in a branch no scenario takes
        Path thanks = dir.resolve("wording/en/thanks.txt");
        Files.writeString(thanks, Files.readString(thanks) + "{#if company == 'Long Inc'}"
                + "{company} {role} {candidateName}\n".repeat(2_000) + "{/if}");
    }

    /** Fails unless the rules folder holds exactly what this profile built: every test put back what it changed. */
    public static void assertAsBuilt() throws IOException {
        assertThat(contents(DIR)).as("the shared copy of the fixture rules, %s, as %s built it", DIR, FixtureCopyProfile.class
                .getSimpleName()).isEqualTo(contents(AS_BUILT));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) all::iterator) {
                String name = dir.relativize(file).toString();
                files.put(name, Files.isSymbolicLink(file) ? "-> " + Files.readSymbolicLink(file)
                        : Files.isDirectory(file) ? "(folder)" : Files.readString(file));
            }
        }
        return files;
    }
}
