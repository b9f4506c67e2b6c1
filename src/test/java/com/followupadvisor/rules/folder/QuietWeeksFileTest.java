package com.followupadvisor.rules.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.followupadvisor.RuleFiles;
import com.followupadvisor.calendar.QuietWeeks;

/**
 * The quiet weeks as a rule author writes them in rules/quiet-weeks.txt: one period a line, in the
 * words they would use, and each line that cannot be read reported at its line, all at once.
 */
class QuietWeeksFileTest {

    private static QuietWeeks.Period period(int fromMonth, int fromDay, int toMonth, int toDay) {
        return new QuietWeeks.Period(MonthDay.of(fromMonth, fromDay), MonthDay.of(toMonth, toDay));
    }

    /** The problems of reading {@code text}, which must fail. */
    private static List<RuleProblem> problems(String text) {
        List<RuleProblem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> QuietWeeksFile.parse(text)).isInstanceOfSatisfying(RuleLoadException.class,
                e -> problems.addAll(e.problems()));
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(QuietWeeksFile.FILE));
        return problems;
    }

    /**
     * Contract 2.0's default, as shipped in rules/: a rule author may change it, and whoever does
     * changes this test with it (the contract's default changes then too).
     */
    @Test
    void theShippedFileHoldsTheYearEndBreakAlone() throws Exception {
        String shipped = Files.readString(RuleFiles.SHIPPED.resolve(QuietWeeksFile.FILE));

        QuietWeeks quiet = QuietWeeksFile.parse(shipped);

        assertThat(quiet.periods()).containsExactly(period(12, 24, 1, 1));
        // the file explains itself to the rule author before its period
        assertThat(shipped.lines().filter(l -> l.startsWith("#")).count()).isGreaterThan(5);
    }

    @Test
    void skipsCommentsAndBlankLinesAndReadsEachPeriodInOrder() throws Exception {
        String text = "# the quiet weeks\n\n   \nDecember 24 to January 1\r\n  # summer\n   August 3 to August 14   \n\n";

        assertThat(QuietWeeksFile.parse(text).periods()).containsExactly(period(12, 24, 1, 1), period(8, 3, 8, 14));
    }

    @Test
    void readsTheWaysARuleAuthorWritesADay() throws Exception {
        String text = String.join("\n", "24 December to 1 January", "DECEMBER 24 TO january 1", "Dec 24 to Jan 1",
                "December 24th to January 1st", "December 24 - January 1", "Sept 1 to sep. 2", "May 1");

        assertThat(QuietWeeksFile.parse(text).periods()).containsExactly(period(12, 24, 1, 1), period(12, 24, 1, 1),
                period(12, 24, 1, 1), period(12, 24, 1, 1), period(12, 24, 1, 1), period(9, 1, 9, 2), period(5, 1, 5, 1));
    }

    @Test
    void anEmptyFileOrOneOfCommentsOnlyMeansNoQuietWeeks() throws Exception {
        assertThat(QuietWeeksFile.parse("")).isEqualTo(QuietWeeks.NONE);
        assertThat(QuietWeeksFile.parse("# none this year\n# December 24 to January 1\n\n")).isEqualTo(QuietWeeks.NONE);
    }

    @Test
    void february29IsADayOfTheYearAndFebruary30IsNot() throws Exception {
        assertThat(QuietWeeksFile.parse("February 29 to March 1").periods()).containsExactly(period(2, 29, 3, 1));

        assertThat(problems("February 30 to March 1")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("February has no day 30");
        });
    }

    @Test
    void eachBadLineIsReportedAtItsLineAndColumnSayingWhatARightLineLooksLike() {
        List<RuleProblem> problems = problems(String.join("\n",
                "# the quiet weeks",
                "December 24 to January 1",
                "Decmber 24 to January 1",
                "",
                "December 24 until January 1",
                "  November 31 to December 2",
                "August 3 to August",
                "January 24 to January 1"));

        assertThat(problems).extracting(RuleProblem::line).containsExactly(3, 5, 6, 7, 8);
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("December 24 to January 1"));
        assertThat(problems.get(0).message()).contains("\"Decmber\" is not a month");
        assertThat(problems.get(0).column()).isEqualTo(1);
        assertThat(problems.get(1).message()).contains("December 24 until January 1");
        assertThat(problems.get(2).message()).contains("November has no day 31");
        assertThat(problems.get(2).column()).isEqualTo(3);
        // the end of the period is the part that is wrong: the column points at it
        assertThat(problems.get(3).column()).isEqualTo("August 3 to ".length() + 1);
        assertThat(problems.get(3).message()).contains("\"August\"");
        // a mistyped month that turns nine days into most of the year: 366 days less January 2 to 23
        assertThat(problems.get(4).message()).contains("344 days");
    }

    @Test
    void aPeriodAsLongAsTheLongestAllowedIsRead() throws Exception {
        // July 1 to August 31: 62 days, the longest a period may be; one day more is refused
        assertThat(QuietWeeksFile.parse("July 1 to August 31").periods()).containsExactly(period(7, 1, 8, 31));
        assertThat(problems("June 30 to August 31")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("63 days"));
    }

    @Test
    void isReadWithTheFolderAndWatchedByTheLiveReload() {
        assertThat(RuleSource.isRulesFile(QuietWeeksFile.FILE)).isTrue();
    }
}
