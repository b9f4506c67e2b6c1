package com.followupadvisor.rules;

import java.util.Map;

/**
 * The last line of defence against a rule that ends the process ({@code System.exit}), which the
 * compile-time check ({@link RuleCalls}) should already have refused: when the JVM shuts down
 * because a thread inside an evaluation of the rules asked it to, the process halts with status
 * {@value #STATUS} instead of the status the rule chose (0, say), so that a supervisor that restarts
 * a service on failure restarts this one, and says which rule it was. A shutdown for any other reason
 * (a signal, the framework's own exit) is left alone.
 */
final class ExitGuard {

    /** EX_SOFTWARE in sysexits.h: an internal software error. */
    static final int STATUS = 70;

    private static boolean installed;

    private ExitGuard() {
    }

    static synchronized void install() {
        if (!installed) {
            installed = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ExitGuard::check, "rules-exit-guard"));
        }
    }

    private static void check() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (exitFromRules(thread.getValue())) {
                String rule = EvaluationWatchdog.INSTANCE.ruleRunningIn(thread.getKey());
                // the log may be shutting down with the rest; standard error is still there
                System.err.printf("A rule ended the process (System.exit) while the rules were evaluated%s; "
                        + "exiting with status %d: remove the call from the rules%n",
                        rule == null ? "" : ", in rule \"" + rule + "\"", STATUS);
                System.err.flush();
                Runtime.getRuntime().halt(STATUS);
            }
        }
    }

    /** Whether the stack is an exit called from inside an evaluation of the rules. */
    static boolean exitFromRules(StackTraceElement[] stack) {
        boolean exiting = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                exiting = true;
            } else if (exiting && frame.getClassName().equals(RuleSet.class.getName()) && frame.getMethodName().equals("evaluate")) {
                return true;
            }
        }
        return false;
    }
}
