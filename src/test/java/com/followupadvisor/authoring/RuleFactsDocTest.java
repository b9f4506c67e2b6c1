package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.followupadvisor.rules.folder.FactModel;

/**
 * docs/rule-facts.md, the rule authors' list of facts, fields, kinds of values and helpers, is what
 * the fact model says today. Made from the Java fact model only, so an edit of rules/ never fails it.
 */
class RuleFactsDocTest {

    @Test
    void theFactsDocIsUpToDate() throws Exception {
        String written = Files.exists(RuleFactsDoc.FILE) ? Files.readString(RuleFactsDoc.FILE, StandardCharsets.UTF_8) : "";
        assertThat(written.equals(RuleFactsDoc.render()))
                .as("%s is out of date with the fact model; write it again with:%n  %s%n", RuleFactsDoc.FILE, RuleFactsDoc.COMMAND)
                .isTrue();
    }

    @Test
    void everyFieldAndHelperOfTheFactModelSaysWhatItMeans() {
        FactModel.serviceFacts().forEach(fact -> {
            assertThat(fact.meaning()).as(fact.name() + ": @Means on the class").isNotBlank();
            fact.fields().values().forEach(f -> assertThat(f.meaning()).as(fact.name() + "." + f.getter() + "(): @Means").isNotBlank());
        });
        FactModel.helpers().forEach(h -> assertThat(h.meaning()).as(h.owner() + "." + h.name() + ": @Means").isNotBlank());
    }

    /**
     * The guide's own tables of facts (docs/rule-authoring.md, "The facts a rule can use") show a
     * few fields with examples; each field they name is one the fact model has.
     */
    @Test
    void theGuidesFactTablesNameOnlyFieldsThereAre() throws Exception {
        String guide = Files.readString(java.nio.file.Path.of("docs/rule-authoring.md"));
        int start = guide.indexOf("\n## The facts a rule can use\n");
        assertThat(start).isNotNegative();
        String section = guide.substring(start, guide.indexOf("\n## ", start + 1));
        java.util.Map<String, FactModel.Fact> facts = new java.util.HashMap<>();
        FactModel.serviceFacts().forEach(f -> facts.put(f.name(), f));
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("`([a-z]\\w*)`");
        int checked = 0;
        for (String row : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split("\\|");
            String first = cells[1].strip();
            boolean factRow = first.matches("`[A-Z]\\w*`");
            FactModel.Fact fact = facts.get(factRow ? first.replace("`", "") : "Application");
            assertThat(fact).as("a fact of the guide's row %s", row).isNotNull();
            java.util.regex.Matcher field = name.matcher(factRow ? cells[3] : cells[1]);
            while (field.find()) {
                assertThat(fact.fields()).as("%s's fields, named in the guide: %s", fact.name(), row).containsKey(field.group(1));
                checked++;
            }
        }
        assertThat(checked).as("fields the guide names").isGreaterThan(20);
    }

    @Test
    void theGuideLinksToIt() throws Exception {
        assertThat(Files.readString(java.nio.file.Path.of("docs/rule-authoring.md"))).contains("(rule-facts.md)");
    }
}
