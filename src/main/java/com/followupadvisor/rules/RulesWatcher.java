package com.followupadvisor.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Watches a folder and everything below it, and calls back once the files have been quiet for a
 * moment: several saves in a row (an editor's temporary files, a git checkout) give one call, after
 * the last. Callbacks run one at a time on a background thread.
 */
final class RulesWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    private final Path dir;
    private final Duration settle;
    private final Runnable onChange;
    private final WatchService watchService;
    private final ScheduledExecutorService worker;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    private RulesWatcher(Path dir, Duration settle, Runnable onChange) throws IOException {
        this.dir = dir;
        this.settle = settle;
        this.onChange = onChange;
        this.watchService = dir.getFileSystem().newWatchService();
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
        registerTree(dir);
        this.thread = daemon(this::watch, "rules-watch");
    }

    static RulesWatcher start(Path dir, Duration settle, Runnable onChange) throws IOException {
        RulesWatcher watcher = new RulesWatcher(dir, settle, onChange);
        watcher.thread.start();
        return watcher;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        while (true) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                    Path created = folder.resolve(name);
                    if (Files.isDirectory(created)) {
                        try {
                            registerTree(created);
                        } catch (IOException e) {
                            LOG.warnf("Cannot watch the new folder %s: %s", created, e.getMessage());
                        }
                    }
                }
            }
            key.reset();
            changed();
        }
    }

    private synchronized void changed() {
        LOG.debugf("Change seen in %s", dir);
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
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch service failed", e);
        }
    }
}
