package com.followupadvisor.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;

/**
 * What a rule may call is checked when the rules compile, against a reviewed list: each way out
 * of the fact model below is a compile error at the line of the rule that takes it, in plain words,
 * while the ordinary Java a rule author writes (values, lists, dates, arithmetic, sequential
 * streams, lambdas) compiles.
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
        // files by name, through a class of java.util (the whole package used to pass)
        "rule \"A file through Formatter\" when Application() then\n new java.util.Formatter(\"/tmp/x.txt\"); // <-- here\nend",
        "import java.util.Formatter;\nrule \"An imported Formatter\" when Application() then\n new Formatter(\"/tmp/x.txt\").close(); // <-- here\nend",
        "import java.util.*;\nrule \"A Formatter in a condition\" when\n Application( new Formatter(\"/tmp/x.txt\") != null ) // <-- here\nthen end",
        // the JVM's defaults, changed for good
        "rule \"The default zone\" when Application() then\n java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(\"UTC\")); // <-- here\nend",
        "import java.util.*;\nrule \"The default zone by its simple name\" when Application() then\n TimeZone.setDefault(null); // <-- here\nend",
        "rule \"The default locale\" when Application() then\n java.util.Locale.setDefault(java.util.Locale.GERMAN); // <-- here\nend",
        "import java.util.Locale;\nrule \"The default locale, passed on\" when Application() then\n"
                + " java.util.function.Consumer<Locale> set = Locale::setDefault; // <-- here\n set.accept(Locale.GERMAN);\nend",
        // the JVM's shared worker threads, which go on after the rule is stopped
        "rule \"A parallel stream\" when Application() then\n long n = java.util.stream.LongStream.range(0, 10).parallel().sum(); // <-- here\nend",
        "import java.util.*;\nrule \"A collection's parallel stream\" when Application() then\n List<String> names = new ArrayList<>();\n"
                + " long n = names.parallelStream().count(); // <-- here\nend",
        "rule \"A parallel sort\" when Application() then\n int[] a = {3, 1, 2};\n java.util.Arrays.parallelSort(a); // <-- here\nend",
        "rule \"The common pool\" when Application() then\n java.util.concurrent.ForkJoinPool.commonPool(); // <-- here\nend",
        // a type the rules declare, extending a class a rule may not use
        "import java.util.*;\ndeclare Later extends Timer end // <-- here\nrule \"A timer of its own\" when Application() then new Later().cancel(); end",
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

    /**
     * What only the compiled code shows (the text names no class with its package, or names the
     * class through a method reference or an inherited member) is refused with the list's reason,
     * naming the rule, at the line that uses it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `import java.util.*;\\nrule "R" when Application() then\\n TimeZone.setDefault(null); // <-- here\\nend` | java.util.TimeZone.setDefault: it changes a default of the whole service
        `import java.util.*;\\nrule "R" when Application() then\\n Locale.setDefault(Locale.GERMAN); // <-- here\\nend` | java.util.Locale.setDefault: it changes a default of the whole service
        `import java.util.stream.*;\\nrule "R" when Application() then\\n LongStream.range(0, 10).parallel().sum(); // <-- here\\nend` | java.util.stream.LongStream.parallel: it runs on the JVM's shared worker threads
        `import java.util.*;\\nrule "R" when Application() then\\n Arrays.parallelSort(new int[] {2, 1}); // <-- here\\nend` | java.util.Arrays.parallelSort: it runs on the JVM's shared worker threads
        `import java.util.*;\\ndeclare Names extends ArrayList end\\nrule "R" when Application() then\\n new Names().parallelStream(); // <-- here\\nend` | advice.Names.parallelStream: it runs on the JVM's shared worker threads
        `import java.time.*;\\nrule "R" when Application() then\\n LocalDate today = LocalDate.now(); // <-- here\\nend` | java.time.LocalDate.now: it reads the machine's clock
        `rule "R" when Application() then\\n Integer port = Integer.getInteger("quarkus.http.port"); // <-- here\\nend` | java.lang.Integer.getInteger: it reads the service's system properties
        `rule "R" when Application() then\\n synchronized (ActionCode.WAIT) { insert(ActionCode.WAIT); } // <-- here\\nend` | synchronized: it waits for, or wakes, other threads
        `rule "R" when Application() then\\n Object o = new Object() { protected void finalize() { } }; // <-- here\\nend` | java.lang.Object.finalize: the JVM runs it later, on a thread of its own
        `import java.util.*;\\nrule "R" when Application() then\\n List<String> names = new ArrayList<>();\\n Object s = names.spliterator(); // <-- here\\nend` | java.util.List.spliterator: it takes or gives a java.util.Spliterator, which is not on the list
        `import java.util.*;\\nrule "R" when Application() then\\n new TimerTask() { public void run() { } }.run(); // <-- here\\nend` | java.util.TimerTask
        `import java.util.*;\\nfunction void runInvoker() { TimeZone.setDefault(null); } // <-- here\\nrule "R" when Application() then runInvoker(); end` | java.util.TimeZone.setDefault
        """)
    void whatOnlyTheCompiledCodeShowsIsRefusedWithItsReason(String written, String refused) throws IOException {
        String rule = written.replace("\\n", "\n");
        RuleLoadException e = loadWith(rule);

        assertThat(e).as("the rules loaded").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(markedLine(rule));
            assertThat(p.message()).contains("a rule may not use " + refused, RuleCalls.GUIDE)
                    .containsPattern("in (rule \"R\"|function runInvoker)$");
        });
    }

    /**
     * A rule file's package is the rules' own only for the classes the rules make: declaring the
     * package of a class of the service's (here the CDI container's) gives no right to it.
     */
    @Test
    void aRuleFilesPackageGivesNoRightToTheClassesAlreadyInIt() throws IOException {
        RuleFiles.copyFixtureRulesTo(dir);
        Files.writeString(dir.resolve(FILE), """
                package jakarta.enterprise.inject.spi;
                import com.followupadvisor.advice.*;
                rule "The container" when Application() then
                    Object beans = CDI.current();
                end
                """);

        RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> new RuleSetLoader(ShippedRules.CLOCK).load(dir));

        assertThat(e).as("the rules loaded").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("a rule may not use jakarta.enterprise.inject.spi.CDI", "rule \"The container\"");
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
        // text in the rule's own language, a sequential stream, date arithmetic, a map
        "import java.util.*;\nimport java.util.stream.*;\nrule \"Plain values\" when $a : Application() then\n"
                + " String g = String.format(Locale.GERMAN, \"%.1f Tage\", 1.5) + String.format(\"%d\", 2);\n"
                + " List<String> names = Stream.of(\"a\", \"bb\").filter(s -> s.length() > 1).map(String::toUpperCase)"
                + ".collect(Collectors.toList());\n"
                + " int squares = IntStream.rangeClosed(1, 5).map(i -> i * i).sum();\n"
                + " java.time.LocalDate monday = $a.getToday().plusWeeks(1)"
                + ".with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));\n"
                + " long days = java.time.temporal.ChronoUnit.DAYS.between($a.getToday(), monday);\n"
                + " Map<String, Integer> counts = new HashMap<>(); counts.merge(\"x\", 1, Integer::sum);\n"
                + " java.math.BigDecimal half = new java.math.BigDecimal(\"1.5\").setScale(0, java.math.RoundingMode.HALF_UP);\n"
                + " boolean dotted = java.util.regex.Pattern.compile(\"a+\").matcher(g).find();\n"
                + " try { Integer.parseInt(g); } catch (NumberFormatException e) { names.add(e.getMessage()); }\nend",
        // what the compiler writes for a switch on an enum (ECJ catches NoSuchFieldError) and for an anonymous class
        "function int rank(ActionCode a) { switch (a) { case WAIT: return 1; default: return 2; } }\n"
                + "rule \"A switch\" when Application()\n eval( rank(ActionCode.WAIT) == 1 )\nthen\n"
                + " Runnable r = new Runnable() { public void run() { } }; r.run();\nend",
        // a condition on a collection, through the imports
        "import java.util.*;\nrule \"A condition on a list\" when\n $a : Application( Arrays.asList(1, 2).contains(activeApplications) )\nthen end",
        // an accumulate with code of its own, which the engine compiles to a class of the rule's
        "rule \"Counting\" when\n $first : Interview( $c : ref )\n"
                + " $n : Number() from accumulate( $i : Interview( ref == $c ), init( int n = 0; ),"
                + " action( n += $c.length() + $i.getRef().length(); ), reverse( n--; ), result( n ) )\nthen end",
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
