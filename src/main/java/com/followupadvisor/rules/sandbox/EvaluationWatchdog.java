package com.followupadvisor.rules.sandbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * Stops evaluations that run past their time limit or allocate past their memory limit. The time
 * is the evaluation thread's own CPU time: a healthy rule that waited for the garbage collector or
 * for a core (under load, near a full heap) is not blamed, as it was when the limit was counted on
 * the clock (eleven healthy evaluations stopped in one run). As a backstop, an evaluation is also
 * stopped once ten times its limit has passed on the clock (a rule that somehow waits uses no CPU). A rule's
 * then part and a DRL function are Java, so an endless loop there ignores the engine's own limits;
 * the watchdog first interrupts the thread, and if it is still inside the same evaluation a moment
 * later, stops it (the evaluation then fails with {@link RuleTimeoutException}, and {@link RuleSet}
 * throws its session away). An evaluation that allocates more than its memory limit is stopped at
 * once: memory runs out faster than a grace period.
 *
 * <p>When it stops an evaluation, it says where in the rules the thread was, from its stack: the
 * then part of a rule, or a function called while the engine matched the rules' conditions.
 *
 * <p>Registering costs one map put and remove per evaluation and a read of the thread's allocation
 * counter, so the hot path stays cheap.
 *
 * <p>Its one thread, and the {@link ExitGuard}, live from {@link #start()} to {@link #close()}: in the
 * service, those of the bean the framework makes at start-up and disposes of at shutdown.
 */
public final class EvaluationWatchdog implements AutoCloseable {

    private static final Duration TICK = Duration.ofMillis(50);
    private static final Duration GRACE = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(EvaluationWatchdog.class);

    /** The JVM's count of the bytes each thread allocated; null on a JVM without it. */
    private static final com.sun.management.ThreadMXBean ALLOCATIONS = allocations();
    /** The JVM's count of each thread's CPU time; null on a JVM without it (then the clock counts). */
    private static final java.lang.management.ThreadMXBean CPU = cpu();
    /** How many times its limit an evaluation may last on the clock. */
    static final int WALL_FACTOR = 10;

    private final Map<Thread, Ticket> running = new ConcurrentHashMap<>();
    private final Thread patrol = new Thread(() -> patrol(TICK), "rules-watchdog");
    private final ExitGuard exitGuard = new ExitGuard(this);

    private EvaluationWatchdog() {
        patrol.setDaemon(true);
    }

    /** A watchdog on watch: its thread started and the exit guard installed, until {@link #close()}. */
    public static EvaluationWatchdog start() {
        EvaluationWatchdog watchdog = new EvaluationWatchdog();
        watchdog.patrol.start();
        watchdog.exitGuard.install();
        return watchdog;
    }

    /** Stops the thread and removes the exit guard; evaluations that start later are no longer watched. */
    @Override
    public void close() {
        patrol.interrupt();
        exitGuard.remove();
        try {
            patrol.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static com.sun.management.ThreadMXBean allocations() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }

    private static java.lang.management.ThreadMXBean cpu() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!bean.isCurrentThreadCpuTimeSupported() || !bean.isThreadCpuTimeSupported()) {
            return null;
        }
        if (!bean.isThreadCpuTimeEnabled()) {
            bean.setThreadCpuTimeEnabled(true);
        }
        return bean;
    }

    /** Why an evaluation was stopped. */
    public enum Overrun { TIME, MEMORY }

    /** One evaluation under watch; close it when the evaluation is over, however it ends. */
    public final class Ticket implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final long limit;
        private final long started;
        private final long cpuBefore;
        private final long allocatedBefore;
        private volatile long stoppedAt;
        private final long memoryLimit;
        private final RuleCode code;
        private volatile String rule;
        private volatile boolean firing;
        private volatile Overrun overrun;
        private volatile java.util.List<RuleCode.Origin> where = java.util.List.of();
        private boolean closed;

        private Ticket(Duration limit, long memoryLimit, RuleCode code) {
            this.limit = limit.toNanos();
            this.started = System.nanoTime();
            this.cpuBefore = CPU == null ? 0 : CPU.getCurrentThreadCpuTime();
            this.memoryLimit = memoryLimit;
            this.code = code;
            this.allocatedBefore = ALLOCATIONS == null ? 0 : ALLOCATIONS.getCurrentThreadAllocatedBytes();
        }

        public void firing(String ruleName) {
            this.rule = ruleName;
            this.firing = true;
        }

        /** The rule that was firing is done: the engine is matching conditions again. */
        public void fired() {
            this.firing = false;
        }

        /** The rule firing now, or the last one to fire. */
        String rule() {
            return rule;
        }

        public boolean expired() {
            return overrun != null;
        }

        public Overrun overrun() {
            return overrun;
        }

        /**
         * Where the evaluation was when it was stopped, in the rule author's terms: "in the then
         * part of rule ...", or "while matching the rules' conditions, in function ...".
         */
        public String where() {
            java.util.List<RuleCode.Origin> chain = where;
            RuleCode.Origin ruleOrigin = RuleCode.ruleIn(chain);
            RuleCode.Origin function = chain.isEmpty() || chain.get(0) == ruleOrigin ? null : chain.get(0);
            String inFunction = function == null ? "" : "in " + function + ", called from ";
            if (firing) {
                return (function == null ? "in " : inFunction) + "the then part of "
                        + (ruleOrigin != null ? ruleOrigin : "rule \"" + rule + "\"");
            }
            if (ruleOrigin != null) {
                // an eval is Java of the rule's own, run while the engine matches
                return "while matching the rules' conditions, " + (function == null ? "in " : inFunction) + "an eval of " + ruleOrigin;
            }
            return "while matching the rules' conditions (the when parts)" + (function != null ? ", in " + function : "")
                    + (rule != null ? "; the last rule to fire was \"" + rule + "\"" : "; no rule had fired yet");
        }

        @Override
        public synchronized void close() {
            closed = true;
            running.remove(thread, this);
        }

        @SuppressWarnings({"deprecation", "removal"})
        private synchronized void check(long now) {
            if (closed) {
                return;
            }
            // nanoTime values compare by difference only
            boolean late = CPU != null && CPU.getThreadCpuTime(thread.getId()) - cpuBefore >= limit
                    || now - started >= (CPU == null ? 1 : WALL_FACTOR) * limit;
            boolean large = ALLOCATIONS != null && ALLOCATIONS.getThreadAllocatedBytes(thread.getId()) - allocatedBefore > memoryLimit;
            if (overrun == null && (late || large)) {
                overrun = large ? Overrun.MEMORY : Overrun.TIME;
                stoppedAt = now;
                where = code == null ? java.util.List.of() : code.whereIn(thread.getStackTrace());
                LOG.errorf("An evaluation passed its %s limit; %s it (%s)", large ? "memory" : "time",
                        large ? "stopping" : "interrupting", where());
                thread.interrupt();
                if (large) {
                    stop();
                }
            } else if (overrun != null && now - stoppedAt > GRACE.toNanos()) {
                LOG.errorf("An evaluation ignored the interrupt; stopping its thread (%s)", where());
                stop();
            }
        }

        @SuppressWarnings({"deprecation", "removal"})
        private void stop() {
            closed = true;
            running.remove(thread, this);
            try {
                // Deprecated, and still the only way to end a loop in arbitrary Java on JDK 17.
                thread.stop();
            } catch (UnsupportedOperationException e) {
                // From Java 20 on, Thread.stop is gone: the thread stays busy until the rule returns.
                LOG.errorf("This Java cannot stop a thread; the evaluation's thread %s stays busy until the rule returns",
                        thread.getName());
            }
        }
    }

    public Ticket watch(Duration limit, long memoryLimit, RuleCode code) {
        Ticket ticket = new Ticket(limit, memoryLimit, code);
        running.put(ticket.thread, ticket);
        return ticket;
    }

    /** Whether {@code thread} is inside an evaluation this watchdog watches. */
    boolean isWatching(Thread thread) {
        return running.containsKey(thread);
    }

    /** The rule running now in {@code thread}'s evaluation, if one is. */
    String ruleRunningIn(Thread thread) {
        Ticket ticket = running.get(thread);
        return ticket == null ? null : ticket.rule();
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
