package com.followupadvisor.http;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** Where every problem type's URI starts. */
    public static final String TYPES = "https://followupadvisor.com/problems/";

    public static Problem tooLarge(String detail) {
        return new Problem(TYPES + "body-too-large", "Request body too large", 413, detail, null);
    }

    public static Problem notFound() {
        return new Problem(TYPES + "not-found", "Not found", 404,
                "There is no such resource. The advice is at POST /api/v1/next-action.", null);
    }

    public static Problem methodNotAllowed(List<String> allowed) {
        return new Problem(TYPES + "method-not-allowed", "Method not allowed", 405,
                allowed.isEmpty() ? "This path does not answer that method."
                        : "This path answers " + String.join(", ", allowed) + " only.", null);
    }

    /** This problem as the body of an answer: the one way problems are written, by the resources and the transport. */
    public String write(ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            return "{\"title\":\"Internal error\",\"status\":500}";
        }
    }
}
