package com.followupadvisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

/**
 * The draft templates of one rule set ({@code rules/templates/*.txt}), parsed with Qute.
 *
 * <p>The engine gets only Qute's default resolvers (maps, lists, strings, numbers) and no
 * reflection: the data handed to a template is plain maps, so a template can read the values it is
 * given and nothing else: no method calls on Java objects, no files, no network.
 */
final class DraftTemplates {

    private final Map<String, Template> templates;

    private DraftTemplates(Map<String, Template> templates) {
        this.templates = templates;
    }

    static DraftTemplates parse(Map<String, String> sources) throws RuleLoadException {
        Engine engine = Engine.builder().addDefaults().build();
        Map<String, Template> parsed = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        sources.forEach((name, text) -> {
            try {
                parsed.put(name, engine.parse(text, null, name));
            } catch (TemplateException e) {
                int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
                int column = e.getOrigin() == null ? 0 : e.getOrigin().getLineCharacterStart();
                problems.add(new RuleProblem(RuleSource.TEMPLATES + name + ".txt", line, column,
                        e.getMessage().replaceAll("\\s*\\R\\s*", " ")));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new DraftTemplates(Map.copyOf(parsed));
    }

    /** The template names, as rules refer to them (the file name without ".txt"). */
    java.util.SortedSet<String> names() {
        return new java.util.TreeSet<>(templates.keySet());
    }

    /** Renders a template; throws {@link TemplateException} when the template fails on this data. */
    String render(String name, Map<String, Object> data) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + RuleSource.TEMPLATES + name + ".txt");
        }
        return template.data(data).render();
    }
}
