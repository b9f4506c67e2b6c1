package com.followupadvisor.api;

import java.util.List;

import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InvalidRequestException;

/**
 * The batch as a whole is refused: not JSON, not {@code {"items": [...]}}, or too many items. A bad
 * item is not this: it gets its own problem in its result.
 */
class InvalidBatchException extends InvalidRequestException {

    InvalidBatchException(String detail, List<FieldError> errors) {
        super(detail, errors);
    }
}
