package com.followupadvisor.rules.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one rules folder as read at one moment: the rule files ({@code *.drl}, anywhere
 * below the folder), the wording ({@code wording/<language>/*.txt}) and the data files at its top
 * (the numbers, the urgency order, the quiet weeks), each as text keyed by its path relative to the folder, with
 * forward slashes. Only files inside the folder are read ({@link RulesFolder}), each at most
 * {@link #MAX_FILE_BYTES} and all together at most {@link #MAX_TOTAL_BYTES}, both checked before
 * anything is read, and each must be UTF-8 text; the service and {@code ./check-rules} both read
 * through here, so both report the same problems.
 */
public record RuleSource(Path dir, Map<String, String> drl, Map<String, Map<String, String>> wording,
        Map<String, String> data) {

    /**
     * The data files the rules read, at the top of the folder. Being listed here is also what makes
     * the live reload watch a file ({@link #isRulesFile}) and its text part of the {@link #version()}.
     */
    static final Set<String> DATA_FILES = Set.of(AdviceNumbers.FILE, UrgencyOrderFile.FILE, QuietWeeksFile.FILE);

    /**
     * The largest file read: the shipped rules' largest is 6.4 KiB, so this leaves room for a
     * rule file a hundred times larger while keeping a mistaken copy of a log or a disk image out.
     */
    static final long MAX_FILE_BYTES = 1L << 20;
    /**
     * The most read in all: the shipped rules read 40 KiB, 77 files; this keeps a reload's text, and
     * what the compiler builds from it, far below the heap however many files a folder holds.
     */
    static final long MAX_TOTAL_BYTES = 16L << 20;

    static final String WORDING = "wording/";
    private static final Pattern TEXT_FILE = Pattern.compile("wording/([a-z]{2})/([A-Za-z0-9_-]+)\\.txt");

    /** Whether the file of this relative name is one the rules are made of. */
    public static boolean isRulesFile(String name) {
        return name.endsWith(".drl") || TEXT_FILE.matcher(name).matches() || DATA_FILES.contains(name);
    }

    public static RuleSource read(Path dir) throws RuleLoadException {
        RulesFolder.Listing listing = RulesFolder.list(dir, RuleSource::isRulesFile);
        List<RuleProblem> problems = new ArrayList<>(listing.problems());
        List<RulesFolder.Entry> readable = new ArrayList<>();
        long total = 0;
        for (RulesFolder.Entry file : listing.files()) {
            long size = file.attributes().size();
            if (size > MAX_FILE_BYTES) {
                problems.add(tooLarge(file.name(), size));
            } else {
                readable.add(file);
                total += size;
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            throw new RuleLoadException(List.of(new RuleProblem(RulesFolder.ITSELF, 0, 0, "its rule files, texts and data files add up to "
                    + size(total) + "; a rules folder may hold " + limit(MAX_TOTAL_BYTES) + " of them at most")));
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, Map<String, String>> wording = new TreeMap<>();
        Map<String, String> data = new TreeMap<>();
        for (RulesFolder.Entry file : readable) {
            String text = text(file, problems);
            if (text == null) {
                continue;
            }
            String name = file.name();
            Matcher m = TEXT_FILE.matcher(name);
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            } else if (m.matches()) {
                wording.computeIfAbsent(m.group(1), l -> new TreeMap<>()).put(m.group(2), text);
            } else {
                data.put(name, text);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new RuleSource(dir, drl, wording, data);
    }

    private static final Pattern SCENARIO_FILE = Pattern.compile("scenarios/[^/]+\\.json");

    /**
     * The scenario files ({@code scenarios/*.json}) of a folder, by relative name, read as the rule
     * files are: from inside the folder only, within the same limits, as UTF-8; each file that
     * cannot be read is a problem added to {@code problems} instead.
     */
    public static Map<String, String> scenarios(Path dir, List<RuleProblem> problems) {
        RulesFolder.Listing listing = RulesFolder.list(dir, name -> SCENARIO_FILE.matcher(name).matches());
        listing.problems().stream().filter(p -> !p.file().equals(RulesFolder.ITSELF)).forEach(problems::add);
        Map<String, String> texts = new TreeMap<>();
        long total = 0;
        for (RulesFolder.Entry file : listing.files()) {
            long size = file.attributes().size();
            total += size;
            if (size > MAX_FILE_BYTES || total > MAX_TOTAL_BYTES) {
                problems.add(tooLarge(file.name(), size));
                continue;
            }
            String text = text(file, problems);
            if (text != null) {
                texts.put(file.name(), text);
            }
        }
        return texts;
    }

    /** The file's text, or null with a problem added when it is too large, unreadable or not UTF-8 text. */
    private static String text(RulesFolder.Entry file, List<RuleProblem> problems) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.real())) {
            // no more than the limit, even if the file grew since its size was checked
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            problems.add(new RuleProblem(file.name(), 0, 0, "cannot be read: " + RulesFolder.reason(e)));
            return null;
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(tooLarge(file.name(), bytes.length));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (result.isError()) {
            problems.add(at(file.name(), text, "is not UTF-8 text from here on (a binary file, or saved in another encoding "
                    + "such as Latin-1?); save it as UTF-8"));
            return null;
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(at(file.name(), text.substring(0, nul), "holds a NUL character: is it a binary file? The rules folder's "
                    + "rule files, texts and data files are UTF-8 text"));
            return null;
        }
        return text;
    }

    /** A problem at the place just after {@code before}, the text of the file up to it. */
    private static RuleProblem at(String file, String before, String message) {
        int lastLine = before.lastIndexOf('\n');
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new RuleProblem(file, line, before.length() - lastLine, message);
    }

    private static RuleProblem tooLarge(String file, long size) {
        return new RuleProblem(file, 0, 0, "is " + size(size) + "; a file in the rules folder may be "
                + limit(MAX_FILE_BYTES) + " at most");
    }

    private static String size(long bytes) {
        return bytes >= 10L << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20)) : bytes + " bytes";
    }

    private static String limit(long bytes) {
        return (bytes >> 20) + " MiB (" + bytes + " bytes)";
    }

    /** A short digest of every rule file, template and data file: equal contents, equal version. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, String> texts = new TreeMap<>();
            wording.forEach((language, files) -> files.forEach((name, text) -> texts.put(language + "/" + name, text)));
            for (Map<String, String> files : List.of(drl, texts, data)) {
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
