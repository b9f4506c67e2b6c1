package com.followupadvisor.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.AdvisedAction;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.rules.engine.Explanation;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.Limits;
import com.followupadvisor.wording.Draft;

/**
 * The body of a 200 from {@code POST /api/v1/next-action}, as the contract names it: the JSON
 * shape of an {@link Answer}, with the records it nests. These records, like the request's, are
 * what the OpenAPI document describes.
 */
@Schema(name = "NextAction", description = "What to do next, what else applies now, and what comes later.")
public record NextActionResponse(
        @Schema(required = true, description = "The moment the advice is for, local to the applicant.",
                pattern = Limits.LOCAL_DATE_TIME, examples = "2026-11-24T09:00:00") String asOf,
        @Schema(required = true, description = "The IANA time zone the dates are in.", examples = "Europe/Berlin") String timezone,
        @Schema(required = true, description = "The language of every title, why and draft, as in the Content-Language header.",
                examples = "en") String language,
        @Schema(required = true, description = "The single most important action now.") Action next,
        @Schema(required = true, description = "The other actions that apply now (KEEP_SEARCHING whenever the outcome is PENDING).")
        List<Action> also,
        @Schema(required = true, description = "The actions still to come, in date order, assuming each step is done on time and nothing is heard.")
        List<Action> plan,
        @Schema(required = true) RulesUsed rules,
        @Schema(description = "With ?explain=true: for each rule that fired, the facts it matched and the values it read.")
        List<Explanation> explain) {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** The body for {@code answer}. */
    public static NextActionResponse of(Answer answer) {
        return new NextActionResponse(AS_OF.format(answer.asOf()), answer.zone().getId(), answer.language(), Action.of(answer.next()),
                Action.all(answer.also()), Action.all(answer.plan()),
                new RulesUsed(answer.rulesVersion(), answer.fired()),
                answer.explanations() == null ? null : answer.explanations().stream()
                        .map(e -> new Explanation(e.rule(), e.facts(), e.values())).toList());
    }

    /** One recommended action; {@code dueFrom}, {@code dueBy}, {@code channels} and {@code drafts} are absent where it has none. */
    @Schema(name = "Action", description = "One recommended action.")
    public record Action(
            @Schema(required = true, description = "What to do.", ref = OpenApiCleanUp.ACTION_CODE_1_1) ActionCode action,
            @Schema(required = true, description = "One line for a person.") String title,
            @Schema(implementation = String.class, format = "date", examples = "2026-11-23",
                    description = "First day of the action's window; absent where the action has none.") LocalDate dueFrom,
            @Schema(implementation = String.class, format = "date", examples = "2026-11-23",
                    description = "Last day of the action's window; absent where the action has none.") LocalDate dueBy,
            @Schema(required = true, description = "True when dueBy is before the date of asOf.") boolean overdue,
            @Schema(description = "How to send it, where the action is a message.") List<Channel> channels,
            @Schema(required = true, description = "The reason, in plain words, naming the dates and counts it used.") String why,
            @Schema(required = true, description = "The name of the rule that produced it.") String rule,
            @Schema(description = "For message actions: one draft per recipient.") List<Draft> drafts) {

        static Action of(AdvisedAction a) {
            return new Action(a.action(), a.title(), a.dueFrom(), a.dueBy(), a.overdue(),
                    a.channels() == null ? null : a.channels().stream().map(c -> Channel.valueOf(c.name())).toList(), a.why(),
                    a.rule(), a.drafts() == null ? null : a.drafts().stream().map(d -> new Draft(Channel.valueOf(d.channel().name()),
                            d.to(), Recipient.of(d.recipient()), d.subject(), d.body())).toList());
        }

        static List<Action> all(List<AdvisedAction> actions) {
            return actions.stream().map(Action::of).toList();
        }
    }

    /** A message ready to adapt and send. */
    @Schema(name = "Draft", description = "A message ready to adapt and send.")
    public record Draft(
            @Schema(required = true) Channel channel,
            @Schema(description = "The recipient for display, \"Name <email>\" or a name; absent when no one was named.") String to,
            @Schema(description = "The recipient, for software that sends the message; absent when no one was named.")
            Recipient recipient,
            @Schema(description = "Email subject; absent for a phone script.") String subject,
            @Schema(required = true, description = "The text.") String body) {
    }

    /** Who a draft is for. */
    @Schema(name = "Recipient", description = "Who a draft is for: a name, and the email or phone where known.")
    public record Recipient(
            @Schema(required = true) String name,
            @Schema(description = "Their email address, where known.") String email,
            @Schema(description = "Their phone number, where known (the contact's).") String phone) {

        static Recipient of(com.followupadvisor.wording.Draft.Recipient r) {
            return r == null ? null : new Recipient(r.name(), r.email(), r.phone());
        }
    }

    /** Why one rule fired: the facts it matched and the values its conditions bound. */
    @Schema(name = "Explanation", description = "One rule that fired, with the facts it matched and the values it read.")
    public record Explanation(
            @Schema(required = true, description = "The rule's name.") String rule,
            @Schema(required = true, description = "Each fact the rule matched: its type and the fields the rules can read.")
            List<Map<String, Object>> facts,
            @Schema(required = true, description = "The values the rule's conditions bound, by variable name.")
            Map<String, Object> values) {
    }

    /** Which rule set answered, and which of its rules fired. */
    @Schema(name = "RulesUsed")
    public record RulesUsed(
            @Schema(required = true, description = "Digest of the rule files and templates that answered.") String version,
            @Schema(required = true, description = "The rules that fired, in order.") List<String> fired) {
    }
}
