package com.followupadvisor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.followupadvisor.engine.AdvisedAction;
import com.followupadvisor.engine.Explanation;

/** The body of a 200 from {@code POST /api/v1/next-action}, as the contract names it. */
@Schema(name = "NextAction", description = "What to do next, what else applies now, and what comes later.")
public record NextActionResponse(
        @Schema(required = true, description = "The moment the advice is for, local to the applicant.",
                pattern = ApplicationStateSchema.LOCAL_DATE_TIME, examples = "2026-11-24T09:00:00") String asOf,
        @Schema(required = true, description = "The IANA time zone the dates are in.", examples = "Europe/Berlin") String timezone,
        @Schema(required = true, description = "The single most important action now.") AdvisedAction next,
        @Schema(required = true, description = "The other actions that apply now (KEEP_SEARCHING whenever the outcome is PENDING).")
        List<AdvisedAction> also,
        @Schema(required = true, description = "The actions still to come, in date order, assuming each step is done on time and nothing is heard.")
        List<AdvisedAction> plan,
        @Schema(required = true) Rules rules,
        @Schema(description = "With ?explain=true: for each rule that fired, the facts it matched and the values it read.")
        List<Explanation> explain) {

    private static final java.time.format.DateTimeFormatter AS_OF =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    static NextActionResponse of(com.followupadvisor.engine.Answer answer) {
        return new NextActionResponse(AS_OF.format(answer.asOf()), answer.zone().getId(), answer.next(), answer.also(),
                answer.plan(), new Rules(answer.rulesVersion(), answer.fired()), answer.explanations());
    }

    /** Which rule set answered, and which of its rules fired. */
    @Schema(name = "RulesUsed")
    public record Rules(
            @Schema(required = true, description = "Digest of the rule files and templates that answered.") String version,
            @Schema(required = true, description = "The rules that fired, in order.") List<String> fired) {
    }
}
