package com.followupadvisor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which days the quiet weeks hold: each period's ends included, across the new year, every year. */
class QuietWeeksTest {

    private static final QuietWeeks.Period YEAR_END =
            new QuietWeeks.Period(MonthDay.of(Month.DECEMBER, 24), MonthDay.of(Month.JANUARY, 1));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theYearEndBreakRunsAcrossTheNewYearWithBothEndsIncluded() {
        QuietWeeks quiet = new QuietWeeks(List.of(YEAR_END));

        assertThat(quiet.contains(day("2026-12-23"))).isFalse();
        assertThat(quiet.contains(day("2026-12-24"))).isTrue();
        assertThat(quiet.contains(day("2026-12-31"))).isTrue();
        assertThat(quiet.contains(day("2027-01-01"))).isTrue();
        assertThat(quiet.contains(day("2027-01-02"))).isFalse();
        // the middle of the year is not in a period that crosses the new year
        assertThat(quiet.contains(day("2027-06-15"))).isFalse();
        assertThat(YEAR_END.crossesNewYear()).isTrue();
    }

    @Test
    void aPeriodWithinOneYearHoldsItsEndsAndNothingOutside() {
        QuietWeeks august = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(8, 3), MonthDay.of(8, 14))));

        assertThat(august.contains(day("2026-08-02"))).isFalse();
        assertThat(august.contains(day("2026-08-03"))).isTrue();
        assertThat(august.contains(day("2026-08-14"))).isTrue();
        assertThat(august.contains(day("2026-08-15"))).isFalse();
        // nor the rest of the year, as a period read backwards across the new year would
        assertThat(august.contains(day("2026-12-28"))).isFalse();
    }

    @Test
    void repeatsEveryYear() {
        QuietWeeks quiet = new QuietWeeks(List.of(YEAR_END));

        for (int year = 1999; year <= 2041; year++) {
            assertThat(quiet.contains(LocalDate.of(year, 12, 27))).as("%s", year).isTrue();
            assertThat(quiet.contains(LocalDate.of(year, 12, 20))).as("%s", year).isFalse();
        }
    }

    @Test
    void aPeriodOfOneDayHoldsThatDayOnly() {
        QuietWeeks quiet = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(5, 1), MonthDay.of(5, 1))));

        assertThat(quiet.contains(day("2026-05-01"))).isTrue();
        assertThat(quiet.contains(day("2026-04-30"))).isFalse();
        assertThat(quiet.contains(day("2026-05-02"))).isFalse();
        assertThat(quiet.periods().get(0).crossesNewYear()).isFalse();
    }

    @Test
    void aDayInAnyOfSeveralPeriodsIsQuiet() {
        QuietWeeks quiet = new QuietWeeks(List.of(YEAR_END,
                new QuietWeeks.Period(MonthDay.of(8, 3), MonthDay.of(8, 14))));

        assertThat(quiet.contains(day("2026-08-10"))).isTrue();
        assertThat(quiet.contains(day("2026-12-30"))).isTrue();
        assertThat(quiet.contains(day("2026-10-10"))).isFalse();
    }

    @Test
    void noneHoldsNoDay() {
        assertThat(QuietWeeks.NONE.periods()).isEmpty();
        assertThat(QuietWeeks.NONE.isEmpty()).isTrue();
        for (LocalDate d = day("2028-01-01"); d.getYear() == 2028; d = d.plusDays(1)) {
            assertThat(QuietWeeks.NONE.contains(d)).as("%s", d).isFalse();
        }
        assertThat(new QuietWeeks(List.of())).isEqualTo(QuietWeeks.NONE);
    }

    @Test
    void february29IsQuietInLeapYearsAndAPeriodNamingItHasADayFewerInOthers() {
        QuietWeeks leapDay = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(2, 29), MonthDay.of(2, 29))));
        QuietWeeks toLeapDay = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(2, 20), MonthDay.of(2, 29))));
        QuietWeeks fromLeapDay = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(2, 29), MonthDay.of(3, 3))));

        assertThat(leapDay.contains(day("2028-02-29"))).isTrue();
        assertThat(leapDay.contains(day("2028-02-28"))).isFalse();
        assertThat(leapDay.contains(day("2028-03-01"))).isFalse();
        // in a year without 29 February the day is simply not there: no other day stands in for it
        assertThat(leapDay.contains(day("2027-02-28"))).isFalse();
        assertThat(leapDay.contains(day("2027-03-01"))).isFalse();

        assertThat(toLeapDay.contains(day("2028-02-29"))).isTrue();
        assertThat(toLeapDay.contains(day("2027-02-28"))).isTrue();
        assertThat(toLeapDay.contains(day("2027-03-01"))).isFalse();

        assertThat(fromLeapDay.contains(day("2028-02-29"))).isTrue();
        assertThat(fromLeapDay.contains(day("2027-02-28"))).isFalse();
        assertThat(fromLeapDay.contains(day("2027-03-01"))).isTrue();
        assertThat(fromLeapDay.contains(day("2027-03-03"))).isTrue();
        assertThat(fromLeapDay.contains(day("2027-03-04"))).isFalse();
    }

    @Test
    void equalPeriodsMakeEqualQuietWeeksAndReadAsTheFileWritesThem() {
        QuietWeeks one = new QuietWeeks(List.of(YEAR_END));
        QuietWeeks same = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(12, 24), MonthDay.of(1, 1))));
        QuietWeeks other = new QuietWeeks(List.of(new QuietWeeks.Period(MonthDay.of(12, 23), MonthDay.of(1, 1))));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo(QuietWeeks.NONE);
        assertThat(one).hasToString("quiet weeks: December 24 to January 1");
        assertThat(QuietWeeks.NONE).hasToString("no quiet weeks");
    }
}
