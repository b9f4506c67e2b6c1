package com.followupadvisor.rules.release;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import com.followupadvisor.rules.folder.RulesFolder;

/**
 * The file system's watches on a rules folder, kept where its files really are: every folder a
 * file of interest sits in, and, above the folder, the folder holding its name and the folder
 * holding each link on its path (for those names only). {@link #register} is called on every
 * look, so a replaced folder, a swapped link or a new ConfigMap version is watched from then on,
 * and the watches of what is gone are dropped.
 */
final class FolderWatchKeys {

    private static final Logger LOG = Logger.getLogger(FolderWatchKeys.class);

    private final Path dir;
    private final WatchService watchService;
    private Set<WatchKey> folderKeys = Set.of();
    private Map<WatchKey, Set<Path>> nameKeys = Map.of();
    private boolean complete = true;

    /** {@code dir}: the rules folder, absolute, as configured (not resolved: its links are watched). */
    FolderWatchKeys(Path dir, WatchService watchService) {
        this.dir = dir;
        this.watchService = watchService;
    }

    /** Watches where the listing found the files; false when the file system refused a watch. */
    boolean register(RulesFolder.Listing listing) {
        Set<WatchKey> keys = new HashSet<>();
        boolean registered = true;
        for (Path folder : listing.folders()) {
            try {
                keys.add(folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
            } catch (IOException e) {
                // most often the user's limit of inotify watches; the look every second still sees changes
                if (complete) {
                    LOG.warnf("Cannot watch %s (%s); looking for its changes every %d s instead", folder, e.getMessage(),
                            RulesWatcher.CHECK_EVERY.toSeconds());
                }
                registered = false;
            }
        }
        Map<WatchKey, Set<Path>> names = new HashMap<>();
        for (Path p = dir; p.getParent() != null; p = p.getParent()) {
            if (p == dir || Files.isSymbolicLink(p)) {
                try {
                    names.computeIfAbsent(p.getParent().register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE),
                            k -> new HashSet<>()).add(p.getFileName());
                } catch (IOException e) {
                    // a parent that is gone too: the look every second finds the folder when it is back
                }
            }
        }
        Set<WatchKey> old = new HashSet<>(folderKeys);
        old.addAll(nameKeys.keySet());
        old.removeAll(keys);
        old.removeAll(names.keySet());
        old.forEach(WatchKey::cancel);
        folderKeys = keys;
        nameKeys = names;
        complete = registered;
        return registered;
    }

    /** Whether the key's events concern the rules: any in the folders; above them, only the names on the path. */
    boolean matters(WatchKey key) {
        Set<Path> names = folderKeys.contains(key) ? null : nameKeys.get(key);
        boolean matters = names == null;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == OVERFLOW || names != null && names.contains(e.context())) {
                matters = true;
            }
        }
        // a key that is no longer valid watched a folder that is gone
        return !key.reset() || matters;
    }
}
