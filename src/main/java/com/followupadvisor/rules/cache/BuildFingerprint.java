package com.followupadvisor.rules.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the service's own classes as built: the rules compile against them (the fact model,
 * the action codes, the channels), so a rebuild that changes any of them must not reuse rules
 * compiled before it. Read once: from the jar's directory of entries (names, sizes and checksums,
 * without unpacking anything) or, when the classes are a folder (tests, dev mode), from the class
 * files' bytes. Null, with {@link #WHY_NOT}, when the classes' place cannot be read.
 */
public final class BuildFingerprint {

    private static final String OWN = "com/followupadvisor/";

    public static final String VALUE;
    static final String WHY_NOT;

    static {
        String value = null;
        String why = null;
        try {
            value = of(BuildFingerprint.class.getProtectionDomain().getCodeSource());
        } catch (IOException | RuntimeException | URISyntaxException e) {
            why = "the service's classes cannot be read to tell one build from another (" + e + ")";
        }
        VALUE = value;
        WHY_NOT = why;
    }

    private BuildFingerprint() {
    }

    private static String of(CodeSource source) throws IOException, URISyntaxException {
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            throw new IOException("they come from " + location);
        }
        Path path = Path.of(location.toURI());
        MessageDigest sha = sha256();
        if (Files.isDirectory(path)) {
            TreeMap<String, Path> files = new TreeMap<>();
            Path own = path.resolve(OWN);
            try (Stream<Path> walk = Files.walk(own)) {
                walk.filter(Files::isRegularFile).forEach(f -> files.put(path.relativize(f).toString().replace('\\', '/'), f));
            }
            for (var file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file.getValue()));
            }
        } else {
            try (ZipFile jar = new ZipFile(path.toFile())) {
                TreeMap<String, ZipEntry> entries = new TreeMap<>();
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    if (entry.getName().startsWith(OWN)) {
                        entries.put(entry.getName(), entry);
                    }
                }
                for (ZipEntry entry : entries.values()) {
                    sha.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(ByteBuffer.allocate(16).putLong(entry.getSize()).putLong(entry.getCrc()).flip());
                }
                if (entries.isEmpty()) {
                    throw new IOException(path + " holds none of them");
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
