package com.followupadvisor.rules.release;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the rules are and how their folder is watched: {@code advisor.rules.dir},
 * {@code advisor.rules.watch}, {@code advisor.rules.settle} and {@code advisor.rules.quiet}
 * ({@link ReleaseBeans} reads them). {@code quiet}: how long the folder must stay unchanged before
 * a changed set that fails is reported (zero: at once).
 */
public record ReleaseSettings(Path dir, boolean watch, Duration settle, Duration quiet) {

    /** Settings that report a failed reload at once. */
    public ReleaseSettings(Path dir, boolean watch, Duration settle) {
        this(dir, watch, settle, Duration.ZERO);
    }
}
