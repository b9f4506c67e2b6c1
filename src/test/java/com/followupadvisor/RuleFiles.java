package com.followupadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies of the shipped rules/ for tests that edit, break or remove rule files. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /** Makes {@code target} an exact copy of the shipped rules/ folder, replacing what was there. */
    public static Path copyShippedRulesTo(Path target) throws IOException {
        Path source = Path.of("rules");
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
}
