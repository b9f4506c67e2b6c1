package com.followupadvisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rules folder as read at one moment: the rule files ({@code *.drl}, anywhere
 * below the folder), the draft templates ({@code templates/*.txt}) and the data files at its top
 * (the numbers, the urgency order), each as text keyed by its path relative to the folder, with
 * forward slashes.
 */
record RuleSource(Path dir, Map<String, String> drl, Map<String, String> templates, Map<String, String> data) {

    /** The data files the rules read, at the top of the folder. */
    static final java.util.Set<String> DATA_FILES = java.util.Set.of(AdviceNumbers.FILE, UrgencyOrder.FILE);

    static final String TEMPLATES = "templates/";

    static RuleSource read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("the rules folder " + dir.toAbsolutePath() + " does not exist");
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> templates = new TreeMap<>();
        Map<String, String> data = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".drl")) {
                    drl.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } else if (name.startsWith(TEMPLATES) && name.endsWith(".txt")) {
                    templates.put(name.substring(TEMPLATES.length(), name.length() - ".txt".length()),
                            Files.readString(file, StandardCharsets.UTF_8));
                } else if (DATA_FILES.contains(name)) {
                    data.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RuleSource(dir, drl, templates, data);
    }

    /** A short digest of every rule file, template and data file: equal contents, equal version. */
    String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map<String, String> files : java.util.List.of(drl, templates, data)) {
                files.forEach((name, text) -> {
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                });
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
