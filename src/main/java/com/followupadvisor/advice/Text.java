package com.followupadvisor.advice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of wording a rule refers to by name, with the named values it fills in: the template
 * {@code rules/wording/<language>/<name>.txt}. Rules record texts; the service writes them out in
 * the request's language. For example {@code Text.named("reference-date-given").with("expectedBy", $date)}.
 */
@Means("A reason a fact carries: a text's name, with values of its own.")
public final class Text {

    private final String name;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Text(String name) {
        this.name = name;
    }

    @Means("the text of this name")
    public static Text named(String name) {
        return new Text(name);
    }

    /** A value the text can use as {@code {name}}. */
    @Means("a value the text uses as {name}")
    public Text with(String valueName, Object value) {
        values.put(valueName, value);
        return this;
    }

    @Means("the text's name")
    public String getName() {
        return name;
    }

    @Means("its values")
    public Map<String, Object> getValues() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return name + values;
    }
}
