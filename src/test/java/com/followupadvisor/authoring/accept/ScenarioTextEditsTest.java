package com.followupadvisor.authoring.accept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pieces of --accept that need no rules: editing a JSON text in place, pieces of a new text, the naming rule. */
class ScenarioTextEditsTest {

    @Test
    void aValueIsReplacedAndTheRestOfTheTextKeptAsWritten() {
        String text = "{\n  \"expect\": {\"next\": {\"action\": \"WAIT\",   \"dueBy\": \"2026-11-18\"}}\n}";
        JsonText json = new JsonText(text);
        JsonText.Value next = json.root.field("expect").field("next");

        String edited = json.apply(List.of(JsonText.replace(next.field("dueBy"), JsonText.quote("2026-11-19"))));

        assertThat(edited).isEqualTo(text.replace("2026-11-18", "2026-11-19"));
    }

    @Test
    void removedFieldsTakeTheirCommaWithThem() {
        String text = "{\"a\": 1, \"b\": [2], \"c\": \"3\", \"d\": 4}\n";
        JsonText json = new JsonText(text);

        assertThat(json.apply(List.of(JsonText.remove(json.root, "a"), JsonText.remove(json.root, "b"))))
                .isEqualTo("{\"c\": \"3\", \"d\": 4}\n");
        assertThat(json.apply(List.of(JsonText.remove(json.root, "b"), JsonText.remove(json.root, "d"))))
                .isEqualTo("{\"a\": 1, \"c\": \"3\"}\n");
        assertThat(json.apply(List.of(JsonText.remove(json.root, "a"), JsonText.remove(json.root, "c"))))
                .isEqualTo("{\"b\": [2], \"d\": 4}\n");
    }

    @Test
    void aListIsWrittenAsItWasLaidOut() {
        String text = "{\n  \"one\": [\"A\"],\n  \"many\": [\n    \"A\",\n    \"B\"\n  ]\n}\n";
        JsonText json = new JsonText(text);
        List<String> items = List.of(JsonText.quote("X"), JsonText.quote("Y"));

        assertThat(json.array(json.root.field("one"), items)).isEqualTo("[\"X\", \"Y\"]");
        assertThat(json.array(json.root.field("many"), items)).isEqualTo("[\n    \"X\",\n    \"Y\"\n  ]");
        assertThat(json.array(json.root.field("many"), List.of())).isEqualTo("[]");
    }

    @Test
    void theNewTextsPieceMostLikeTheOldOneStandsInForIt() {
        String why = "They said Monday 16 November. Follow up from Thursday 19 November to Friday 20 November.";

        assertThat(Fragments.mostLike("Wednesday 18 November", why, List.of("Monday 16 November")))
                .isIn("Thursday 19 November", "Friday 20 November");
        assertThat(Fragments.mostLike("Wednesday 18 November", why,
                List.of("Monday 16 November", "Thursday 19 November", "Friday 20 November"))).isNull();
        assertThat(Fragments.mostLike("the hiring manager", "Dear Sam", List.of())).isNull();
        assertThat(Fragments.ending("Kind regards,\nSam Lee", 6)).isEqualTo("Sam Lee");
    }

    @Test
    void aNameOrDescriptionWithTheOldNumberDateOrActionIsFlagged() {
        List<ScenarioRewrite.Changed> changed = List.of(new ScenarioRewrite.Changed("next.action", "FOLLOW_UP", "WAIT"),
                new ScenarioRewrite.Changed("next.dueBy", "2026-11-18", "2026-11-19"));

        List<String> flags = Misnamed.flags("window-opens-two-days-past-their-date",
                "They said Monday 16th: follow up by Wednesday 18th.", changed);

        assertThat(flags).anyMatch(f -> f.startsWith("rename? the name says \"two days\""))
                .anyMatch(f -> f.startsWith("reword? the description says \"follow up\""))
                .anyMatch(f -> f.startsWith("reword? the description says \"18th\""))
                .noneMatch(f -> f.contains("16th"));
        assertThat(Misnamed.flags("offer", "An offer to answer.", changed)).isEmpty();
    }
}
