package com.followupadvisor.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advising.Advisor;
import com.followupadvisor.rules.RuleSet;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.Channel;
import com.followupadvisor.state.StateReader;

import io.quarkus.runtime.StartupEvent;

/**
 * Does the first request's one-time work while the service starts: reading a state and writing
 * an answer load and set up the JSON classes and serialisers (about a tenth of a second). It runs
 * before {@code RulesReloader} waits for the rules being compiled on their own thread, so it overlaps
 * with that compile instead of adding to the first caller's wait.
 */
@Singleton
public class FirstRequestWarmUp {

    private static final Logger LOG = Logger.getLogger(FirstRequestWarmUp.class);

    private final ObjectMapper json;

    FirstRequestWarmUp(ObjectMapper json) {
        this.json = json;
    }

    // A lower priority runs first: RulesReloader observes start-up at the default priority.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        long start = System.nanoTime();
        try {
            ApplicationState state = new StateReader(ZoneOffset.UTC)
                    .read(ApiExamples.FOLLOW_UP_DUE.getBytes(StandardCharsets.UTF_8));
            json.writeValueAsBytes(sampleAnswer(state));
            LOG.debugf("Warmed up the request path in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (Exception | LinkageError e) {
            // only ever a lost head start: the first request does this work instead
            LOG.debug("Could not warm up the request path", e);
        }
    }

    /**
     * Answers the contract's sample state with {@code rules} in each of their languages, as a
     * request would (the plan, the drafts, the response records), before the framework is up: the
     * engine's sessions, the rules' generated classes and the templates are then ready for the first
     * caller. Called on the thread that loaded the rules ({@code EarlyLoad}), with the service's
     * time limit for an evaluation; returns the answers, one per language of {@code rules}.
     */
    public static List<NextActionResponse> answerSamples(RuleSet rules, Duration timeLimit) {
        ApplicationState state = new StateReader(ZoneOffset.UTC).read(ApiExamples.FOLLOW_UP_DUE.getBytes(StandardCharsets.UTF_8));
        Advisor advisor = new Advisor(Clock.systemUTC(), timeLimit);
        return rules.wording().languages().stream()
                .map(language -> NextActionResponse.of(advisor.advise(rules, state.toBuilder().language(language).build())))
                .toList();
    }

    /** An answer with every field the contract has filled in, so that every serialiser is built. */
    private static NextActionResponse sampleAnswer(ApplicationState state) {
        LocalDate day = state.asOf().toLocalDate();
        NextActionResponse.Action action = new NextActionResponse.Action(ActionCode.FOLLOW_UP, "title", day,
                day.plusDays(1), false, List.of(Channel.EMAIL, Channel.PHONE), "why", "rule",
                List.of(new NextActionResponse.Draft(Channel.EMAIL, "to",
                                new NextActionResponse.Recipient("name", "name@example.com", null), "subject", "body"),
                        new NextActionResponse.Draft(Channel.PHONE, "to",
                                new NextActionResponse.Recipient("name", null, "+1 555 0100"), null, "body")));
        return new NextActionResponse(state.asOf().toString(), state.timezone().getId(), action, List.of(action),
                List.of(action), new NextActionResponse.RulesUsed("version", List.of("rule")), null);
    }
}
