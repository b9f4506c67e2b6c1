package com.followupadvisor.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Answers a body that declares a length over the transport's hard limit
 * ({@code quarkus.http.limits.max-body-size}) with a problem document, as every other error,
 * instead of the bare 413 the HTTP layer sends, before reading any of it. A body sent in chunks is
 * stopped at the same limit by {@link RequestBodies}, with the same problem.
 */
@ApplicationScoped
public class TransportLimit {

    private final long limit;
    private final ObjectMapper json;

    TransportLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
            ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        // with RequestHeads' checks: after the access log (which logs the 413) and the configured headers
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                TransportProblems.send(ctx, json, TransportProblems.overTransportLimit(String.valueOf(declared)), true);
            } else {
                ctx.next();
            }
        });
    }
}
