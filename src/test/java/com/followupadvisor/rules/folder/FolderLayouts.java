package com.followupadvisor.rules.folder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import com.followupadvisor.RuleFiles;

/**
 * Rules folders laid out the way releases arrive on a cluster: a Kubernetes ConfigMap volume
 * (kubelet's atomic writer: the files live in a timestamped hidden folder, {@code ..data} links to
 * it, and each top-level entry links through {@code ..data}), and git-sync (the configured folder
 * is itself a link, swapped to a new worktree).
 */
public final class FolderLayouts {

    public static final String DATA = "..data";

    private FolderLayouts() {
    }

    /** Makes {@code mount} a ConfigMap volume holding a copy of {@code content}, in {@code ..<stamp>}. */
    public static Path configMap(Path mount, Path content, String stamp) throws IOException {
        Files.createDirectories(mount);
        Path version = mount.resolve(".." + stamp);
        RuleFiles.copy(content, version);
        Files.createSymbolicLink(mount.resolve(DATA), Path.of(version.getFileName().toString()));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(version)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Files.createSymbolicLink(mount.resolve(name), Path.of(DATA, name));
            }
        }
        return mount;
    }

    /**
     * Releases {@code content} into the ConfigMap volume as kubelet does: the new timestamped folder
     * first, then {@code ..data} swapped atomically to it (a new link renamed over the old one), then
     * the old folder removed.
     */
    public static void updateConfigMap(Path mount, Path content, String stamp) throws IOException {
        Path old = mount.resolve(DATA).toRealPath();
        Path version = mount.resolve(".." + stamp);
        RuleFiles.copy(content, version);
        swapLink(mount.resolve(DATA), Path.of(version.getFileName().toString()));
        delete(old);
    }

    /** Points the link {@code link} at {@code target} in one step: a new link moved over it atomically. */
    public static void swapLink(Path link, Path target) throws IOException {
        Path fresh = link.resolveSibling(link.getFileName() + "_tmp");
        Files.createSymbolicLink(fresh, target);
        Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes {@code path} and everything below it, as {@code rm -rf} does (links are removed, not followed). */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    /** A copy of the fixture rules at {@code to} with the follow-up day set to {@code days}. */
    public static Path fixtureWithFollowUpAfter(Path to, int days) throws IOException {
        RuleFiles.copyFixtureRulesTo(to);
        RuleFiles.edit(to.resolve(AdviceNumbers.FILE), "followUpAfterDays = 5 ", "followUpAfterDays = " + days + " ");
        return to;
    }
}
