package com.followupadvisor.advising;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.followupadvisor.rules.LoadedRules;
import com.followupadvisor.rules.RuleSet;
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

    AdviceService(Advisor advisor, LoadedRules rules, AdviceMetrics metrics) {
        this.advisor = advisor;
        this.rules = rules;
        this.metrics = metrics;
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

    /** The advice for one state; with {@code explain}, also what each rule that fired matched and read. */
    public Answer answer(ApplicationState state, boolean explain) {
        return answer(rules.current(), state, explain);
    }

    /**
     * Answers every item with the same rule set, the one loaded when the call starts, in parallel;
     * {@code answerOne} turns an item into its result, using the function it is given for the advice.
     */
    public <T, R> List<R> answerAll(List<T> items, ItemAnswerer<T, R> answerOne) {
        RuleSet pinned = rules.current();
        Function<ApplicationState, Answer> advice = state -> answer(pinned, state, false);
        return java.util.stream.IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> answerOne.answer(i, items.get(i), advice)).toList();
    }

    /** Turns one item of a batch, at {@code index}, into its result. */
    @FunctionalInterface
    public interface ItemAnswerer<T, R> {
        R answer(int index, T item, Function<ApplicationState, Answer> advice);
    }

    private Answer answer(RuleSet ruleSet, ApplicationState state, boolean explain) {
        long start = System.nanoTime();
        Answer answer = advisor.advise(ruleSet, state, explain);
        metrics.record(ruleSet, answer, System.nanoTime() - start);
        return answer;
    }
}
