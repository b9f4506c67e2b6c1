package com.followupadvisor.wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.quarkus.qute.Engine;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.SetSectionHelper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.WhenSectionHelper;

/**
 * The words of one rule set ({@code rules/wording/<language>/*.txt}): titles, reasons and drafts,
 * one Qute template a file, one folder a language. English is the base: a text another language
 * lacks is written in English.
 *
 * <p>The engine gets only Qute's default resolvers (maps, lists, strings, numbers) and no
 * reflection: the data handed to a template is plain maps, so a template can read the values it is
 * given and nothing else: no method calls on Java objects, no files, no network. Of the sections
 * it gets {@code if}, {@code let} and {@code when}: no loops (a text has nothing to repeat, and a
 * loop over a large number would tie up a request), no include or eval.
 */
public final class Wording {

    /** The language every text exists in, and that stands in for a text another language lacks. */
    public static final String BASE = "en";
    public static final String FOLDER = "wording/";

    private final Map<String, Map<String, Template>> languages;

    private Wording(Map<String, Map<String, Template>> languages) {
        this.languages = languages;
    }

    /**
     * Parses every template and tries each that a rule names ({@code named}) on typical data, with
     * every value the rules can give ({@code valueNames}), so that a template naming a value nobody
     * gives fails now, at its line. A text no rule names is only parsed: the rule that gave its
     * values may just have been deleted.
     */
    public static Wording parse(Map<String, Map<String, String>> sources, Collection<String> valueNames,
            Set<String> named) throws InvalidTemplatesException {
        Engine engine = Engine.builder()
                .addDefaultValueResolvers()
                .addSectionHelper(new IfSectionHelper.Factory())
                .addSectionHelper(new SetSectionHelper.Factory())
                .addSectionHelper(new WhenSectionHelper.Factory())
                .strictRendering(true)
                .build();
        List<TemplateProblem> problems = new ArrayList<>();
        if (!sources.containsKey(BASE) || sources.get(BASE).isEmpty()) {
            problems.add(new TemplateProblem(FOLDER + BASE + "/", 0, 0,
                    "the English texts are missing: every text is written in English first"));
        }
        Map<String, Map<String, Template>> parsed = new TreeMap<>();
        List<List<Map<String, Object>>> samples = List.of(TextData.samples(valueNames, 1), TextData.samples(valueNames, "x"));
        sources.forEach((language, texts) -> {
            Map<String, Template> templates = new TreeMap<>();
            texts.forEach((name, text) -> {
                String file = FOLDER + language + "/" + name + ".txt";
                try {
                    Template template = engine.parse(text, null, file);
                    if (named.contains(name) || LETTER_PARTS.contains(name)) {
                        tryOn(template, samples, file, problems);
                    }
                    templates.put(name, template);
                } catch (TemplateException e) {
                    problems.add(problem(file, e, Set.of()));
                }
            });
            parsed.put(language, Map.copyOf(templates));
        });
        if (!problems.isEmpty()) {
            throw new InvalidTemplatesException(problems);
        }
        return new Wording(Map.copyOf(parsed));
    }

    /**
     * A template that parses can still name a value that does not exist; find out now, not on a
     * request. The values rules give are tried as numbers, then as words, since a template may
     * compare them with either; the template must render with one of the two.
     */
    private static void tryOn(Template template, List<List<Map<String, Object>>> variants, String file,
            List<TemplateProblem> problems) {
        TemplateProblem first = null;
        for (List<Map<String, Object>> samples : variants) {
            TemplateProblem problem = tryAll(template, samples, file);
            if (problem == null) {
                return;
            }
            first = first == null ? problem : first;
        }
        problems.add(first);
    }

    private static TemplateProblem tryAll(Template template, List<Map<String, Object>> samples, String file) {
        for (Map<String, Object> data : samples) {
            try {
                template.data(data).render();
            } catch (TemplateException e) {
                return problem(file, e, data.keySet());
            } catch (RuntimeException e) {
                return new TemplateProblem(file, 0, 0, String.valueOf(e.getMessage()));
            }
        }
        return null;
    }

    private static TemplateProblem problem(String file, TemplateException e, Set<String> values) {
        int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
        int column = e.getOrigin() == null ? 0 : e.getOrigin().getLineCharacterStart();
        return new TemplateProblem(file, line, column, oneLine(e, values));
    }

    /** A template that does not parse, or fails on typical data, at its line and column. */
    public record TemplateProblem(String file, int line, int column, String message) {
    }

    /** Every problem of a rule set's wording. */
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

    private static final java.util.regex.Pattern NOT_FOUND =
            java.util.regex.Pattern.compile("Key \"([^\"]+)\" not found in the map");

    private static String oneLine(TemplateException e, Set<String> values) {
        Throwable cause = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        java.util.regex.Matcher missing = NOT_FOUND.matcher(message);
        if (missing.find()) {
            // Qute lists every key of the data, which reads as noise to a rule author
            return "there is no value {" + missing.group(1) + "} for this text; it can use " + String.join(", ", new TreeSet<>(values))
                    + ", and a rule gives it more with .with(\"name\", value)";
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * The texts every letter shares, written for the person it goes to and handed to each draft as
     * a value ({@code {greeting}}, {@code {closing}}): how to open and sign a letter is said once a
     * language, not in every draft.
     */
    public static final List<String> LETTER_PARTS = List.of("greeting", "closing");

    /** Whether the texts hold {@code name} (in English, so in every language). */
    boolean has(String name) {
        return languages.getOrDefault(BASE, Map.of()).containsKey(name);
    }

    /** The names of the texts, as rules refer to them (the file name without ".txt"). */
    public SortedSet<String> names() {
        return new TreeSet<>(languages.getOrDefault(BASE, Map.of()).keySet());
    }

    public Set<String> languages() {
        return languages.keySet();
    }

    /** The texts English has and {@code language} lacks (written in English when asked for). */
    public SortedSet<String> missing(String language) {
        SortedSet<String> missing = names();
        missing.removeAll(languages.getOrDefault(language, Map.of()).keySet());
        return missing;
    }

    /**
     * The language text {@code name} is written in when {@code language} is asked for: that
     * language where it has the text, else English, so that a text and the texts and dates in it
     * read in one language.
     */
    String languageFor(String language, String name) {
        return languages.getOrDefault(language, Map.of()).containsKey(name) ? language : BASE;
    }

    /**
     * Writes text {@code name} in {@code language}, or in English where that language lacks it, into
     * {@code budget}: the text stops as soon as it passes the budget's limit, with a
     * {@link TextTooLongException}, so a template never makes more than that in memory.
     */
    String render(String language, String name, Map<String, Object> data, TextBudget budget) {
        Template template = languages.getOrDefault(language, Map.of()).get(name);
        if (template == null) {
            template = languages.getOrDefault(BASE, Map.of()).get(name);
        }
        if (template == null) {
            throw new IllegalArgumentException("no text " + name);
        }
        int limit = budget.nextTextLimit();
        StringBuilder out = new StringBuilder(256);
        String file = FOLDER + (languages.getOrDefault(language, Map.of()).containsKey(name) ? language : BASE) + "/" + name + ".txt";
        try {
            template.data(data).consume(chunk -> {
                if (out.length() + chunk.length() > limit) {
                    throw new TextTooLongException(budget.answerNearlySpent() && limit < TextBudget.MAX_TEXT
                            ? "The texts of this answer passed " + TextBudget.MAX_ANSWER + " characters in all, at " + file
                                    + ": the wording makes answers too large for some requests"
                            : "The text " + file + " passed " + TextBudget.MAX_TEXT + " characters for this request: "
                                    + "a template must not repeat its values without bound");
                }
                out.append(chunk);
            }).toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        budget.spend(out.length());
        return out.toString();
    }
}
