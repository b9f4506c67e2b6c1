package com.followupadvisor.api;

import java.util.List;

import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InvalidRequestException;

/** The query string names a parameter the endpoint does not take, or gives one a value it cannot read. */
final class InvalidQueryException extends InvalidRequestException {

    InvalidQueryException(List<FieldError> errors) {
        super(errors.size() == 1 ? "The query has 1 invalid parameter." : "The query has " + errors.size() + " invalid parameters.", errors);
    }
}
