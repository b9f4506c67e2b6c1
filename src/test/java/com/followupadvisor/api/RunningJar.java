package com.followupadvisor.api;

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
 */
final class RunningJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private RunningJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar with the README's production launch settings ({@code @jvm.options}) and these
     * extra -D options, and waits until it is ready (60 s at most).
     */
    static RunningJar start(String name, String... options) throws Exception {
        Path rules = RuleFiles.copyFixtureRulesTo(Path.of("target", name + "-rules"));
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
        RunningJar jar = new RunningJar(process, port, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (jar.status("/q/health/ready") != 200) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                jar.close();
                throw new AssertionError("the jar did not get ready; its log:\n" + jar.log());
            }
            Thread.sleep(200);
        }
        return jar;
    }

    int port() {
        return port;
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
