package com.followupadvisor.api;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.followupadvisor.engine.Advisor;
import com.followupadvisor.engine.Answer;
import com.followupadvisor.engine.LoadedRules;

/** {@code POST /api/v1/next-action}: given this application's state, what next? */
@Path("/api/v1/next-action")
public class NextActionResource {

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Advisor advisor;
    private final LoadedRules rules;
    private final StateParser parser;

    NextActionResource(Advisor advisor, LoadedRules rules,
            @ConfigProperty(name = "advisor.timezone", defaultValue = "UTC") ZoneId defaultZone) {
        this.advisor = advisor;
        this.rules = rules;
        this.parser = new StateParser(defaultZone);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public NextActionResponse nextAction(byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException(body.length, MAX_BODY_BYTES);
        }
        Answer answer = advisor.advise(rules.current(), parser.parse(body));
        return new NextActionResponse(AS_OF.format(answer.asOf()), answer.zone().getId(), answer.next(),
                answer.also(), answer.plan(), new NextActionResponse.Rules(answer.rulesVersion(), answer.fired()));
    }
}
