package com.followupadvisor.rules.release;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the rules are and how their folder is watched: {@code advisor.rules.dir},
 * {@code advisor.rules.watch} and {@code advisor.rules.settle} ({@link ReleaseBeans} reads them).
 */
public record ReleaseSettings(Path dir, boolean watch, Duration settle) {
}
