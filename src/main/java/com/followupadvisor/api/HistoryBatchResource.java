package com.followupadvisor.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.followupadvisor.http.Problem;

/** {@code POST /api/v2/next-action/batch}: many histories in one call, answered as 1.1's batch answers states. */
@Path("/api/v2/next-action/batch")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Advice", description = "What to do next, for one application or many.")
public class HistoryBatchResource {

    private final BatchResource batches;

    HistoryBatchResource(BatchResource batches) {
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "nextActionV2Batch", summary = "Where up to 1,000 applications stand and what to do next (contract 2.0)",
            description = "Each item's `state` is a contract 2.0 history, answered as `POST /api/v2/next-action` would answer "
                    + "it; an invalid item gets its own problem and does not fail the others. Results come in the order of the items.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchResource.RequestV2.class)))
    @APIResponse(responseCode = "200", description = "One result per item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResource.BatchV2.class)))
    @APIResponse(responseCode = "400", description = "The body is not a batch: not JSON, no items list, or over 1,000 items.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over 8 MiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "As many batches are being answered as may be at once; try again "
            + "after the Retry-After header's seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response batchV2(@Context HttpHeaders headers, @Context jakarta.ws.rs.core.UriInfo uri,
            @Context io.vertx.ext.web.RoutingContext request, byte[] body) {
        return batches.run(headers, uri, request, body, true);
    }
}
