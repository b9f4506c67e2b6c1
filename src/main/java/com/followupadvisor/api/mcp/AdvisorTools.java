package com.followupadvisor.api.mcp;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.answers.AdviceService;
import com.followupadvisor.api.CalendarWriter;
import com.followupadvisor.api.HistoryResponse;
import com.followupadvisor.api.ProblemMappers;
import com.followupadvisor.api.RulesResource;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.history.HistoryReader;
import com.followupadvisor.http.BodyLimits;
import com.followupadvisor.http.BodyTooLargeException;
import com.followupadvisor.http.Problem;

import io.quarkiverse.mcp.server.TextContent;
import io.quarkiverse.mcp.server.ToolManager;
import io.quarkiverse.mcp.server.ToolManager.ToolAnnotations;
import io.quarkiverse.mcp.server.ToolManager.ToolArguments;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * The four tools: {@code next_action}, {@code calendar} and {@code explain} take a contract 2.0
 * history as their arguments (the input schema is the request's, from the OpenAPI document) and
 * answer as {@code POST /api/v2/next-action} does, read by the same reader and worked out on the same
 * answer pool; {@code list_rules} is {@code GET /api/v1/rules}. Registered in code rather than with
 * {@code @Tool}, because an annotated method's arguments would be Java parameters with a schema made
 * from their types, not the contract's. A bad history is a tool error ({@code isError}) naming every
 * bad field by its path, then the REST API's problem for it as JSON text; never a protocol error.
 */
@ApplicationScoped
class AdvisorTools {

    private static final Logger LOG = Logger.getLogger(AdvisorTools.class);

    private final AdviceService advice;
    private final HistoryReader reader;
    private final CalendarWriter calendar;
    private final RulesResource rules;
    private final ObjectMapper json;
    private final ContractSchemas schemas;

    AdvisorTools(AdviceService advice, Clock clock, AdvisorConfig config, RulesResource rules, ObjectMapper json,
            ContractSchemas schemas) {
        this.advice = advice;
        this.reader = new HistoryReader(config.timezone(), advice::languages, clock, config.holidays().region().orElse(null));
        this.calendar = new CalendarWriter(clock);
        this.rules = rules;
        this.json = json;
        this.schemas = schemas;
    }

    void register(@Observes StartupEvent start, ToolManager tools) {
        Map<String, Object> history = schemas.of("ApplicationHistory");
        tools.newTool("next_action").setTitle("What to do next about a job application")
                .setDescription(ToolTexts.NEXT_ACTION).setInputSchema(history).setOutputSchema(schemas.of("NextActionV2"))
                .setAnnotations(annotations("What to do next about a job application"))
                .setAsyncHandler(args -> answered(args, false, this::nextAction)).register();
        tools.newTool("calendar").setTitle("The advice as a calendar file")
                .setDescription(ToolTexts.CALENDAR).setInputSchema(history)
                .setAnnotations(annotations("The advice as a calendar file"))
                .setAsyncHandler(args -> answered(args, false, this::calendarOf)).register();
        tools.newTool("explain").setTitle("Why the advice is what it is")
                .setDescription(ToolTexts.EXPLAIN).setInputSchema(history)
                .setAnnotations(annotations("Why the advice is what it is"))
                .setAsyncHandler(args -> answered(args, true, this::explained)).register();
        tools.newTool("list_rules").setTitle("The advice the service knows")
                .setDescription(ToolTexts.LIST_RULES).setInputSchema(Map.of("type", "object", "properties", Map.of(),
                        "additionalProperties", false))
                .setAnnotations(annotations("The advice the service knows"))
                .setHandler(args -> ruleList()).register();
    }

    /** Every tool only reads: it changes nothing, the same arguments give the same answer, and it calls nothing outside. */
    private static ToolAnnotations annotations(String title) {
        return new ToolAnnotations(title, true, false, true, false);
    }

    /**
     * Reads the arguments as a history on the calling (event-loop) thread, as the REST resource reads
     * its body, then works out the answer on the answer pool, where {@code then} also writes the result.
     */
    private Uni<ToolResponse> answered(ToolArguments args, boolean explain, Function<Answered, ToolResponse> then) {
        CompletionStage<ToolResponse> result;
        try {
            ApplicationHistory history = read(args.args());
            result = advice.answerLater(history, explain, answer -> then.apply(new Answered(history, answer)));
        } catch (RuntimeException e) {
            return Uni.createFrom().item(failed(e));
        }
        return Uni.createFrom().completionStage(result).onFailure().recoverWithItem(this::failed);
    }

    /** The arguments as the REST body they stand for, read by the REST API's reader and within its limit. */
    private ApplicationHistory read(Map<String, Object> args) {
        byte[] body = new JsonObject(args).toBuffer().getBytes();
        if (body.length > BodyLimits.HISTORY_BYTES) {
            throw new BodyTooLargeException(body.length, BodyLimits.HISTORY_BYTES);
        }
        return advice.inLanguage(reader.read(body), List.of());
    }

    private record Answered(ApplicationHistory history, Answer answer) {
    }

    private ToolResponse nextAction(Answered a) {
        var body = tree(HistoryResponse.of(a.answer()));
        return new ToolResponse(false, List.of(new TextContent(Summaries.nextAction(a.history().company(), a.answer())),
                new TextContent(text(body))), body, null);
    }

    private ToolResponse calendarOf(Answered a) {
        return ToolResponse.success(new TextContent(calendar.write(a.history().company(), a.answer())));
    }

    private ToolResponse explained(Answered a) {
        var body = tree(HistoryResponse.of(a.answer()));
        return new ToolResponse(false, List.of(new TextContent(Summaries.explanation(a.answer(), rules.catalogue().rules()))),
                body, null);
    }

    private ToolResponse ruleList() {
        RulesResource.Catalogue catalogue = rules.catalogue();
        return new ToolResponse(false, List.of(new TextContent(Summaries.rules(catalogue))), tree(catalogue), null);
    }

    /**
     * A call that failed: a tool error ({@code isError}) with a summary (every bad field by its path),
     * then the problem the REST API answers for the same failure, as JSON text. Not as structured
     * content: a client checks that against next_action's output schema, errors included (the
     * TypeScript SDK does).
     */
    private ToolResponse failed(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        java.util.Optional<Problem> problem = ProblemMappers.expected(cause);
        if (problem.isEmpty()) {
            // no message: it may quote the caller's input
            LOG.errorf("A tool call failed: %s", cause.getClass().getName());
            return ToolResponse.error("The service could not answer this call.");
        }
        return new ToolResponse(true, List.of(new TextContent(Summaries.problem(problem.get())),
                new TextContent(problem.get().write(json))), null, null);
    }

    /**
     * The body as a JSON tree, as the REST API writes it: the extension writes a map's null values
     * not at all, and the contract's answer has fields that are there as null.
     */
    private com.fasterxml.jackson.databind.JsonNode tree(Object body) {
        return json.valueToTree(body);
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
