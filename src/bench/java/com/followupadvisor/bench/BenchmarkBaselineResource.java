package com.followupadvisor.bench;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupadvisor.state.StateReader;

/**
 * Baselines for {@code bench/http.sh}: the same HTTP and JSON work as {@code POST /api/v1/next-action}
 * without the rules, and a constant, so that the benchmark can say what share of a request's cost is
 * the advice itself. Not part of the contract, and not in the shipped jar: only a build with
 * {@code -Pbench} (which {@code bench/http.sh} makes) and the tests compile it.
 */
@Path("/api/v1/bench")
public class BenchmarkBaselineResource {

    /** The service's real answer to bench/states/typical.json, saved: the size and shape of a typical answer. */
    private final JsonNode answer;

    BenchmarkBaselineResource() throws IOException {
        try (InputStream in = BenchmarkBaselineResource.class.getResourceAsStream("/bench/typical-answer.json")) {
            this.answer = StateReader.readTree(in.readAllBytes());
        }
    }

    /** The real endpoint's limit for one state. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    /** Reads the body as the real endpoint does (bytes, size check, Jackson tree), answers without rules. */
    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response echo(byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(413);
        }
        JsonNode request = StateReader.readTree(body);
        // A fresh copy per request, carrying a value read from the request, so nothing is cached.
        ObjectNode reply = answer.deepCopy();
        reply.set("asOf", request.path("asOf"));
        reply.set("timezone", request.path("timezone"));
        return Response.ok(reply, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/ping")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String ping() {
        return "pong";
    }
}
