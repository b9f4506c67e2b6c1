package com.followupadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web page at / and /rules.html, in a real browser: runs {@code src/test/web/browser-test.mjs}
 * (playwright-core driving Debian's headless Chromium) against this test's server, whose clock
 * is pinned, and fails if any of its checks does. Screenshots land in target/screenshots/.
 *
 * <p>Skipped, not failed, on a machine without Chromium or the test's npm packages, so the build
 * works for a developer without them; CI installs both
 * ({@code apt-get install chromium}, {@code npm ci --prefix src/test/web}).
 */
@QuarkusTest
class WebPageBrowserTest {

    private static final Path WEB = Path.of("src", "test", "web").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final long MINUTES = 10;

    /** Skipped on a developer's machine without a browser; in CI (CI=true), where .ci/run installs one, a failure. */
    private static void prerequisite(boolean present, String missing) {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as(missing).isTrue();
        }
        assumeTrue(present, missing);
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPersonGetsAdviceCopiesADraftAndSeesErrorsBesideTheirFieldsOnDesktopAndPhone() throws Exception {
        prerequisite(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        prerequisite(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "no playwright-core in " + WEB + "/node_modules (npm ci --prefix src/test/web)");
        prerequisite(nodeRuns(), "no node on the PATH");

        Process browserTest = new ProcessBuilder("node", WEB.resolve("browser-test.mjs").toString(), base.toString())
                .redirectErrorStream(true)
                .start();
        Thread echo = new Thread(() -> echo(browserTest), "browser-test output");
        echo.start();
        boolean finished = browserTest.waitFor(MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            browserTest.descendants().forEach(ProcessHandle::destroyForcibly);
            browserTest.destroyForcibly();
        }
        echo.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(finished).as("browser test finished within %d minutes", MINUTES).isTrue();
        assertThat(browserTest.exitValue()).as("browser test exit code (its failed checks are printed above)").isZero();
    }

    private static void echo(Process process) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(line -> System.out.println("[browser] " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean nodeRuns() throws InterruptedException {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().transferTo(OutputStream.nullOutputStream());
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
