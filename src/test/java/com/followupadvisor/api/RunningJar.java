package com.followupadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.followupadvisor.RuleFiles;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as its own process,
 * for the tests that signal it or count its file descriptors, which {@code @QuarkusIntegrationTest}
 * does not let a test do. It runs on a copy of the fixture rules, on a free port, with its log in a
 * file under {@code target/}.
 *
 * <p>Starting the jar takes seconds, so the ITs that neither stop it nor start it with settings of
 * their own share one start, {@link #shared()}; an IT that stops the service, or needs other
 * settings, starts its own with {@link #start}.
 */
final class RunningJar implements AutoCloseable {

    private static RunningJar shared;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final Path rules;

    private RunningJar(Process process, int port, Path log, Path rules) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.rules = rules;
    }

    /**
     * The jar shared by the ITs of this JVM (failsafe runs them all in one): started on first use
     * with the production launch settings and no others, stopped when the JVM exits. Its users may
     * edit its rules, and put them back as they were; they never stop it or close it.
     */
    static synchronized RunningJar shared() throws Exception {
        if (shared == null) {
            RunningJar jar = start("shared");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (jar.process.isAlive()) {
                    jar.process.destroyForcibly();
                }
            }, "stop the shared jar"));
            shared = jar;
        }
        assertThat(shared.process.isAlive()).as("the shared jar is still running; its log:\n%s", shared.log()).isTrue();
        return shared;
    }

    /**
     * Starts the jar with the README's production launch settings ({@code @jvm.options}) and these
     * extra -D options, and waits until it is ready (60 s at most).
     */
    static RunningJar start(String name, String... options) throws Exception {
        Path rules = RuleFiles.copyFixtureRulesTo(Path.of("target", name + "-rules")).toAbsolutePath();
        Path log = Path.of("target", name + ".log");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@jvm.options", "-Dquarkus.http.port=" + port, "-Dadvisor.rules.dir=" + rules.toAbsolutePath()));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningJar jar = new RunningJar(process, port, log, rules);
        try {
            await("the jar is ready").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .pollInSameThread().until(() -> !process.isAlive() || jar.status("/q/health/ready") == 200);
            assertThat(process.isAlive()).as("the jar is running").isTrue();
        } catch (AssertionError | org.awaitility.core.ConditionTimeoutException e) {
            jar.close();
            throw new AssertionError("the jar did not get ready; its log:\n" + jar.log(), e);
        }
        return jar;
    }

    int port() {
        return port;
    }

    /** The copy of the fixture rules the jar runs on (an absolute path). */
    Path rules() {
        return rules;
    }

    /** The file the jar's output goes to. */
    Path logFile() {
        return log;
    }

    Process process() {
        return process;
    }

    /** The status of a GET, or -1 when it cannot be sent. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** How many file descriptors the process has open (Linux: /proc/PID/fd). */
    long openFiles() throws IOException {
        try (var files = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
            return files.count();
        }
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
