package com.followupadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way, as the README's "Development" map draws them: no
 * arrow runs back up (the rules know nothing of HTTP, the state model nothing of the rules).
 */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/com/followupadvisor");
    private static final Pattern USE = Pattern.compile("\\bcom\\.followupadvisor\\.([a-z]+)\\.");

    /** What each package may use, besides itself; a package not listed here fails the test. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "state", Set.of(),
            "config", Set.of(),
            "advice", Set.of("state"),
            "wording", Set.of("advice", "state"),
            "rules", Set.of("wording", "advice", "state", "config"),
            "advising", Set.of("rules", "wording", "advice", "state", "config"),
            "api", Set.of("advising", "rules", "wording", "advice", "state", "config"),
            "authoring", Set.of("advising", "rules", "wording", "advice", "state", "config"));

    @Test
    void dependenciesPointOneWay() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // Main, which starts everything
                }
                String pkg = relative.getName(0).toString();
                Set<String> uses = used.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used.keySet()).as("the packages").isEqualTo(new TreeSet<>(ALLOWED.keySet()));
        used.forEach((pkg, uses) -> assertThat(ALLOWED.get(pkg)).as(pkg + " uses only what it may")
                .containsAll(uses));
    }

    @Test
    void everyPackageSaysItsOneJob() throws IOException {
        for (String pkg : ALLOWED.keySet()) {
            Path info = MAIN.resolve(pkg).resolve("package-info.java");
            assertThat(info).as(pkg).exists();
            assertThat(Files.readString(info)).as(pkg).containsPattern("/\\*\\* .+ \\*/");
        }
    }
}
