package com.followupadvisor.rules.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule sets kept on disk, so that a restart with unchanged rules reads them back instead
 * of compiling them again (a cold compile is seconds of start-up on two cores; reading one back, a
 * fraction of that: docs/performance.md). An entry is named by a digest of everything the compiled
 * result depends on ({@link #key}): the DRL the compiler is given, the service's own classes (the
 * fact model the rules are compiled against), the Drools version and the JVM. It holds the
 * packages as Drools serialises them, and the bytes of the types the rules declare, which must be
 * defined before the packages can be read back.
 *
 * <p>The cache can only cost a compile, never change an answer or stop the service: an entry that
 * is missing, truncated, corrupt or unreadable is one log line and a compile (whose result then
 * replaces it), and a folder that cannot be written is one log line and no cache. Entries are
 * written to a temporary file and renamed into place, so a reader (another process too) sees a
 * whole entry or none, and only the {@link #KEEP} most recently used are kept.
 */
public final class CompiledRulesCache {

    private static final Logger LOG = Logger.getLogger(CompiledRulesCache.class);

    /** Enough for the set in use, the one before it and a few edits reverted. */
    static final int KEEP = 5;
    /** Far above an entry of the shipped rules (about 250 KB); past it a file is not an entry. */
    static final long MAX_ENTRY_BYTES = 64L << 20;
    /** A temporary file this old was left by a writer that died. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private static final String SUFFIX = ".rules";
    private static final String TEMPORARY = ".tmp";
    private static final byte[] MAGIC = "FUA-RULES\n".getBytes(StandardCharsets.US_ASCII);
    /** This class's own format; part of the key too. */
    private static final int FORMAT = 1;
    private static final int DIGEST_BYTES = 32;

    /**
     * What an entry may make when read back: the engine's own classes, the service's, the plain
     * values between them, and the types the rules declare (see {@link #decode}). Anything else is
     * not what this class wrote, and is refused before it is made.
     */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "java.lang.*;java.time.*;java.math.*;java.util.*;java.util.concurrent.*;java.util.concurrent.atomic.*;"
                    + "java.util.concurrent.locks.*;org.drools.**;org.kie.**;org.mvel2.**;com.followupadvisor.**;!*");

    private static final CompiledRulesCache OFF = new CompiledRulesCache(null, Clock.systemUTC());

    private final Path dir;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String lastUnusable;

    private CompiledRulesCache(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** No cache: every load compiles. */
    public static CompiledRulesCache off() {
        return OFF;
    }

    /** A cache in {@code dir} (made when first written), or none when {@code dir} is empty or the build cannot be identified. */
    public static CompiledRulesCache in(Optional<Path> dir, Clock clock) {
        if (dir.isEmpty()) {
            return OFF;
        }
        if (BuildFingerprint.VALUE == null) {
            LOG.infof("The compiled-rules cache is off: %s", BuildFingerprint.WHY_NOT);
            return OFF;
        }
        return new CompiledRulesCache(dir.get(), clock);
    }

    public boolean isOn() {
        return dir != null;
    }

    /** How many reads found a usable entry. */
    int hits() {
        return hits.get();
    }

    /** Why the last entry that was there could not be used; null when none was refused. */
    String lastUnusable() {
        return lastUnusable;
    }

    /** What names an entry: the DRL by file name, and what else changes what it compiles to. */
    public static String key(Map<String, String> drl) {
        MessageDigest sha = sha256();
        update(sha, "format " + FORMAT);
        update(sha, "drools " + org.drools.base.util.Drools.getFullVersion());
        update(sha, "jvm " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version")
                + " class files " + System.getProperty("java.class.version"));
        update(sha, "build " + BuildFingerprint.VALUE);
        // the engine's own switches change what it generates
        new TreeMap<>(System.getProperties()).forEach((name, value) -> {
            if (name.toString().startsWith("drools.")) {
                update(sha, name + "=" + value);
            }
        });
        new TreeMap<>(drl).forEach((name, text) -> {
            update(sha, name);
            update(sha, text);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The rule base stored under {@code key}, with {@code parent} under its declared types; null when there is none to use. */
    public KieBase read(String key, ClassLoader parent) {
        if (dir == null) {
            return null;
        }
        Path entry = dir.resolve(key + SUFFIX);
        byte[] bytes;
        try {
            if (Files.size(entry) > MAX_ENTRY_BYTES) {
                LOG.warnf("The compiled-rules cache entry %s is too large to be one; compiling the rules", entry);
                return null;
            }
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warnf("The compiled-rules cache entry %s cannot be read (%s); compiling the rules", entry, e);
            return null;
        }
        try {
            long start = System.nanoTime();
            KieBase kieBase = decode(bytes, key, parent);
            touch(entry);
            hits.incrementAndGet();
            LOG.infof("Read the compiled rules from %s in %d ms instead of compiling them", entry,
                    (System.nanoTime() - start) / 1_000_000);
            return kieBase;
        } catch (Exception | LinkageError e) {
            // corrupt, truncated, from another format, or not loadable here: the compile replaces it
            lastUnusable = e.toString();
            LOG.warnf("The compiled-rules cache entry %s cannot be used (%s); compiling the rules", entry, e);
            return null;
        }
    }

    /** Keeps {@code kieBase}'s packages under {@code key}; a failure to write is logged, never thrown. */
    public void write(String key, Collection<KiePackage> packages, Map<String, byte[]> declaredTypes) {
        if (dir == null) {
            return;
        }
        Path temporary = null;
        try {
            byte[] bytes = encode(key, new ArrayList<>(packages), declaredTypes);
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, key, TEMPORARY);
            Files.write(temporary, bytes);
            Path entry = dir.resolve(key + SUFFIX);
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // a temporary file in the same folder can always be renamed atomically; this is not a file system to keep a cache on
                throw new IOException("the folder cannot rename files atomically", e);
            }
            temporary = null;
            touch(entry);
            evict();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The compiled rules could not be kept in %s (%s); the next start compiles them again", dir, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left for a later eviction
                }
            }
        }
    }

    private void touch(Path entry) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.from(clock.instant()));
    }

    /** Keeps the {@link #KEEP} entries last written or read, and removes abandoned temporary files. */
    private void evict() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    entries.add(file);
                } else if (name.endsWith(TEMPORARY) && modified(file) < clock.millis() - ABANDONED.toMillis()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        entries.sort(Comparator.comparingLong(CompiledRulesCache::modified).reversed());
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE; // gone already, or unreadable: first to go
        }
    }

    // ---- the entry's format: magic, format, key, declared types, packages, then a digest of all before it ----

    /** An entry holding {@code packages} (a list of them, unless a test makes a bad entry). */
    static byte[] encode(String key, Object packages, Map<String, byte[]> declaredTypes) throws IOException {
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(serialised)) {
            out.writeObject(packages);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(serialised.size() + 64 * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key);
        out.writeInt(declaredTypes.size());
        for (Map.Entry<String, byte[]> type : new TreeMap<>(declaredTypes).entrySet()) {
            out.writeUTF(type.getKey());
            out.writeInt(type.getValue().length);
            out.write(type.getValue());
        }
        out.writeInt(serialised.size());
        serialised.writeTo(out);
        out.flush();
        out.write(sha256().digest(bytes.toByteArray()));
        return bytes.toByteArray();
    }

    private static KieBase decode(byte[] bytes, String key, ClassLoader parent) throws IOException, ClassNotFoundException {
        if (bytes.length < MAGIC.length + DIGEST_BYTES) {
            throw new IOException("truncated: " + bytes.length + " bytes");
        }
        byte[] digest = sha256().digest(Arrays.copyOf(bytes, bytes.length - DIGEST_BYTES));
        if (!Arrays.equals(digest, Arrays.copyOfRange(bytes, bytes.length - DIGEST_BYTES, bytes.length))) {
            throw new IOException("its digest does not match its contents (truncated or corrupt)");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - DIGEST_BYTES));
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || in.readInt() != FORMAT) {
            throw new IOException("not an entry of this format");
        }
        String stored = in.readUTF();
        if (!stored.equals(key)) {
            throw new IOException("it was stored under another key, " + stored);
        }
        Map<String, byte[]> types = new TreeMap<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            types.put(name, in.readNBytes(in.readInt()));
        }
        byte[] serialised = in.readNBytes(in.readInt());
        // the declared types first: the packages refer to them by class
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, types);
        List<KiePackage> packages;
        try (InputStream packagesIn = new ByteArrayInputStream(serialised);
                DroolsObjectInputStream objects = new DroolsObjectInputStream(packagesIn, loader)) {
            objects.setObjectInputFilter(info -> info.serialClass() != null && declared(info.serialClass(), loader)
                    ? ObjectInputFilter.Status.ALLOWED : CLASSES.checkInput(info));
            @SuppressWarnings("unchecked")
            List<KiePackage> read = (List<KiePackage>) objects.readObject();
            packages = read;
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static boolean declared(Class<?> type, ClassLoader types) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        for (ClassLoader l = element.getClassLoader(); l != null; l = l.getParent()) {
            if (l == types) {
                return true;
            }
        }
        return false;
    }

    /** SHA-256, which every Java runtime has; also the trial's verdicts' digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds {@code text} to {@code sha}, ended by a NUL, so that two texts never read as one. */
    public static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
