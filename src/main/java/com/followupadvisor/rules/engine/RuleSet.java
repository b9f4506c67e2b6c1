package com.followupadvisor.rules.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;

import com.followupadvisor.advice.MovedOn;
import com.followupadvisor.advice.Next;
import com.followupadvisor.advice.ReferenceDate;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.sandbox.EvaluationWatchdog;
import com.followupadvisor.rules.sandbox.RuleCode;
import com.followupadvisor.wording.Wording;

/**
 * One compiled, immutable set of rules and templates. Safe to share between threads: every
 * evaluation runs in a session of its own, taken from this set's pool and, before it returns,
 * given back reset (or, when the thread running it was stopped, thrown away with its pool).
 */
public final class RuleSet {

    private static final Logger LOG = Logger.getLogger(RuleSet.class);

    /** A rule set that fires more often than this on one state is looping, not advising. */
    static final int MAX_FIRINGS = 10_000;

    /**
     * A rule set that allocates more than this on one state is running away: one answer takes well
     * under a mebibyte (see docs/robustness.md), and a heap holds several evaluations at once.
     */
    static final long MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;

    /**
     * Sessions keep no reference in the rule base: a session thrown away is then only held by its
     * pool (which holds every session it made), and goes when the pool is replaced.
     */
    private static final KieSessionConfiguration SESSIONS = sessionConfiguration();

    private final KieBase kieBase;
    /**
     * Sessions to reuse: resetting one costs less than making one (a session allocates a memory
     * per node of the network). The pool grows to the number of evaluations running at once, and is
     * replaced when a session must be thrown away (see {@link #retire}).
     */
    private volatile KieSessionsPool sessions;
    private final Wording wording;
    /** The facts every evaluation starts with beside the application: the numbers, the urgency order. */
    private final List<Object> given;
    private final String version;
    private final Instant loadedAt;
    private final List<RuleInfo> rules;
    private final RuleUsage usage = new RuleUsage();

    /** The Java the rules compiled to, to tell where in the rules a failure happened. */
    private final RuleCode code;

    public RuleSet(KieBase kieBase, Wording wording, List<Object> given, String version, Instant loadedAt,
            List<RuleInfo> rules, RuleCode code) {
        this.code = code;
        this.given = List.copyOf(given);
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.wording = wording;
        this.version = version;
        this.loadedAt = loadedAt;
        this.rules = List.copyOf(rules);
    }

    public String version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** The names of the texts in this set (titles, reasons, drafts), as rules refer to them. */
    public List<String> templateNames() {
        return List.copyOf(wording.names());
    }

    /** How often each rule of this set has fired in answers since it was loaded. */
    public RuleUsage usage() {
        return usage;
    }

    public Wording wording() {
        return wording;
    }

    /**
     * Runs the rules on {@code facts} (with this set's own, the numbers and the urgency order); with
     * {@code explain}, also records what each firing matched. An evaluation still running after
     * {@code timeLimit} is stopped and fails.
     */
    public Evaluation evaluate(List<?> facts, boolean explain, EvaluationWatchdog watchdog, Duration timeLimit) {
        EvaluationWatchdog.Ticket ticket = watchdog.watch(timeLimit, MAX_ALLOCATED_BYTES, code);
        KieSessionsPool pool = sessions;
        KieSession session = null;
        // Whether the engine unwound normally, so that a reset leaves the session as good as new.
        boolean unwound = false;
        try {
            session = pool.newKieSession(SESSIONS);
            FiringRecorder recorder = new FiringRecorder(ticket, explain);
            session.addEventListener(recorder.agenda());
            session.addEventListener(recorder.runtime());
            for (Object fact : facts) {
                session.insert(fact);
            }
            for (Object fact : given) {
                session.insert(fact);
            }
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (ticket.expired()) {
                throw RuleTimeoutException.of(ticket, timeLimit);
            }
            if (firings >= MAX_FIRINGS) {
                throw new RuleLoopException(MAX_FIRINGS, recorder.fired());
            }
            List<Recommendation> made = new ArrayList<>();
            Recommendation chosen = null;
            ReferenceDate reference = null;
            MovedOn movedOn = null;
            for (Object fact : session.getObjects(o -> o instanceof Recommendation || o instanceof Next
                    || o instanceof ReferenceDate || o instanceof MovedOn)) {
                if (fact instanceof Next next) {
                    chosen = next.recommendation();
                } else if (fact instanceof ReferenceDate date) {
                    reference = date;
                } else if (fact instanceof MovedOn moved) {
                    movedOn = moved;
                } else {
                    made.add((Recommendation) fact);
                }
            }
            made.sort(Comparator.comparing(recorder::order));
            Evaluation evaluation = new Evaluation(made, chosen, reference, movedOn, List.copyOf(recorder.fired()),
                    explain ? List.copyOf(recorder.explained()) : null);
            unwound = true;
            return evaluation;
        } catch (ThreadDeath stopped) {
            if (!ticket.expired()) {
                throw stopped;
            }
            throw RuleTimeoutException.of(ticket, timeLimit);
        } catch (RuntimeException e) {
            if (ticket.expired()) {
                throw RuleTimeoutException.of(ticket, timeLimit);
            }
            // A rule that threw, or the loop guard: the engine's own clean-up ran on the way out.
            unwound = true;
            throw e instanceof RulesFailedException failed ? failed : RuleErrorException.of(e, this, code);
        } finally {
            ticket.close();
            boolean expired = ticket.expired();
            if (expired) {
                Thread.interrupted(); // the watchdog's interrupt is spent; do not leak it to the caller
            }
            if (session != null) {
                if (unwound && !expired) {
                    session.dispose(); // a pooled session: reset and given back
                } else {
                    retire(pool, session);
                }
            }
        }
    }

    /**
     * A session whose thread the watchdog interrupted or stopped, or that an error cut short, may be
     * left half-way through a propagation: it is never given back. It is still reset, because Drools
     * registers each session's truth maintenance in a map of its own (static) until then. Its pool
     * keeps a reference to every session it made, so the pool is replaced, and both go once the
     * evaluations still using the old pool give their sessions back to it.
     */
    private void retire(KieSessionsPool broken, KieSession session) {
        try {
            ((StatefulKnowledgeSessionImpl) session).reset();
        } catch (RuntimeException e) {
            LOG.warnf("A session left by a failed evaluation could not be reset: %s", e.toString());
        }
        synchronized (this) {
            if (sessions == broken) {
                sessions = kieBase.newKieSessionsPool(1);
            }
        }
    }

    private static KieSessionConfiguration sessionConfiguration() {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        return configuration;
    }

    /**
     * The first fact of {@code type} among those every evaluation is given (the urgency order, the
     * quiet weeks), for the code that works with this set's data outside an evaluation; empty when
     * the rules folder has no file for it.
     */
    public <T> java.util.Optional<T> given(Class<T> type) {
        return given.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
