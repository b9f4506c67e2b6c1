package com.followupadvisor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.followupadvisor.state.FieldError;

/** An RFC 9457 problem document; {@code errors} lists every bad field of a 400. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json).")
public record Problem(
        @Schema(required = true, description = "A URI naming the kind of problem.") String type,
        @Schema(required = true) String title,
        @Schema(required = true, description = "The HTTP status.") int status,
        @Schema(required = true, description = "What went wrong, for a person.") String detail,
        @Schema(description = "For 400: every bad field of the request, all at once.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
