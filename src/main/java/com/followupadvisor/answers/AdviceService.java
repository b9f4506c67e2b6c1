package com.followupadvisor.answers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.followupadvisor.advising.Advisor;
import com.followupadvisor.advising.Answer;
import com.followupadvisor.advising.ContractVersion;
import com.followupadvisor.history.ApplicationHistory;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.release.LoadedRules;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.wording.Wording;

/**
 * Answers "what next?" for application states with the rules loaded now: next, also, plan and
 * drafts, each answer counted in the metrics. The one way the API gets advice.
 */
@ApplicationScoped
public class AdviceService {

    private final Advisor advisor;
    private final LoadedRules rules;
    private final AdviceMetrics metrics;
    private final AnswerPool pool;

    AdviceService(Advisor advisor, LoadedRules rules, AdviceMetrics metrics, AnswerPool pool) {
        this.advisor = advisor;
        this.rules = rules;
        this.metrics = metrics;
        this.pool = pool;
    }

    /** The languages the loaded rules are worded in. */
    public Set<String> languages() {
        return rules.current().wording().languages();
    }

    /**
     * The language to answer {@code state} in: its own, else the first of {@code preferred} (the
     * caller's Accept-Language, most wanted first) that the rules are worded in, else the base.
     */
    public ApplicationState inLanguage(ApplicationState state, List<Locale> preferred) {
        if (state.language() != null) {
            return state;
        }
        Set<String> languages = languages();
        for (Locale locale : preferred) {
            if (languages.contains(locale.getLanguage())) {
                return state.toBuilder().language(locale.getLanguage()).build();
            }
        }
        return state.toBuilder().language(Wording.BASE).build();
    }

    /** {@link #inLanguage(ApplicationState, List)} for a contract 2.0 history. */
    public ApplicationHistory inLanguage(ApplicationHistory history, List<Locale> preferred) {
        if (history.language() != null) {
            return history;
        }
        Set<String> languages = languages();
        for (Locale locale : preferred) {
            if (languages.contains(locale.getLanguage())) {
                return history.withLanguage(locale.getLanguage());
            }
        }
        return history.withLanguage(Wording.BASE);
    }

    /** {@link #answerLater(ApplicationState, boolean, Function)} for a contract 2.0 history. */
    public <R> CompletionStage<R> answerLater(ApplicationHistory history, boolean explain, Function<Answer, R> then) {
        return pool.submit(() -> then.apply(answer(rules.current(), history, explain)));
    }

    /** The advice for one state; with {@code explain}, also what each rule that fired matched and read. */
    public Answer answer(ApplicationState state, boolean explain) {
        return answer(rules.current(), state, explain);
    }

    /**
     * The advice for one state, worked out on the answer pool ({@link AnswerPool}), never on the
     * calling thread; {@code then} turns it into what the caller sends (on the pool thread too, so
     * that writing the texts out stays off the event loop). Fails at once with a
     * {@link AnswerPool.BusyException} when too many requests wait already.
     */
    public <R> CompletionStage<R> answerLater(ApplicationState state, boolean explain, Function<Answer, R> then) {
        return pool.submit(() -> then.apply(answer(state, explain)));
    }

    /**
     * Answers every item with the same rule set, the one loaded when the call starts, in order,
     * handing each result to {@code sink} as soon as it and those before it are done. Items are
     * answered on the answer pool, a few at a time (as many as it has threads), so a batch holds
     * the results of a few items at once, never of all, and shares the pool fairly with single
     * requests; when the pool's queue is full, the calling thread answers the item itself.
     * {@code answerOne} turns an item into its result, using the function it is given for the advice.
     */
    public <T, R> void answerAll(Iterator<T> items, ItemAnswerer<T, R> answerOne, Consumer<R> sink) {
        RuleSet pinned = rules.current();
        PinnedAdvice advice = new PinnedAdvice() {
            @Override
            public Answer of(ApplicationState state) {
                return answer(pinned, state, false);
            }

            @Override
            public Answer of(ApplicationHistory history) {
                return answer(pinned, history, false);
            }
        };
        Deque<CompletableFuture<R>> window = new ArrayDeque<>();
        int index = 0;
        while (items.hasNext()) {
            T item = items.next();
            int at = index++;
            window.add(pool.submitOrRun(() -> answerOne.answer(at, item, advice)));
            if (window.size() >= pool.threads()) {
                sink.accept(join(window.poll()));
            }
        }
        while (!window.isEmpty()) {
            sink.accept(join(window.poll()));
        }
    }

    private static <R> R join(CompletableFuture<R> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Turns one item of a batch, at {@code index}, into its result. */
    @FunctionalInterface
    public interface ItemAnswerer<T, R> {
        R answer(int index, T item, PinnedAdvice advice);
    }

    /** The advice of the one rule set a whole batch is answered with, for either contract. */
    public interface PinnedAdvice {

        Answer of(ApplicationState state);

        Answer of(ApplicationHistory history);
    }

    private Answer answer(RuleSet ruleSet, ApplicationHistory history, boolean explain) {
        long start = System.nanoTime();
        Answer answer = advisor.advise(ruleSet, history, ContractVersion.V2_0, explain);
        metrics.record(ruleSet, answer, System.nanoTime() - start);
        return answer;
    }

    private Answer answer(RuleSet ruleSet, ApplicationState state, boolean explain) {
        long start = System.nanoTime();
        Answer answer = advisor.advise(ruleSet, state, explain);
        metrics.record(ruleSet, answer, System.nanoTime() - start);
        return answer;
    }
}
