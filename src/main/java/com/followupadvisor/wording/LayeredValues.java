package com.followupadvisor.wording;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A text's values: a few of its own over the values shared by every text of one state, read
 * through instead of copied. An answer writes a dozen texts and more, each with the state's
 * sixteen values under it; copying those for each was a tenth of the answer's time. Read-only
 * once built: templates only read their data.
 */
final class LayeredValues extends AbstractMap<String, Object> {

    private final Map<String, Object> own;
    private final Map<String, Object> under;

    private LayeredValues(Map<String, Object> own, Map<String, Object> under) {
        this.own = own;
        this.under = under;
    }

    /** {@code own} (which this takes, not copies) over {@code under}; a name in both reads {@code own}'s. */
    static LayeredValues over(Map<String, Object> under, Map<String, Object> own) {
        return new LayeredValues(own, under);
    }

    @Override
    public Object get(Object name) {
        Object value = own.get(name);
        return value != null || own.containsKey(name) ? value : under.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return own.containsKey(name) || under.containsKey(name);
    }

    /** Every name once, with the value {@link #get} reads; built only when asked for (templates never do). */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new HashMap<>(under);
        all.putAll(own);
        return Collections.unmodifiableMap(all).entrySet();
    }
}
