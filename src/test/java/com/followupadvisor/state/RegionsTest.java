package com.followupadvisor.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.ibm.icu.util.TimeZone;

/** A time zone's country, contract 2.0's default holiday region, when the country's holidays are known. */
class RegionsTest {

    @Test
    void aZoneGivesItsCountry() {
        assertThat(Regions.ofZone(ZoneId.of("Europe/Berlin"))).isEqualTo("DE");
        assertThat(Regions.ofZone(ZoneId.of("America/New_York"))).isEqualTo("US");
        assertThat(Regions.ofZone(ZoneId.of("Europe/London"))).isEqualTo("GB");
        assertThat(Regions.ofZone(ZoneId.of("Asia/Kolkata"))).isEqualTo("IN");
        assertThat(Regions.ofZone(ZoneId.of("Europe/Zurich"))).isEqualTo("CH");
    }

    @Test
    void aZoneOfNoCountryGivesNone() {
        assertThat(Regions.ofZone(ZoneId.of("UTC"))).isNull();
        assertThat(Regions.ofZone(ZoneId.of("Etc/GMT+1"))).isNull();
        assertThat(Regions.ofZone(ZoneOffset.UTC)).isNull();
        assertThat(Regions.ofZone(ZoneOffset.ofHours(2))).isNull();
    }

    @Test
    void aCountryWhoseHolidaysAreUnknownGivesNone() {
        // Mongolia: ICU knows the zone's country, Jollyday has no calendar for it
        assertThat(TimeZone.getRegion("Asia/Ulaanbaatar")).isEqualTo("MN");
        assertThat(Regions.known("MN")).isFalse();
        assertThat(Regions.ofZone(ZoneId.of("Asia/Ulaanbaatar"))).isNull();
    }
}
