package com.followupadvisor.rules.sandbox;

import java.util.Map;

/**
 * The last line of defence against a rule that ends the process ({@code System.exit}), which the
 * compile-time check ({@link RuleCalls}) should already have refused: when the JVM shuts down
 * because a thread inside an evaluation of the rules asked it to, the process halts with status
 * {@value #STATUS} instead of the status the rule chose (0, say), so that a supervisor that restarts
 * a service on failure restarts this one, and says which rule it was. A shutdown for any other reason
 * (a signal, the framework's own exit) is left alone. Installed and removed with its
 * {@link EvaluationWatchdog}, which knows which threads are inside an evaluation.
 */
final class ExitGuard {

    /** EX_SOFTWARE in sysexits.h: an internal software error. */
    static final int STATUS = 70;

    private final EvaluationWatchdog watchdog;
    private final Thread hook = new Thread(this::check, "rules-exit-guard");

    ExitGuard(EvaluationWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook runs, and decides
        }
    }

    private void check() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (watchdog.isWatching(thread.getKey()) && exiting(thread.getValue())) {
                String rule = watchdog.ruleRunningIn(thread.getKey());
                // the log may be shutting down with the rest; standard error is still there
                System.err.printf("A rule ended the process (System.exit) while the rules were evaluated%s; "
                        + "exiting with status %d: remove the call from the rules%n",
                        rule == null ? "" : ", in rule \"" + rule + "\"", STATUS);
                System.err.flush();
                Runtime.getRuntime().halt(STATUS);
            }
        }
    }

    /** Whether the stack is that of a thread that asked the JVM to exit. */
    static boolean exiting(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                return true;
            }
        }
        return false;
    }
}
