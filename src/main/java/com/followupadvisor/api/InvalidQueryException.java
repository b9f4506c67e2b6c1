package com.followupadvisor.api;

import java.util.List;

import com.followupadvisor.state.FieldError;

/** The query string names a parameter the endpoint does not take, or gives one a value it cannot read. */
final class InvalidQueryException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidQueryException(List<FieldError> errors) {
        super(errors.size() == 1 ? "The query has 1 invalid parameter." : "The query has " + errors.size() + " invalid parameters.");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
