package com.followupadvisor.api;

import java.util.List;

import com.followupadvisor.state.FieldError;

/** A request header the service reads has a value it cannot read; each error names the header as its field. */
final class InvalidHeaderException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidHeaderException(List<FieldError> errors) {
        super(errors.size() == 1 ? "The request has 1 invalid header." : "The request has " + errors.size() + " invalid headers.");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
