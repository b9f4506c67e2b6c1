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
 */
final class CapturedLog extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

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
        Logger.getLogger("").addHandler(this);
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    /** The records so far, in the order they were logged. */
    List<LogRecord> records() {
        return records;
    }

    /** Each record as one line: level, logger, message, parameters and every cause's text. */
    List<String> lines() {
        return records.stream().map(CapturedLog::line).toList();
    }

    private static String line(LogRecord record) {
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
