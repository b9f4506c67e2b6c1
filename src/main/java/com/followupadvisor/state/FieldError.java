package com.followupadvisor.state;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad value in a request: its JSON path ({@code followUps[2].channel}) and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(required = true, description = "JSON path of the offending value, e.g. followUps[2].channel.") String field,
        @Schema(required = true) String message) {
}
