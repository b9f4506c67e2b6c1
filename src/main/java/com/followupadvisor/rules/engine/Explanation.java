package com.followupadvisor.rules.engine;

import java.util.List;
import java.util.Map;

/** Why one rule fired: the facts it matched and the values its conditions bound. */
public record Explanation(String rule, List<Map<String, Object>> facts, Map<String, Object> values) {
}
