package com.followupadvisor.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.followupadvisor.StateBuilder;
import com.followupadvisor.rules.engine.RuleCompiler;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.folder.RuleSource;

/**
 * A rule that ends the process, should one get past the compile-time check, cannot make it exit
 * with the status it chose: the process exits with {@link ExitGuard#STATUS}, naming the rule, so
 * that a supervisor that restarts failed services restarts it. Each case runs in a JVM of its own.
 */
class ExitGuardTest {

    @TempDir
    Path dir;

    /**
     * Evaluates the rule file given as its argument, compiled without the check, then exits with
     * status 0 of its own: the exit a shutdown for any other reason than a rule makes.
     */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            RuleSource source = RuleSource.read(Path.of(args[0]));
            var kieBase = new RuleCompiler().compile(source, Map.of());
            RuleSet rules = new RuleSet(kieBase, null, List.of(), "test", Instant.EPOCH, List.of(), RuleCode.of(kieBase, source, List.of()));
            try (EvaluationWatchdog watchdog = EvaluationWatchdog.start()) {
                rules.evaluate(StateBuilder.interviewAt("2026-11-12T10:00").asOf("2026-11-24T09:00").facts(), false,
                        watchdog, Duration.ofSeconds(5));
            }
            System.exit(0);
        }
    }

    private record Exit(int status, String stderr) {
    }

    private Exit run(String then) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("exit.drl"), """
                package advice;
                import com.followupadvisor.advice.Application;
                rule "Stop everything"
                when Application()
                then %s
                end
                """.formatted(then));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                dir.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stderr = child.getErrorStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return new Exit(child.exitValue(), new String(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void aRuleThatExitsWithZeroMakesTheProcessFail() throws Exception {
        Exit exit = run("System.exit(0);");

        assertThat(exit.status()).isEqualTo(ExitGuard.STATUS);
        assertThat(exit.stderr()).contains("rule \"Stop everything\"", "System.exit");
    }

    @Test
    void anExitForAnyOtherReasonKeepsItsStatus() throws Exception {
        Exit exit = run("int nothing = 0;");

        assertThat(exit.status()).as(exit.stderr()).isZero();
    }
}
