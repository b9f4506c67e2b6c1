package com.followupadvisor.rules.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;

/**
 * Listens to one evaluation: which rules fired, which rule inserted each recommendation and in
 * what order, and (when asked) what each firing matched. It also tells the watchdog which rule is
 * running, and halts the session once the time limit has passed.
 */
final class FiringRecorder {

    private final Set<String> fired = new LinkedHashSet<>();
    private final Map<Recommendation, Integer> order = new IdentityHashMap<>();
    private final EvaluationWatchdog.Ticket ticket;
    private final boolean explain;
    private final List<Explanation> explained = new ArrayList<>();

    FiringRecorder(EvaluationWatchdog.Ticket ticket, boolean explain) {
        this.ticket = ticket;
        this.explain = explain;
    }

    Set<String> fired() {
        return fired;
    }

    List<Explanation> explained() {
        return explained;
    }

    /** The position in which {@code r} was inserted. */
    int order(Recommendation r) {
        return order.get(r);
    }

    AgendaEventListener agenda() {
        return agenda;
    }

    RuleRuntimeEventListener runtime() {
        return runtime;
    }

    private final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            ticket.firing(event.getMatch().getRule().getName());
            if (ticket.expired()) {
                event.getKieRuntime().halt();
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            ticket.fired();
            fired.add(event.getMatch().getRule().getName());
            if (explain) {
                explained.add(explanation(event.getMatch()));
            }
        }
    };

    private final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Recommendation r) {
                if (event.getRule() != null) {
                    r.setRule(event.getRule().getName());
                }
                order.putIfAbsent(r, order.size());
            }
        }
    };

    private static Explanation explanation(Match match) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            values.put(id, FactDescriber.value(match.getDeclarationValue(id)));
        }
        return new Explanation(match.getRule().getName(),
                match.getObjects().stream().map(FactDescriber::describe).toList(), values);
    }
}
