package com.followupadvisor.bench;

import java.util.logging.Level;

import org.jboss.logmanager.LogContext;

/**
 * Log levels as the service sets them (application.properties: INFO, org.drools and org.kie at
 * WARN). Without this, a JVM outside Quarkus leaves the JBoss LogManager unconfigured, with the
 * root at ALL, and Drools formats a TRACE message for every propagation and firing, which in this
 * project's measurements was a fifth of an evaluation's time and most of its allocation.
 */
public final class ServiceLogging {

    private ServiceLogging() {
    }

    public static void apply() {
        LogContext context = LogContext.getLogContext();
        context.getLogger("").setLevel(Level.INFO);
        context.getLogger("org.drools").setLevel(Level.WARNING);
        context.getLogger("org.kie").setLevel(Level.WARNING);
    }
}
