package com.followupadvisor.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A text's own values over its state's: read as one map, as a copy with the own ones put last would read. */
class LayeredValuesTest {

    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void readsLikeTheCopyItReplaces() {
        Map<String, Object> under = map("company", "Acme", "role", "Engineer", "dueBy", "under's");
        Map<String, Object> own = map("dueBy", "Tuesday", "personName", null);
        Map<String, Object> copy = new HashMap<>(under);
        copy.putAll(own);

        Map<String, Object> layered = LayeredValues.over(under, own);

        assertThat(layered).isEqualTo(copy);
        for (String name : new String[] {"company", "role", "dueBy", "personName", "missing"}) {
            assertThat(layered.get(name)).as(name).isEqualTo(copy.get(name));
            assertThat(layered.containsKey(name)).as(name).isEqualTo(copy.containsKey(name));
        }
    }

    @Test
    void anOwnValueOfNullHidesTheOneUnderIt() {
        Map<String, Object> layered = LayeredValues.over(map("talkedAbout", "the roadmap"), map("talkedAbout", null));

        assertThat(layered.containsKey("talkedAbout")).isTrue();
        assertThat(layered.get("talkedAbout")).isNull();
    }

    @Test
    void layersStackAndCannotBeWritten() {
        Map<String, Object> state = map("company", "Acme");
        Map<String, Object> text = LayeredValues.over(state, map("dueBy", "Tuesday"));
        Map<String, Object> draft = LayeredValues.over(text, map("personName", "Dana"));

        assertThat(draft).containsEntry("company", "Acme").containsEntry("dueBy", "Tuesday")
                .containsEntry("personName", "Dana").hasSize(3);
        assertThatThrownBy(() -> draft.put("company", "Other")).isInstanceOf(UnsupportedOperationException.class);
    }
}
