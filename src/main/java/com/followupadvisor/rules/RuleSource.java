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
 * below the folder), the wording ({@code wording/<language>/*.txt}) and the data files at its top
 * (the numbers, the urgency order), each as text keyed by its path relative to the folder, with
 * forward slashes.
 */
record RuleSource(Path dir, Map<String, String> drl, Map<String, Map<String, String>> wording,
        Map<String, String> data) {

    /** The data files the rules read, at the top of the folder. */
    static final java.util.Set<String> DATA_FILES = java.util.Set.of(AdviceNumbers.FILE, UrgencyOrder.FILE);

    static final String WORDING = "wording/";
    private static final java.util.regex.Pattern TEXT_FILE =
            java.util.regex.Pattern.compile("wording/([a-z]{2})/([A-Za-z0-9_-]+)\\.txt");

    static RuleSource read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("the rules folder " + dir.toAbsolutePath() + " does not exist");
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, Map<String, String>> wording = new TreeMap<>();
        Map<String, String> data = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".drl")) {
                    drl.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } else if (TEXT_FILE.matcher(name).matches()) {
                    java.util.regex.Matcher m = TEXT_FILE.matcher(name);
                    m.matches();
                    wording.computeIfAbsent(m.group(1), l -> new TreeMap<>())
                            .put(m.group(2), Files.readString(file, StandardCharsets.UTF_8));
                } else if (DATA_FILES.contains(name)) {
                    data.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RuleSource(dir, drl, wording, data);
    }

    /** A short digest of every rule file, template and data file: equal contents, equal version. */
    String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, String> texts = new TreeMap<>();
            wording.forEach((language, files) -> files.forEach((name, text) -> texts.put(language + "/" + name, text)));
            for (Map<String, String> files : java.util.List.of(drl, texts, data)) {
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
