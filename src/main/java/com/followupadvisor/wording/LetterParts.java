package com.followupadvisor.wording;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A draft's {@code {greeting}} and {@code {closing}} ({@link Wording#LETTER_PARTS}), each written
 * for the draft's person when the draft first reads it: a phone script that opens with its own
 * words never pays for a letter's greeting and closing (they were a third of an answer's
 * templates). Read-only to templates, like every text's values.
 */
final class LetterParts extends AbstractMap<String, Object> {

    private final Wording wording;
    private final String language;
    private final Map<String, Object> personal;
    private final TextBudget budget;
    private final Map<String, Object> written = new HashMap<>(4);

    LetterParts(Wording wording, String language, Map<String, Object> personal, TextBudget budget) {
        this.wording = wording;
        this.language = language;
        this.personal = personal;
        this.budget = budget;
    }

    @Override
    public Object get(Object name) {
        if (!containsKey(name)) {
            return null;
        }
        return written.computeIfAbsent((String) name, part -> wording.render(language, part, personal, budget).strip());
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String part && Wording.LETTER_PARTS.contains(part) && wording.has(part);
    }

    /** The closing as the draft read it, or null when it did not. */
    String writtenClosing() {
        Object closing = written.get("closing");
        return closing == null ? null : closing.toString();
    }

    /** Every part, written: only for a caller that lists the values (templates never do). */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new HashMap<>(4);
        for (String part : Wording.LETTER_PARTS) {
            if (containsKey(part)) {
                all.put(part, get(part));
            }
        }
        return all.entrySet();
    }
}
