package com.followupadvisor.http;

/** The request body is over the contract's limit. */
public class BodyTooLargeException extends RuntimeException {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    public BodyTooLargeException(long size, long limit) {
        super("The request body has " + size + " bytes; the limit is " + inWords(limit) + ".");
    }

    /** A byte count as a person reads a limit: "64 KiB", "8 MiB"; in bytes when it is no whole unit. */
    static String inWords(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " bytes";
    }
}
