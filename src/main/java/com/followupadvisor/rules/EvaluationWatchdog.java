package com.followupadvisor.rules;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * Stops evaluations that run past their time limit. A rule's then part and a DRL function are
 * Java, so an endless loop there ignores the engine's own limits; the watchdog first interrupts the
 * thread, and if it is still inside the same evaluation a moment later, stops it (the evaluation
 * then fails with {@link RuleTimeoutException}, and {@link RuleSet} throws its session away).
 *
 * <p>Registering costs one map put and remove per evaluation, so the hot path stays cheap.
 */
final class EvaluationWatchdog {

    static final EvaluationWatchdog INSTANCE = new EvaluationWatchdog(Duration.ofMillis(50), Duration.ofMillis(500));

    private static final Logger LOG = Logger.getLogger(EvaluationWatchdog.class);

    private final Map<Thread, Ticket> running = new ConcurrentHashMap<>();
    private final Duration grace;

    private EvaluationWatchdog(Duration tick, Duration grace) {
        this.grace = grace;
        Thread thread = new Thread(() -> patrol(tick), "rules-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** One evaluation under watch; close it when the evaluation is over, however it ends. */
    final class Ticket implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final long deadline;
        private volatile String rule;
        private volatile boolean expired;
        private boolean closed;

        private Ticket(Duration limit) {
            this.deadline = System.nanoTime() + limit.toNanos();
        }

        void firing(String ruleName) {
            this.rule = ruleName;
        }

        String rule() {
            return rule;
        }

        boolean expired() {
            return expired;
        }

        @Override
        public synchronized void close() {
            closed = true;
            running.remove(thread, this);
        }

        @SuppressWarnings({"deprecation", "removal"})
        private synchronized void check(long now) {
            if (closed || now - deadline < 0) { // nanoTime values compare by difference only
                return;
            }
            if (!expired) {
                expired = true;
                LOG.errorf("An evaluation passed its time limit; interrupting it (rule running: %s)", rule);
                thread.interrupt();
            } else if (now - deadline > grace.toNanos()) {
                LOG.errorf("An evaluation ignored the interrupt; stopping its thread (rule running: %s)", rule);
                closed = true;
                running.remove(thread, this);
                // Deprecated, and still the only way to end a loop in arbitrary Java on JDK 17.
                thread.stop();
            }
        }
    }

    Ticket watch(Duration limit) {
        Ticket ticket = new Ticket(limit);
        running.put(ticket.thread, ticket);
        return ticket;
    }

    private void patrol(Duration tick) {
        while (true) {
            try {
                TimeUnit.NANOSECONDS.sleep(tick.toNanos());
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Ticket ticket : running.values()) {
                ticket.check(now);
            }
        }
    }
}
