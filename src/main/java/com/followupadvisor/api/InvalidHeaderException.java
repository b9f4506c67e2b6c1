package com.followupadvisor.api;

import java.util.List;

import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InvalidRequestException;

/** A request header the service reads has a value it cannot read; each error names the header as its field. */
final class InvalidHeaderException extends InvalidRequestException {

    InvalidHeaderException(List<FieldError> errors) {
        super(errors.size() == 1 ? "The request has 1 invalid header." : "The request has " + errors.size() + " invalid headers.", errors);
    }
}
