package com.followupadvisor.rules.release;

import java.time.Instant;

import jakarta.inject.Singleton;

/**
 * What the watcher of the rules folder sees now, for the health check: whether it watches, since
 * when, and the last thing that happened to the folder (lost, found again, replaced). Set by
 * {@link RulesWatcher}; its texts name no path.
 */
@Singleton
public class RulesWatchStatus {

    public enum State {
        /** {@code advisor.rules.watch=false}: changes are picked up at the next start. */
        OFF,
        /** The file system's change events and a look every second both find changes. */
        WATCHING,
        /** The file system gives no change events here; the look every second alone finds changes. */
        POLLING,
        /** The folder is gone (or its link leads nowhere); the last good rules answer on, and its return is watched for. */
        FOLDER_MISSING
    }

    /** {@code event} and {@code eventAt} are null until something happens to the folder. */
    public record Snapshot(State state, Instant since, String event, Instant eventAt) {
    }

    private volatile Snapshot now = new Snapshot(State.OFF, null, null, null);

    public Snapshot now() {
        return now;
    }

    synchronized void state(State state, Instant at) {
        if (state != now.state() || now.since() == null) {
            now = new Snapshot(state, at, now.event(), now.eventAt());
        }
    }

    synchronized void event(String event, Instant at) {
        now = new Snapshot(now.state(), now.since(), event, at);
    }
}
