package com.followupadvisor.rules.folder;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a rules folder holds, looked at without reading any file: the files of interest with their
 * sizes, the folders below it, and the entries that cannot be read. The folder may itself be a
 * link; links inside it are followed as long as they lead to a place inside the folder's real
 * path, and refused otherwise. Entries whose name starts with a dot are skipped: a ConfigMap
 * volume keeps its files twice over ({@code ..data} and the timestamped {@code ..2026_...} folder
 * it links to) and git keeps {@code .git}; editors' swap files are hidden too. Names are relative to
 * the folder, with forward slashes; no problem names an absolute path.
 */
public final class RulesFolder {

    /** The name problems of the folder as a whole are reported under. */
    public static final String ITSELF = ".";

    /** A file of interest: its name in the folder, where it really is, and its attributes there. */
    public record Entry(String name, Path real, BasicFileAttributes attributes) {
    }

    /**
     * One look at the folder. {@code root} is its real path (null when it does not exist),
     * {@code rootKey} the file system's identity of it (a new folder at the same path has another);
     * {@code folders} are the real paths of every folder a file of interest may sit in.
     */
    public record Listing(Path root, Object rootKey, List<Entry> files, Set<Path> folders, List<RuleProblem> problems) {
    }

    private final Predicate<String> wanted;
    private final List<Entry> files = new ArrayList<>();
    private final Set<Path> folders = new LinkedHashSet<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    /** Each folder walked, by its real path, with the name it was first walked under. */
    private final Map<Path, String> visited = new HashMap<>();
    private Path root;

    private RulesFolder(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** Looks at {@code dir}; {@code wanted} says, by its relative name, which files are of interest. */
    public static Listing list(Path dir, Predicate<String> wanted) {
        return new RulesFolder(wanted).look(dir);
    }

    private Listing look(Path dir) {
        Object key = null;
        try {
            root = dir.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(root, BasicFileAttributes.class);
            key = attributes.fileKey();
            if (!attributes.isDirectory()) {
                problems.add(new RuleProblem(ITSELF, 0, 0, "the rules folder is a file, not a folder"));
            } else {
                folders.add(root);
                visited.put(root, ITSELF);
                walk(root, "");
            }
        } catch (NoSuchFileException e) {
            root = null;
            problems.add(new RuleProblem(ITSELF, 0, 0, "the rules folder does not exist"));
        } catch (IOException e) {
            problems.add(new RuleProblem(ITSELF, 0, 0, "the rules folder cannot be read: " + reason(e)));
        }
        return new Listing(root, key, List.copyOf(files), Set.copyOf(folders), List.copyOf(problems));
    }

    private void walk(Path folder, String prefix) {
        TreeMap<String, Path> entries = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".")) {
                    entries.put(name, entry);
                }
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(prefix.isEmpty() ? ITSELF : prefix.substring(0, prefix.length() - 1), 0, 0,
                    "cannot list this folder: " + reason(e)));
            return;
        }
        entries.forEach((name, entry) -> visit(entry, prefix + name));
    }

    private void visit(Path entry, String name) {
        try {
            boolean link = Files.isSymbolicLink(entry);
            Path real;
            try {
                real = link ? entry.toRealPath() : entry;
            } catch (NoSuchFileException e) {
                if (wanted.test(name)) {
                    problems.add(new RuleProblem(name, 0, 0, "is a link to nothing: what it points to does not exist"));
                }
                return;
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (link && !real.startsWith(root)) {
                if (attributes.isDirectory() || wanted.test(name)) {
                    problems.add(new RuleProblem(name, 0, 0, "is a link to a " + (attributes.isDirectory() ? "folder" : "file")
                            + " outside the rules folder; only files inside it are read"));
                }
            } else if (attributes.isDirectory()) {
                String first = visited.putIfAbsent(real, name);
                if (first != null) {
                    problems.add(new RuleProblem(name, 0, 0, "is the same folder as " + (first.equals(ITSELF)
                            ? "the rules folder itself" : first) + " (through a link); a folder is read once"));
                    return;
                }
                folders.add(real);
                walk(real, name + "/");
            } else if (wanted.test(name)) {
                if (!attributes.isRegularFile()) {
                    problems.add(new RuleProblem(name, 0, 0, "is not a regular file"));
                    return;
                }
                folders.add(real.getParent());
                files.add(new Entry(name, real, attributes));
            }
        } catch (IOException e) {
            if (wanted.test(name)) {
                problems.add(new RuleProblem(name, 0, 0, "cannot be read: " + reason(e)));
            }
        }
    }

    /** What went wrong, in words that name no path (an I/O exception's message is often just the path). */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it was removed while the folder was read";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
