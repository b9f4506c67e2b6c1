package com.followupadvisor.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.followupadvisor.rules.folder.AdviceNumbers;
import com.followupadvisor.rules.folder.FactModel;

/**
 * Writes {@code docs/rule-facts.md}, the rule authors' list of what a rule can use, from the fact
 * model itself ({@link FactModel}: the fact classes, their getters and their {@code @Means} lines),
 * so that it cannot go stale: {@code RuleFactsDocTest} fails when the file differs from what this
 * writes, and prints {@link #COMMAND}. It reads nothing of {@code rules/}, so a rule author's edit
 * never makes the file out of date.
 */
public final class RuleFactsDoc {

    /** The file, from the project's folder. */
    public static final Path FILE = Path.of("docs/rule-facts.md");
    /** The one command that writes it again. */
    public static final String COMMAND = "./mvnw -q -B compile exec:java@rule-facts";

    private RuleFactsDoc() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, render(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + FILE);
    }

    /** The file's whole text. */
    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# What a rule can use: the facts, their fields, the numbers and the helpers\n\n")
                .append("<!-- Written from the fact model by `").append(COMMAND).append("`; do not edit by hand:\n")
                .append("     change the @Means lines in src/main/java/com/followupadvisor/advice/ and run it again. -->\n\n")
                .append("This list is made from the service's own code, so it is always up to date. For how to write\n")
                .append("a rule, see [the guide](rule-authoring.md). In a condition, name a field as it is written here\n")
                .append("(`Application( activeApplications == 0 )`); in a then part, through its getter\n")
                .append("(`$app.getActiveApplications()`, or `$interview.isHeld()` for a true-or-false field).\n\n");
        md.append("## The facts\n\n");
        for (FactModel.Fact fact : FactModel.serviceFacts()) {
            md.append("### ").append(fact.name()).append("\n\n").append(fact.meaning()).append("\n\n")
                    .append("| field | type | meaning |\n|---|---|---|\n");
            fact.fields().values().forEach(f -> md.append("| `").append(f.name()).append("` | ").append(f.type()).append(" | ")
                    .append(f.meaning()).append(" |\n"));
            md.append('\n');
        }
        md.append("## The numbers\n\n")
                .append("Every line of `").append(AdviceNumbers.FILE).append("` is a field of the `").append("Numbers")
                .append("` fact, a whole number,\nread by its name: `Numbers( $days : firstFollowUpFromDays )`. The file says what each\n")
                .append("one means, in the comment above it. A name no line has is reported as a mistake, with the\n")
                .append("name you most likely meant.\n\n");
        md.append("## The types a rule file declares\n\n")
                .append("A `declare` in a rule file (`declare MoveOnDate date : LocalDate end`) makes a fact of the\n")
                .append("rules' own, with the fields it lists; every rule file can use it.\n\n");
        md.append("## The kinds of values\n\n| kind | values |\n|---|---|\n");
        FactModel.KINDS.forEach(k -> md.append("| `").append(k.getSimpleName()).append("` | ")
                .append(Arrays.stream(k.getEnumConstants()).map(e -> "`" + e.name() + "`").collect(Collectors.joining(", ")))
                .append(" |\n"));
        md.append("\nWrite a value with its kind: `Outcome.OPEN`, `ActionCode.FOLLOW_UP`, `Channel.EMAIL`.\n\n");
        md.append("## The helpers\n\n| call | gives | meaning |\n|---|---|---|\n");
        for (FactModel.Helper h : FactModel.helpers()) {
            String call = (h.owner() == null ? "" : h.owner() + ".") + h.name() + "(" + String.join(", ", h.parameters()) + ")";
            md.append("| `").append(call).append("` | ").append(h.type()).append(" | ").append(h.meaning()).append(" |\n");
        }
        md.append("\nCall a fact's helper on the fact (`$app.workingDayAfter($date)`); `plusDays` and `later` need\n")
                .append("`import function com.followupadvisor.advice.Dates.plusDays;` (and `...Dates.later;`) at the top of the file.\n");
        return md.toString();
    }
}
