package com.followupadvisor.state;

import java.util.List;

/**
 * The request, or a part of it, is not valid: its body as an application state, or (in the API's
 * subclasses) a batch, a header, the query; every problem found is listed.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
