package com.followupadvisor.engine;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one rule fired: the facts it matched and the values its conditions bound. */
@Schema(name = "Explanation", description = "One rule that fired, with the facts it matched and the values it read.")
public record Explanation(
        @Schema(required = true, description = "The rule's name.") String rule,
        @Schema(required = true, description = "Each fact the rule matched: its type and the fields the rules can read.")
        List<Map<String, Object>> facts,
        @Schema(required = true, description = "The values the rule's conditions bound, by variable name.")
        Map<String, Object> values) {
}
