package com.followupadvisor.rules;

import java.time.Instant;
import java.util.List;

/**
 * What the latest (re)load of the rules folder did: {@code OK} swapped a new set in,
 * {@code UNCHANGED} found the same files, {@code FAILED} kept the previous set because of
 * {@code errors}. {@code version} is the set in use after it.
 */
public record ReloadReport(Status status, Instant at, String version, List<RuleProblem> errors) {

    public enum Status { OK, UNCHANGED, FAILED }

    public ReloadReport {
        errors = List.copyOf(errors);
    }
}
