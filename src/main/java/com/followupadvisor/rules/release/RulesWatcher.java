package com.followupadvisor.rules.release;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.followupadvisor.rules.folder.RuleSource;
import com.followupadvisor.rules.folder.RulesFolder;
import com.followupadvisor.rules.release.RulesWatchStatus.State;

/**
 * Watches a rules folder and calls back once the files have been quiet for a moment: several saves
 * in a row (an editor's temporary files, a git checkout) give one call, after the last. Callbacks
 * run one at a time on a background thread.
 *
 * <p>Releases often replace the folder instead of editing its files: a ConfigMap update swaps the
 * {@code ..data} link inside it, git-sync swaps a link to a new worktree, a deploy may
 * {@code rm -rf} and restore it or {@code mv} a new one in. The file system's events (inotify on
 * Linux) follow a folder's inode, not its name, so they stop for a folder that was replaced. So on
 * every change the watcher watches again where the files really are, and the names above them
 * ({@link FolderWatchKeys}); and every {@link #CHECK_EVERY} it looks at the folder without reading
 * a file (its real path, its identity, each file's real path, size and time) and calls back if
 * anything differs from the last look: the safety net for events the file system did not give (a
 * watch limit reached, a network file system). What it sees goes to {@link RulesWatchStatus}.
 */
final class RulesWatcher implements AutoCloseable {

    /** How often the folder is looked at, events or not. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    private final Path dir;
    private final Duration settle;
    private final Runnable onChange;
    private final Clock clock;
    private final RulesWatchStatus status;
    private final WatchService watchService;
    private final ScheduledExecutorService worker;
    private final FolderWatchKeys keys;
    private final Thread thread;
    private ScheduledFuture<?> pending;
    private final java.util.concurrent.atomic.AtomicLong changesSeen = new java.util.concurrent.atomic.AtomicLong();
    private boolean watchedAll = true;
    private RulesFolder.Listing lastListing;
    private List<Object> lastLook;

    /** How long {@link #close} waits for the watcher's threads to end. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private RulesWatcher(Path dir, Duration settle, Clock clock, RulesWatchStatus status, Runnable onChange) {
        this.dir = dir.toAbsolutePath().normalize();
        this.settle = settle;
        this.onChange = onChange;
        this.clock = clock;
        this.status = status;
        this.watchService = newWatchService(this.dir);
        this.keys = watchService == null ? null : new FolderWatchKeys(this.dir, watchService);
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
        look(false);
        this.thread = daemon(this::watch, "rules-watch");
    }

    static RulesWatcher start(Path dir, Duration settle, Clock clock, RulesWatchStatus status, Runnable onChange) {
        RulesWatcher watcher = new RulesWatcher(dir, settle, clock, status, onChange);
        watcher.thread.start();
        return watcher;
    }

    private static WatchService newWatchService(Path dir) {
        try {
            return dir.getFileSystem().newWatchService();
        } catch (IOException e) {
            LOG.warnf("The file system gives no change events for %s (%s); looking for changes every %d s instead", dir,
                    e.getMessage(), CHECK_EVERY.toSeconds());
            return null;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    private void watch() {
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (true) {
            boolean event = false;
            try {
                long wait = nextCheck - System.nanoTime();
                if (watchService == null) {
                    TimeUnit.NANOSECONDS.sleep(Math.max(wait, 0));
                } else {
                    WatchKey key = wait > 0 ? watchService.poll(wait, TimeUnit.NANOSECONDS) : watchService.poll();
                    while (key != null) {
                        event |= keys.matters(key);
                        key = watchService.poll();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            boolean due = System.nanoTime() - nextCheck >= 0;
            if (due) {
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
            if (event || due) {
                try {
                    look(event);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Looking at the rules folder %s failed unexpectedly", dir);
                }
            }
        }
    }

    /** Looks at the folder, watches where its files are now, and calls back on an event or a difference. */
    private void look(boolean event) {
        RulesFolder.Listing listing = RulesFolder.list(dir, RuleSource::isRulesFile);
        List<Object> look = new ArrayList<>();
        look.add(listing.root());
        look.add(listing.rootKey());
        for (RulesFolder.Entry file : listing.files()) {
            look.add(List.of(file.name(), file.real(), file.attributes().size(), file.attributes().lastModifiedTime(),
                    Objects.requireNonNullElse(file.attributes().fileKey(), "")));
        }
        look.add(listing.problems());
        if (keys != null) {
            watchedAll = keys.register(listing);
        }
        report(listing);
        boolean first = lastLook == null;
        boolean differs = !look.equals(lastLook);
        lastLook = look;
        lastListing = listing;
        if (!first && (event || differs)) {
            LOG.debugf("Change seen in %s (%s)", dir, event ? "an event" : "the look every second");
            changed();
        }
    }

    /** Keeps the status current, and says in the log and the status what happened to the folder. */
    private void report(RulesFolder.Listing listing) {
        boolean missing = listing.folders().isEmpty();
        boolean wasMissing = lastListing != null && lastListing.folders().isEmpty();
        if (missing && !wasMissing) {
            LOG.warnf("The rules folder %s is gone; the last good rules answer on, and the folder is watched for its return", dir);
            status.event("lost the rules folder: it is gone, or its link leads nowhere; the last good rules answer on",
                    clock.instant());
        } else if (!missing && wasMissing) {
            LOG.infof("The rules folder %s is back (%s)", dir, listing.root());
            status.event("found the rules folder again", clock.instant());
        } else if (!missing && lastListing != null && !listing.root().equals(lastListing.root())) {
            LOG.infof("The rules folder %s is now %s (a link on its path was swapped); watching that", dir, listing.root());
            status.event("the rules folder's path now leads to another folder (a link was swapped); watching that one",
                    clock.instant());
        } else if (!missing && lastListing != null && !Objects.equals(listing.rootKey(), lastListing.rootKey())) {
            LOG.infof("The rules folder %s was replaced by another one; watching the new one", dir);
            status.event("the rules folder was replaced by another one; watching the new one", clock.instant());
        }
        status.state(missing ? State.FOLDER_MISSING : keys != null && watchedAll ? State.WATCHING : State.POLLING,
                clock.instant());
    }

    /** How many changes the watcher has seen: a reload reads the folder as it was after the latest. */
    long changesSeen() {
        return changesSeen.get();
    }

    /** Runs {@code task} after {@code delay} on the thread that reloads, after any reload already due. */
    void after(Duration delay, Runnable task) {
        try {
            worker.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            LOG.debug("The watcher is closing; a held-back reload failure is not reported");
        }
    }

    private synchronized void changed() {
        changesSeen.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::runCallback, settle.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runCallback() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reloading the rules from %s failed unexpectedly", dir);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        worker.shutdownNow();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("Closing the watch service failed", e);
            }
        }
        try {
            // the service stops with its watcher stopped, not still reloading
            thread.join(STOP_WAIT.toMillis());
            worker.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
