package com.followupadvisor.wording;

/** A template wrote more than its text or its answer may hold ({@link TextBudget}): a fault in the wording. */
public final class TextTooLongException extends RuntimeException {

    TextTooLongException(String message) {
        super(message, null, false, false);
    }
}
