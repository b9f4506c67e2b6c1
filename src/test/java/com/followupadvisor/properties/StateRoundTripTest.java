package com.followupadvisor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateReader;
import com.followupadvisor.state.StateWriter;

/**
 * The state model, its reader and its writer agree: every state the generator makes, written as a
 * request body, reads back as the same state. A field added to the model but not to the reader
 * (or read into the wrong place) fails here.
 */
class StateRoundTripTest {

    private static final int TRIES = Integer.getInteger("properties.tries", 1000);
    // a zone no generated state has, so that a reader dropping the state's own zone is caught
    private final StateReader reader = new StateReader(ZoneOffset.ofHours(-11));

    @Test
    void everyStateReadsBackFromTheBodyItIsWrittenAs() {
        ForAll.values(States::generate, States::simpler, States::json).check(TRIES, state -> {
            ApplicationState read = reader.read(StateWriter.json(state).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(read).isEqualTo(state);
        });
    }

    @Test
    void theWrittenBodyNamesEveryPartOfTheModel() {
        ApplicationState state = States.generate(new java.util.Random(1));
        String json = StateWriter.json(state);
        for (var part : ApplicationState.class.getRecordComponents()) {
            Object value;
            try {
                value = part.getAccessor().invoke(state);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (value == null) {
                continue; // an absent value is left out of the body
            }
            assertThat(json).as("the body of " + state).contains("\"" + part.getName() + "\"");
        }
    }
}
