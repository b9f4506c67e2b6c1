package com.followupadvisor.wording;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.history.Situation;

/**
 * Writes a recommendation's title, reason and drafts in the request's language, from the rule set's
 * wording, for one situation: its values are worked out once for all its texts. One per answer
 * (or plan step), used by one thread.
 */
public final class TextWriter {

    private final Wording wording;
    private final String language;
    private final Situation situation;
    private final TextBudget budget;
    /** Set for a step of the plan: the day the answer is read on. */
    private final java.time.LocalDate today;
    /** The situation's values in each language and kind of text used, worked out once for every text of one state. */
    private final Map<String, Map<String, Object>> common = new HashMap<>(4);
    private Recommendation lastRecommendation;
    private String lastKey;
    private Map<String, Object> lastValues;

    /** For one situation, in {@code language}: use it for every recommendation made in it. */
    public TextWriter(Wording wording, String language, Situation situation, TextBudget budget) {
        this(wording, language, situation, budget, null);
    }

    /**
     * For a step of the plan, worked out in {@code situation} (a moment still to come), to be read
     * on {@code today}: its texts say what will be, not what is ({@code {planned}}), and date
     * their years from today.
     */
    public TextWriter(Wording wording, String language, Situation situation, TextBudget budget, java.time.LocalDate today) {
        this.wording = wording;
        this.language = language;
        this.situation = situation;
        this.budget = budget;
        this.today = today;
    }

    public String title(Recommendation r) {
        return write(r, r.getTitle());
    }

    public String why(Recommendation r) {
        return write(r, r.getWhy());
    }

    /** The drafts the rule asked for, worded for this situation; none when it asked for none. */
    public List<Draft> drafts(Recommendation r) {
        return DraftWriter.write(r, this);
    }

    /**
     * What a more urgent message to the same person says for {@code r} ({@link Recommendation#purpose}),
     * or null when its rule gave no such text or the text failed (then nothing is carried, as a
     * failing draft is left out).
     */
    public String purpose(Recommendation r) {
        String name = r.getPurpose();
        if (name == null) {
            return null;
        }
        String in = wording.languageFor(language, name);
        try {
            return wording.render(in, name, TextData.withPerson(values(r, in, Formats.Kind.LETTER), null), budget).strip();
        } catch (TextTooLongException e) {
            throw e;
        } catch (RuntimeException e) {
            org.jboss.logging.Logger.getLogger(TextWriter.class).warnf("Text %s failed and was left out: %s", name, e.getMessage());
            return null;
        }
    }

    private String write(Recommendation r, String name) {
        if (name == null) {
            return null;
        }
        String in = wording.languageFor(language, name);
        return wording.render(in, name, values(r, in, Formats.Kind.REASON), budget).strip();
    }

    /**
     * {@code r}'s values over the situation's, for a text of {@code kind} written in {@code in}. The
     * last recommendation's are kept: its title and reason (and a letter's drafts) read the same.
     */
    Map<String, Object> values(Recommendation r, String in, Formats.Kind kind) {
        String key = kind + "/" + in;
        if (r != lastRecommendation || !key.equals(lastKey)) {
            TextData data = new TextData(wording, in, kind, budget, today != null ? today : situation.application().getToday());
            lastValues = data.of(r, common.computeIfAbsent(key, k -> {
                Map<String, Object> values = data.common(situation);
                values.put("planned", today != null);
                return values;
            }));
            lastRecommendation = r;
            lastKey = key;
        }
        return lastValues;
    }

    TextBudget budget() {
        return budget;
    }

    Wording wording() {
        return wording;
    }

    String language() {
        return language;
    }

    Situation situation() {
        return situation;
    }
}
