package com.followupadvisor.rules.release;

import java.time.Instant;
import java.util.List;

import com.followupadvisor.rules.folder.RuleProblem;

/**
 * What the latest (re)load of the rules folder did: {@code OK} swapped a new set in,
 * {@code UNCHANGED} found the same files, {@code FAILED} kept the previous set because of
 * {@code errors} (it did not compile, or failed its trial). {@code version} is the set in use
 * after it. {@code warnings} are what the trial found but let through: scenarios whose
 * expectations did not hold while {@code advisor.rules.scenarios-must-pass} is off.
 * {@code unexercised}: the rules of the set in use that no scenario fires, each at its line.
 */
public record ReloadReport(Status status, Instant at, String version, List<RuleProblem> errors,
        List<RuleProblem> warnings, List<RuleProblem> unexercised) {

    public enum Status { OK, UNCHANGED, FAILED }

    public ReloadReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        unexercised = List.copyOf(unexercised);
    }

    public ReloadReport(Status status, Instant at, String version, List<RuleProblem> errors, List<RuleProblem> warnings) {
        this(status, at, version, errors, warnings, List.of());
    }

    public ReloadReport(Status status, Instant at, String version, List<RuleProblem> errors) {
        this(status, at, version, errors, List.of());
    }
}
