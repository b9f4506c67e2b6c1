package com.followupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;

/**
 * What a rule may call is checked when the rules compile: each way out of the fact model below is
 * a compile error at the line of the rule that takes it, in plain words, while the ordinary Java
 * a rule author writes (values, lists, dates, arithmetic, lambdas) compiles.
 */
class RuleCallsTest {

    /** The rule file each case writes: the line marked {@code <-- here} is where the error must be. */
    private static final String FILE = "added.drl";

    @TempDir
    Path dir;

    private RuleLoadException loadWith(String rule) throws IOException {
        RuleFiles.copyFixtureRulesTo(dir);
        Files.writeString(dir.resolve(FILE), """
                package advice;
                import com.followupadvisor.advice.*;
                """ + rule.replace(" // <-- here", ""));
        return catchThrowableOfType(RuleLoadException.class, () -> new RuleSetLoader(ShippedRules.CLOCK).load(dir));
    }

    /** The line, in the written file, of the case's marked line. */
    private static int markedLine(String rule) {
        String[] lines = rule.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("<-- here")) {
                return i + 3; // after the package and the import
            }
        }
        throw new AssertionError("the case marks no line");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the process
        "rule \"Exit\" when Application() then\n System.exit(0); // <-- here\nend",
        "rule \"Exit by its full name\" when Application() then\n java.lang.System.exit(0); // <-- here\nend",
        "rule \"Halt\" when Application() then\n Runtime.getRuntime().halt(0); // <-- here\nend",
        "rule \"Environment\" when Application() then\n String s = System.getenv(\"HOME\"); // <-- here\nend",
        "rule \"Start a program\" when Application() then\n new ProcessBuilder(\"true\").start(); // <-- here\nend",
        // threads
        "rule \"A thread\" when Application() then\n new Thread(() -> {}).start(); // <-- here\nend",
        "rule \"Catch the watchdog's stop\" when Application() then\n try { int x = 1; } catch (Throwable t) { } // <-- here\nend",
        "rule \"A pool\" when Application() then\n java.util.concurrent.Executors.newCachedThreadPool(); // <-- here\nend",
        // files and the network
        "rule \"Read a file\" when Application() then\n java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\")); // <-- here\nend",
        "rule \"A socket\" when Application() then\n new java.net.Socket(\"localhost\", 80); // <-- here\nend",
        // reflection
        "rule \"Reflection in a then part\" when $a : Application() then\n Object c = $a.getClass(); // <-- here\nend",
        "rule \"Reflection in a condition\" when\n Application( this.getClass() != null ) // <-- here\nthen end",
        "rule \"A class literal in a condition\" when\n Application( String.class != null ) // <-- here\nthen end",
        "rule \"A class by name\" when Application() then\n Class.forName(\"java.lang.Runtime\"); // <-- here\nend",
        // an eval, a function, an import, the dialect
        "rule \"In an eval\" when Application()\n eval( System.currentTimeMillis() > 0 ) // <-- here\nthen end",
        "function String home() {\n return System.getProperty(\"user.home\"); // <-- here\n}\nrule \"Uses a function\" when Application() then home(); end",
        "import java.io.File; // <-- here\nrule \"A file\" when Application() then new File(\"x\").delete(); end",
        "rule \"In MVEL\" dialect \"mvel\" when Application() then\n x = 1; // <-- here\nend",
        })
    void aRuleThatReachesOutsideIsACompileErrorAtItsLine(String rule) throws IOException {
        RuleLoadException e = loadWith(rule);

        assertThat(e).as("the rules loaded").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(markedLine(rule) + (rule.contains("dialect \"mvel\"") ? -1 : 0));
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("a rule may not use", RuleCalls.GUIDE).doesNotContain("Exception");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a class the text does not name with its package: the compiled class still names it
        "import java.util.*;\nrule \"Escaped\" when Application() then\n new Timer().cancel();\nend",
        })
    void theCompiledCodeIsCheckedForWhatTheTextDoesNotName(String rule) throws IOException {
        RuleLoadException e = loadWith(rule);

        assertThat(e).as("the rules loaded").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("a rule may not use java.util.Timer", "rule \"Escaped\"");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rule \"Values\" when $a : Application() then\n java.util.List<String> names = new java.util.ArrayList<>();"
                + " names.add(\"x\" + Math.max(1, 2)); java.time.LocalDate d = java.time.LocalDate.of(2026, 1, 1).plusDays(1);"
                + " names.sort(java.util.Comparator.naturalOrder()); names.forEach(n -> n.length());"
                + " String s = String.format(\"%d\", names.size()) + d;\nend",
        "rule \"Words that only look like a way out\" when Application() then\n"
                + " // System.exit(0) in a comment, and in a string:\n String s = \"System.exit(0); getClass()\";\nend",
        "function int twice(int n) { return 2 * n; }\nrule \"A function\" when Application()\n eval( twice(1) == 2 )\nthen end",
        })
    void ordinaryJavaInARuleCompiles(String rule) throws IOException {
        assertThat(loadWith(rule)).as("the rules did not load").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules", "src/test/resources/fixture-rules"})
    void theShippedAndTheFixtureRulesPassTheCheck(String folder) {
        assertThatCode(() -> new RuleSetLoader(ShippedRules.CLOCK).load(Path.of(folder))).doesNotThrowAnyException();
    }
}
