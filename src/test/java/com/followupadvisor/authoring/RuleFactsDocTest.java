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

    @Test
    void theGuideLinksToIt() throws Exception {
        assertThat(Files.readString(java.nio.file.Path.of("docs/rule-authoring.md"))).contains("(rule-facts.md)");
    }
}
