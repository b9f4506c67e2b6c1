package com.followupadvisor.api;

/** One bad value in a request: its JSON path ({@code followUps[2].channel}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
