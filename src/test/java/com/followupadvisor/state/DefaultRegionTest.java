package com.followupadvisor.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The configured holiday region ({@code advisor.holidays.region}) stands in for a state that names none. */
class DefaultRegionTest {

    private static final String STATE = """
            {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}%s}""";

    private static ApplicationState read(String defaultRegion, String more) {
        return new StateReader(ZoneOffset.UTC, null, null, defaultRegion)
                .read(STATE.formatted(more).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStateWithoutARegionGetsTheConfiguredOne() {
        assertThat(read("DE-BY", "").holidays()).isEqualTo(new ApplicationState.Holidays("DE-BY", List.of()));
        assertThat(read("DE-BY", ", \"holidays\": {\"closedDays\": [\"2026-12-24\"]}").holidays())
                .isEqualTo(new ApplicationState.Holidays("DE-BY", List.of(java.time.LocalDate.parse("2026-12-24"))));
    }

    @Test
    void aStatesOwnRegionWins() {
        assertThat(read("DE-BY", ", \"holidays\": {\"region\": \"US-NY\"}").holidays().region()).isEqualTo("US-NY");
    }

    @Test
    void withoutAConfiguredRegionThereIsNone() {
        assertThat(read(null, "").holidays()).isEqualTo(ApplicationState.Holidays.NONE);
    }

    @Test
    void aConfiguredRegionWhoseHolidaysAreUnknownStopsTheReader() {
        assertThatThrownBy(() -> read("XX-YY", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("advisor.holidays.region").hasMessageContaining("XX-YY");
        assertThatThrownBy(() -> read("DE-ZZ", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
