package com.followupadvisor.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every record the service logs while a test runs. Register it as an extension
 * ({@code @RegisterExtension final CapturedLog log = new CapturedLog();}): it starts before each test
 * and stops after it.
 *
 * <p>A test that makes the service log on purpose (a client that hangs up, a rule that fails) names
 * those categories ({@code new CapturedLog(RequestBodies.class)}): while it runs, their records
 * come here only, not to the console, and the test asserts on them; a passing build then prints
 * no line for a failure it caused on purpose. Every other category still prints.
 */
public final class CapturedLog extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    /** The loggers whose records this takes from the console while it runs (held, so that their setting stays). */
    private final List<Logger> quieted;
    /** Whether this captures every category, or only those it quiets. */
    private final boolean everything;

    /** Captures every category and quiets none. */
    public CapturedLog() {
        this(true);
    }

    /** Captures every category, and takes those of these classes' loggers from the console while it runs. */
    public CapturedLog(Class<?>... quiet) {
        this(true, quiet);
    }

    private CapturedLog(boolean everything, Class<?>... quiet) {
        this.everything = everything;
        this.quieted = java.util.Arrays.stream(quiet).map(c -> Logger.getLogger(c.getName())).toList();
    }

    /** Captures only the records of these classes' loggers, and takes them from the console while it runs. */
    public static CapturedLog only(Class<?>... quiet) {
        return new CapturedLog(false, quiet);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    void start() {
        records.clear();
        if (everything) {
            Logger.getLogger("").addHandler(this);
        }
        for (Logger logger : quieted) {
            logger.setUseParentHandlers(false);
            logger.addHandler(this);
        }
    }

    void stop() {
        for (Logger logger : quieted) {
            logger.removeHandler(this);
            logger.setUseParentHandlers(true);
        }
        Logger.getLogger("").removeHandler(this);
    }

    /** The records so far, in the order they were logged. */
    public List<LogRecord> records() {
        return records;
    }

    /** Each record as one line: level, logger, message, parameters and every cause's text. */
    public List<String> lines() {
        return records.stream().map(CapturedLog::line).toList();
    }

    /** A record as one line: level, logger, message, parameters and every cause's text. */
    static String line(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage());
        if (record.getParameters() != null) {
            for (Object p : record.getParameters()) {
                line.append(' ').append(p);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(' ').append(t);
        }
        return line.toString();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
