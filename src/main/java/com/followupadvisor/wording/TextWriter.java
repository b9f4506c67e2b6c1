package com.followupadvisor.wording;

import java.util.HashMap;
import java.util.Map;

import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.state.ApplicationState;


/** Writes a recommendation's title and reason in the request's language, from the rule set's wording. */
public final class TextWriter {

    private final Wording wording;
    private final String language;
    private final ApplicationState state;
    /** The state's values in each language used, worked out once for every recommendation of one state. */
    private final Map<String, Map<String, Object>> common = new HashMap<>(2);

    /** For one state, in {@code language}: use it for every recommendation made for that state. */
    public TextWriter(Wording wording, String language, ApplicationState state) {
        this.wording = wording;
        this.language = language;
        this.state = state;
    }

    public String title(Recommendation r) {
        return write(r, r.getTitle());
    }

    public String why(Recommendation r) {
        return write(r, r.getWhy());
    }

    private String write(Recommendation r, String name) {
        if (name == null) {
            return null;
        }
        String in = wording.languageFor(language, name);
        TextData data = new TextData(wording, in, Formats.Kind.REASON);
        return wording.render(in, name, data.of(r, common.computeIfAbsent(in, l -> data.common(state)))).strip();
    }
}
