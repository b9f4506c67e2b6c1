package com.followupadvisor.drafts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.Engine;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.SetSectionHelper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.WhenSectionHelper;

/**
 * The draft templates of one rule set ({@code rules/templates/*.txt}), parsed with Qute.
 *
 * <p>The engine gets only Qute's default resolvers (maps, lists, strings, numbers) and no
 * reflection: the data handed to a template is plain maps, so a template can read the values it is
 * given and nothing else: no method calls on Java objects, no files, no network. Of the sections
 * it gets {@code if}, {@code let} and {@code when}: no loops (a draft has nothing to repeat, and a
 * loop over a large number would tie up a request), no include or eval.
 */
public final class DraftTemplates {

    private final Map<String, Template> templates;

    private DraftTemplates(Map<String, Template> templates) {
        this.templates = templates;
    }

    public static DraftTemplates parse(Map<String, String> sources) throws InvalidTemplatesException {
        Engine engine = Engine.builder()
                .addDefaultValueResolvers()
                .addSectionHelper(new IfSectionHelper.Factory())
                .addSectionHelper(new SetSectionHelper.Factory())
                .addSectionHelper(new WhenSectionHelper.Factory())
                .strictRendering(true)
                .build();
        Map<String, Template> parsed = new HashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        sources.forEach((name, text) -> {
            try {
                parsed.put(name, engine.parse(text, null, name));
            } catch (TemplateException e) {
                int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
                int column = e.getOrigin() == null ? 0 : e.getOrigin().getLineCharacterStart();
                problems.add(new TemplateProblem(name, line, column,
                        oneLine(e)));
            }
        });
        // A template that parses can still name a value that does not exist; find out now, when a
        // rule author can see it, rather than on every request.
        parsed.forEach((name, template) -> {
            for (Map<String, Object> data : DraftWriter.sampleData()) {
                try {
                    template.data(data).render();
                } catch (TemplateException e) {
                    int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
                    int column = e.getOrigin() == null ? 0 : e.getOrigin().getLineCharacterStart();
                    problems.add(new TemplateProblem(name, line, column,
                            oneLine(e)));
                    return;
                } catch (RuntimeException e) {
                    problems.add(new TemplateProblem(name, 0, 0, String.valueOf(e.getMessage())));
                    return;
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidTemplatesException(problems);
        }
        return new DraftTemplates(Map.copyOf(parsed));
    }

    /** A template that does not parse, or fails on typical data, at its line and column. */
    public record TemplateProblem(String template, int line, int column, String message) {
    }

    /** Every problem of a set of templates. */
    public static final class InvalidTemplatesException extends Exception {

        private final transient List<TemplateProblem> problems;

        InvalidTemplatesException(List<TemplateProblem> problems) {
            super(problems.size() + " template problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<TemplateProblem> problems() {
            return problems;
        }
    }

    private static String oneLine(TemplateException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The template names, as rules refer to them (the file name without ".txt"). */
    public java.util.SortedSet<String> names() {
        return new java.util.TreeSet<>(templates.keySet());
    }

    /** Renders a template; throws {@link TemplateException} when the template fails on this data. */
    String render(String name, Map<String, Object> data) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        return template.data(data).render();
    }
}
