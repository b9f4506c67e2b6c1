package com.followupadvisor.rules.folder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.followupadvisor.wording.Wording;

/**
 * What the rule files say about the wording, read from their text: the texts they name
 * ({@code .title("...")}, {@code .why("...")}, {@code .purpose("...")}, {@code .draft(Channel.EMAIL, "...")},
 * {@code Text.named("...")}) and the values they give ({@code .with("name", ...)}). A text named
 * that the English wording lacks is an error at the rule's line; the values are what every
 * template is tried on, so that a template naming a value no rule gives is an error at its line.
 */
public final class TextReferences {

    private static final Pattern TEXT = Pattern.compile(
            "(?:\\.(?:title|why|purpose)\\(\\s*|Text\\.named\\(\\s*|\\.draft(?:ForEachPerson|Unaddressed)?\\(\\s*Channel\\.\\w+\\s*,\\s*)\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\.with\\(\\s*\"([^\"]*)\"");

    private record Use(String file, int line, int column, String name) {
    }

    private final List<Use> texts;
    private final Set<String> values;

    private TextReferences(List<Use> texts, Set<String> values) {
        this.texts = texts;
        this.values = values;
    }

    public static TextReferences in(Map<String, String> drl) {
        List<Use> texts = new ArrayList<>();
        Set<String> values = new TreeSet<>();
        drl.forEach((file, text) -> {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replaceFirst("//.*$", "");
                Matcher t = TEXT.matcher(line);
                while (t.find()) {
                    texts.add(new Use(file, i + 1, t.start(1) + 1, t.group(1)));
                }
                Matcher v = VALUE.matcher(line);
                while (v.find()) {
                    values.add(v.group(1));
                }
            }
        });
        return new TextReferences(texts, values);
    }

    public Set<String> valueNames() {
        return values;
    }

    /** Every text a rule names. */
    public Set<String> textNames() {
        Set<String> names = new TreeSet<>();
        texts.forEach(use -> names.add(use.name()));
        return names;
    }

    /** The texts named that the English wording ({@code names}) lacks, each at the rule's line. */
    public List<RuleProblem> missingFrom(Set<String> names) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Use use : texts) {
            if (!names.contains(use.name())) {
                String meant = DidYouMean.closest(use.name(), names);
                problems.add(new RuleProblem(use.file(), use.line(), use.column(), "there is no text \"" + use.name() + "\""
                        + (meant == null ? ". " : "; did you mean \"" + meant + "\"? ") + "Add " + Wording.FOLDER + Wording.BASE
                        + "/" + use.name() + ".txt, or correct the name here"));
            }
        }
        return problems;
    }
}
