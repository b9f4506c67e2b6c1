package com.followupadvisor.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.answers.AdviceService;
import com.followupadvisor.config.AdvisorConfig;
import com.followupadvisor.http.BodyLimits;
import com.followupadvisor.http.BodyTooLargeException;
import com.followupadvisor.http.Problem;
import com.followupadvisor.rules.engine.RulesFailedException;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.FieldError;
import com.followupadvisor.state.InvalidRequestException;
import com.followupadvisor.state.JsonFields;
import com.followupadvisor.state.JsonShape;
import com.followupadvisor.state.StateReader;

/**
 * {@code POST /api/v1/next-action/batch}: many application states in one call; and the work of
 * {@code /api/v2/next-action/batch} too ({@link HistoryBatchResource}), for histories. Each item is
 * answered on its own: a bad item gets its own problem and the others are answered all the same.
 * All items of one batch are answered by the same rule set. Each batch path has a class of its own:
 * a request goes to the class whose path matches most of it, so a batch method under a shorter
 * class path was never reached.
 */
@Path("/api/v1/next-action/batch")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Advice", description = "What to do next, for one application or many.")
public class BatchResource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BatchResource.class);
    static final int MAX_ITEMS = 1_000;
    static final int MAX_ID = 200;

    private final AdviceService advice;
    private final StateReader reader;
    private final com.followupadvisor.history.HistoryReader histories;
    private final com.followupadvisor.answers.AnswerPool pool;
    private final com.fasterxml.jackson.databind.ObjectMapper writer;

    BatchResource(AdviceService advice, AdvisorConfig config, java.time.Clock clock,
            com.followupadvisor.answers.AnswerPool pool, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.advice = advice;
        this.pool = pool;
        // one result a write, flushed by the stream's own buffer rather than after every result
        this.writer = json.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                // a batch cut short must not end as valid JSON that looks whole
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        this.reader = new StateReader(config.timezone(), advice::languages, clock,
                config.holidays().region().orElse(null));
        this.histories = new com.followupadvisor.history.HistoryReader(config.timezone(), advice::languages, clock,
                config.holidays().region().orElse(null));
    }

    @Schema(name = "BatchRequest", additionalProperties = Schema.False.class)
    record Request(@Schema(required = true, maxItems = MAX_ITEMS) List<Item> items) {
    }

    @Schema(name = "BatchItem", additionalProperties = Schema.False.class)
    record Item(
            @Schema(description = "Your own reference for this item, returned with its result.", maxLength = MAX_ID) String id,
            @Schema(required = true, implementation = ApplicationState.class) Object state) {
    }

    @Schema(name = "BatchRequestV2", additionalProperties = Schema.False.class)
    record RequestV2(@Schema(required = true, maxItems = MAX_ITEMS) List<ItemV2> items) {
    }

    @Schema(name = "BatchItemV2", additionalProperties = Schema.False.class)
    record ItemV2(
            @Schema(description = "Your own reference for this item, returned with its result.", maxLength = MAX_ID) String id,
            @Schema(required = true, ref = "ApplicationHistory") Object state) {
    }

    @Schema(name = "BatchResponseV2")
    public record BatchV2(@Schema(required = true, description = "One result per item, in the order of the items.")
            List<ResultV2> results) {
    }

    /** One item's result: {@code answer} with status 200, or {@code problem} with a 4xx or 503 status. */
    @Schema(name = "BatchResultV2")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResultV2(
            @Schema(description = "The item's id, when it had one.") String id,
            @Schema(required = true, description = "The item's position in the request, from 0.") int index,
            @Schema(required = true, description = "What a single request would have answered: 200, 400 or 503.") int status,
            @Schema(description = "The advice, when status is 200.") HistoryResponse answer,
            @Schema(description = "What was wrong, otherwise; its error fields are JSON paths from the root of the "
                    + "request body, like items[3].state.events[0].at.") Problem problem) {
    }

    @Schema(name = "BatchResponse")
    public record Batch(@Schema(required = true, description = "One result per item, in the order of the items.") List<Result> results) {
    }

    /** One item's result: {@code answer} with status 200, or {@code problem} with a 4xx or 503 status. */
    @Schema(name = "BatchResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Schema(description = "The item's id, when it had one.") String id,
            @Schema(required = true, description = "The item's position in the request, from 0.") int index,
            @Schema(required = true, description = "What a single request would have answered: 200, 400 or 503.") int status,
            @Schema(description = "The advice, when status is 200.") NextActionResponse answer,
            @Schema(description = "What was wrong, otherwise; its error fields are JSON paths from the root of the "
                    + "request body, like items[3].state.followUps[0].at.") Problem problem) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "nextActionBatch", summary = "What to do next for up to 1,000 applications",
            description = "Each item is answered as `POST /api/v1/next-action` would answer it; an invalid item gets "
                    + "its own problem and does not fail the others. Results come in the order of the items.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class), examples = @ExampleObject(name = "two items", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "One result per item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Batch.class)))
    @APIResponse(responseCode = "400", description = "The body is not a batch: not JSON, no items list, or over 1,000 items.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over 8 MiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "As many batches are being answered as may be at once; try again "
            + "after the Retry-After header's seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response batch(@Context HttpHeaders headers, @Context jakarta.ws.rs.core.UriInfo uri,
            @Context io.vertx.ext.web.RoutingContext request, byte[] body) {
        return run(headers, uri, request, body, false);
    }

    /** Answers a batch: {@code v2}, of histories (contract 2.0), else of states (1.1). */
    Response run(HttpHeaders headers, jakarta.ws.rs.core.UriInfo uri, io.vertx.ext.web.RoutingContext request,
            byte[] body, boolean v2) {
        QueryParameters.check(uri);
        if (headers.getMediaType() == null) {
            throw new jakarta.ws.rs.NotSupportedException("The request has no Content-Type; send the batch as application/json.");
        }
        if (body != null && body.length > BodyLimits.BATCH_BYTES) {
            throw new BodyTooLargeException(body.length, BodyLimits.BATCH_BYTES);
        }
        checkShape(body);
        List<Locale> preferred = AcceptLanguage.preferred(headers, advice.languages());
        // a place among the batches answered at once, given back however the exchange ends
        pool.startBatch();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        request.addEndHandler(ended -> {
            if (done.compareAndSet(false, true)) {
                pool.batchDone();
            }
        });
        StreamingOutput results = out -> {
            try {
                write(out, StateReader.items(body, "items"), (index, item, advise) -> answer(index, item, advise, preferred, v2),
                        () -> request.response().closed());
            } catch (java.io.IOException | RuntimeException e) {
                // the answer has begun: the only honest end is a cut connection, which the client sees as a failure
                if (!ProblemMappers.clientClosed(e)) {
                    LOG.errorf(e, "A batch was cut short after %s", "its answer had begun");
                }
                request.request().connection().close();
                throw e;
            }
        };
        return Response.ok(results, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Writes {@code {"results": [...]}} as the items are answered, a result at a time: a batch of
     * 1,000 items with the longest values took 73 MB as one answer in memory, and four at once
     * took the heap; streamed, it holds a few results at once, and a client that does not read
     * holds its batch's place until the connection's idle timeout, not memory.
     */
    private void write(java.io.OutputStream out, java.util.Iterator<JsonNode> items,
            AdviceService.ItemAnswerer<JsonNode, Object> answerOne, java.util.function.BooleanSupplier gone)
            throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator json = writer.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("results");
            advice.answerAll(items, answerOne, result -> {
                if (gone.getAsBoolean()) {
                    // A write to a connection the client has reset is dropped without a word when it is not
                    // waiting for the socket at that moment; stop answering items nobody will read.
                    throw new java.io.UncheckedIOException(new java.io.IOException("the client closed the connection",
                            new java.nio.channels.ClosedChannelException()));
                }
                try {
                    writer.writeValue(json, result);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The body is {@code {"items": [...]}} with at most {@value #MAX_ITEMS} items, checked before any item is answered. */
    private static void checkShape(byte[] body) {
        java.util.Map<String, com.fasterxml.jackson.core.JsonToken> top;
        try {
            top = JsonShape.check(body);
        } catch (InvalidRequestException e) {
            throw new InvalidBatchException(e.getMessage(), e.errors());
        }
        JsonFields f = new JsonFields();
        if (top == null) {
            f.error("$", "must be a JSON object");
            throw new InvalidBatchException("The body must be {\"items\": [...]}.", f.errors());
        }
        top.keySet().stream().filter(name -> !name.equals("items")).forEach(name ->
                f.error(name, "is not a known field; known fields here: items"));
        var items = top.get("items");
        if (items == null || items == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
            f.error("items", "is required");
        } else if (items != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
            f.error("items", "must be a list");
        }
        if (f.errorCount() > 0) {
            throw new InvalidBatchException("The body must be {\"items\": [...]} with at most " + MAX_ITEMS + " items.",
                    f.errors());
        }
    }

    private Object answer(int index, JsonNode item, AdviceService.PinnedAdvice advise, List<Locale> preferred, boolean v2) {
        JsonFields f = new JsonFields();
        String id = null;
        if (f.object(item, "items[" + index + "]", java.util.Set.of("id", "state")) != null) {
            id = f.line(item, "id", "items[" + index + "]", 0, MAX_ID);
            f.required(item, "state", "items[" + index + "]");
        }
        if (!f.errors().isEmpty()) {
            return result(v2, id, index, 400, null, ProblemMappers.invalidRequest(
                    new InvalidRequestException("The item is not {\"id\": ..., \"state\": {...}}.", f.errors())));
        }
        try {
            if (v2) {
                var history = advice.inLanguage(histories.read(item.get("state")), preferred);
                return new ResultV2(id, index, 200, HistoryResponse.of(advise.of(history)), null);
            }
            ApplicationState state = advice.inLanguage(reader.read(item.get("state")), preferred);
            return new Result(id, index, 200, NextActionResponse.of(advise.of(state)), null);
        } catch (InvalidRequestException e) {
            // the state's own paths, from the root of the batch body: items[3].state.followUps[0].at
            String at = "items[" + index + "].state";
            List<FieldError> errors = e.errors().stream().map(err -> new FieldError(
                    err.field().equals("$") ? at : at + (err.field().startsWith("[") ? "" : ".") + err.field(), err.message()))
                    .toList();
            return result(v2, id, index, 400, null, ProblemMappers.invalidRequest(new InvalidRequestException(e.getMessage(), errors)));
        } catch (RulesFailedException e) {
            return result(v2, id, index, 503, null, ProblemMappers.rulesFailedProblem(e));
        }
    }

    /** A result without an answer, in the shape of the batch's contract. */
    private static Object result(boolean v2, String id, int index, int status, Object answer, Problem problem) {
        return v2 ? new ResultV2(id, index, status, null, problem) : new Result(id, index, status, null, problem);
    }
}
