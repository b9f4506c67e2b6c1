package com.followupadvisor.api;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.Status;
import com.followupadvisor.api.NextActionResponse.Draft;
import com.followupadvisor.api.NextActionResponse.Explanation;
import com.followupadvisor.api.NextActionResponse.Recipient;
import com.followupadvisor.api.NextActionResponse.RulesUsed;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.Limits;

/**
 * The body of a 200 from {@code POST /api/v2/next-action}: 1.1's answer with where the application
 * stands ({@code status}), its id, and an id on every action.
 */
@Schema(name = "NextActionV2", description = "Where the application stands, what to do next, what else applies now, "
        + "and what comes later.")
public record HistoryResponse(
        @Schema(required = true, description = "The moment the advice is for, local to the applicant.",
                pattern = Limits.LOCAL_DATE_TIME, examples = "2026-12-07T09:00:00") String asOf,
        @Schema(required = true, description = "The IANA time zone the dates are in.", examples = "Europe/Berlin") String timezone,
        @Schema(required = true, description = "The language of every title, why and draft.", examples = "en") String language,
        @Schema(required = true, description = "The caller's applicationId, else the default one; it prefixes every action id.",
                examples = "acme-7f3a") String applicationId,
        @Schema(required = true) StatusBody status,
        @Schema(required = true, description = "The single most important action now.") ActionV2 next,
        @Schema(required = true, description = "The other actions due now, each code at most once.") List<ActionV2> also,
        @Schema(required = true, description = "The steps still to come, by dueFrom, assuming each is done on time and "
                + "nothing is heard.") List<ActionV2> plan,
        @Schema(required = true) RulesUsed rules,
        @Schema(description = "With ?explain=true: for each rule that fired, the facts it matched and the values it read.")
        List<Explanation> explain) {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** The body for {@code answer}. */
    public static HistoryResponse of(Answer answer) {
        return new HistoryResponse(AS_OF.format(answer.asOf()), answer.zone().getId(), answer.language(),
                answer.applicationId(), StatusBody.of(answer.status()), ActionV2.of(answer.next()), ActionV2.all(answer.also()),
                ActionV2.all(answer.plan()), new RulesUsed(answer.rulesVersion(), answer.fired()),
                answer.explanations() == null ? null : answer.explanations().stream()
                        .map(e -> new Explanation(e.rule(), e.facts(), e.values())).toList());
    }

    /** Where the application stands. */
    @Schema(name = "Status", description = "Where the application stands.")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StatusBody(
            @Schema(required = true, enumeration = {"OPEN", "ON_HOLD", "OFFER", "ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN",
                    "MOVED_ON"}) String outcome,
            @Schema(required = true, description = "The latest interview held; 0 before the first.") int round,
            @Schema(required = true, enumeration = {"CANDIDATE", "EMPLOYER", "NOBODY"}) String waitingOn,
            @Schema(required = true, nullable = true, format = "date", description = "The date the follow-ups are timed from, "
                    + "while the outcome is OPEN or MOVED_ON; else null.") String referenceDate,
            @Schema(required = true, nullable = true, pattern = Limits.LOCAL_DATE_TIME, description = "The earliest interview "
                    + "still to come, at its current time; else null.") String nextInterviewAt,
            @Schema(required = true, description = "The holiday region used; NONE for weekends only.", examples = "DE")
            String region) {

        static StatusBody of(Status s) {
            return new StatusBody(s.outcome(), s.round(), s.waitingOn(),
                    s.referenceDate() == null ? null : s.referenceDate().toString(),
                    s.nextInterviewAt() == null ? null : AS_OF.format(s.nextInterviewAt()), s.region());
        }
    }

    /** One recommended action, with its id. */
    @Schema(name = "ActionV2", description = "One recommended action. Clients must accept action codes this version does "
            + "not list: show their title and why.")
    public record ActionV2(
            @Schema(required = true, description = "applicationId, a dot and the step's name; the same across calls while the "
                    + "step is the same (the calendar's UID).", examples = "acme-7f3a.follow-up-1") String id,
            @Schema(required = true) ActionCode action,
            @Schema(required = true) String title,
            @Schema(implementation = String.class, format = "date") String dueFrom,
            @Schema(implementation = String.class, format = "date") String dueBy,
            @Schema(required = true) boolean overdue,
            List<Channel> channels,
            @Schema(required = true) String why,
            @Schema(required = true) String rule,
            List<Draft> drafts) {

        static ActionV2 of(AdvisedAction a) {
            return new ActionV2(a.id(), a.action(), a.title(), a.dueFrom() == null ? null : a.dueFrom().toString(),
                    a.dueBy() == null ? null : a.dueBy().toString(), a.overdue(),
                    a.channels() == null ? null : a.channels().stream().map(c -> Channel.valueOf(c.name())).toList(), a.why(),
                    a.rule(), a.drafts() == null ? null : a.drafts().stream().map(d -> new Draft(Channel.valueOf(d.channel().name()),
                            d.to(), Recipient.of(d.recipient()), d.subject(), d.body())).toList());
        }

        static List<ActionV2> all(List<AdvisedAction> actions) {
            return actions.stream().map(ActionV2::of).toList();
        }
    }
}
