package com.followupadvisor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

import com.followupadvisor.state.FieldError;

/**
 * The query parameters of a request, checked like the body: a parameter the endpoint does not
 * take, or a value it cannot read ({@code ?explain=maybe}), is a 400 naming it, never ignored.
 */
final class QueryParameters {

    private final Map<String, List<String>> given;

    private QueryParameters(Map<String, List<String>> given) {
        this.given = given;
    }

    /** The request's parameters, refusing any not in {@code known}. */
    static QueryParameters check(UriInfo uri, String... known) {
        Map<String, List<String>> given = uri.getQueryParameters();
        Set<String> takes = Set.of(known);
        List<FieldError> errors = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!takes.contains(name)) {
                errors.add(new FieldError(name, "is not a query parameter of this endpoint; "
                        + (known.length == 0 ? "it takes none" : "it takes " + String.join(", ", known))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new QueryParameters(given);
    }

    /** A true/false parameter: false when absent. */
    boolean flag(String name) {
        List<String> values = given.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidQueryException(List.of(new FieldError(name, "is given " + values.size() + " times; give it once")));
        }
        if (values.isEmpty()) {
            return false;
        }
        String value = values.get(0);
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidQueryException(List.of(new FieldError(name, "must be true or false (it is \"" + value + "\")")));
        }
        return Boolean.parseBoolean(value);
    }
}
