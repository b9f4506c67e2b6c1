package com.followupadvisor.state;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad value in a request: its JSON path ({@code followUps[2].channel}) and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(required = true, description = "JSON path of the offending value, e.g. followUps[2].channel.") String field,
        @Schema(required = true) String message) {

    /**
     * A path or message can quote the caller's input (an unknown field's name, a bad value, the
     * token a JSON syntax error names), and Jackson writes an unpaired surrogate into the problem
     * document as a bare escape (U+D800 as backslash, u, D800), which strict JSON readers refuse:
     * each is replaced by U+FFFD. {@link JsonFields} refuses such values before they are quoted;
     * this is the net for the rest.
     */
    public FieldError {
        field = UnicodeText.withoutUnpairedSurrogates(field);
        message = UnicodeText.withoutUnpairedSurrogates(message);
    }
}
