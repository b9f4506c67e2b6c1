package com.followupadvisor.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.followupadvisor.config.AdvisorConfig;

/**
 * Keeps absolute paths out of the public answers about the rules ({@code GET /api/v1/rules},
 * {@code /q/health}), which need no login: the rules folder's path (as configured and as it
 * really is) and the working directory's are cut from any text, so that a file is named relative
 * to the rules folder. The rules already name files so; this is the net for a message from a
 * library that quotes a path. The log keeps absolute paths.
 */
@Singleton
class PublicPaths {

    private final Path folder;

    @Inject
    PublicPaths(AdvisorConfig config) {
        this(config.rules().dir());
    }

    PublicPaths(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    String hide(String text) {
        if (text == null) {
            return null;
        }
        for (String prefix : prefixes()) {
            // a file below the prefix becomes its relative name, the prefix itself "."
            text = text.replaceAll(Pattern.quote(prefix) + "/", "");
            text = text.replaceAll(Pattern.quote(prefix) + "(?![\\w.-])", Matcher.quoteReplacement("."));
        }
        return text;
    }

    /** Longest first, so that the folder goes before the working directory holding it. */
    private Set<String> prefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(folder.toString());
        try {
            prefixes.add(folder.toRealPath().toString());
        } catch (IOException e) {
            // a folder that is gone has no real path to hide
        }
        prefixes.add(Path.of("").toAbsolutePath().toString());
        prefixes.removeIf(p -> p.equals("/") || p.isEmpty());
        return prefixes.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }
}
