package com.followupadvisor.api;

/** The request body is over the contract's limit. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long size, long limit) {
        super("The request body has " + size + " bytes; the limit is " + limit + " bytes (64 KiB).");
    }
}
