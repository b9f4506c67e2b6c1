package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.followupadvisor.scenarios.StatePopulation;

/** The check's command line: --rules, --against, --population and --seed, and what a bad one gets. */
class CheckOptionsTest {

    private static final Path DEFAULT_RULES = Path.of("rules");

    private static CheckOptions parse(String... args) throws CheckOptions.UsageException {
        return CheckOptions.parse(args, DEFAULT_RULES);
    }

    @Test
    void withoutOptionsTheShippedRulesAreCheckedAlone() throws Exception {
        CheckOptions options = parse();

        assertThat(options.rules()).isEqualTo(DEFAULT_RULES);
        assertThat(options.against()).isNull();
        assertThat(options.help()).isFalse();
    }

    @Test
    void aComparisonMeasuresItsImpactOnTheDefaultPopulation() throws Exception {
        CheckOptions options = parse("--against", "../release/rules");

        assertThat(options.against()).isEqualTo("../release/rules");
        assertThat(options.population()).isEqualTo(CheckOptions.DEFAULT_POPULATION).isPositive();
        assertThat(options.seed()).isEqualTo(StatePopulation.DEFAULT_SEED);
    }

    @Test
    void againstAloneComparesWithTheLastCommit() throws Exception {
        assertThat(parse("--against").against()).isEqualTo(CheckOptions.HEAD);
        assertThat(parse("--against", "--population", "10").against()).isEqualTo(CheckOptions.HEAD);
        assertThat(parse("--against", "--population", "10").population()).isEqualTo(10);
    }

    @Test
    void againstATagKeepsItsName() throws Exception {
        assertThat(parse("--against", "v2.0", "--seed", "3").against()).isEqualTo("v2.0");
    }

    @Test
    void acceptIsReadAndStandsAlone() throws Exception {
        assertThat(parse("--accept").accept()).isTrue();
        assertThat(parse().accept()).isFalse();
        assertThatThrownBy(() -> parse("--accept", "--against", "v2.0"))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--accept");
    }

    @Test
    void populationAndSeedAreRead() throws Exception {
        CheckOptions options = parse("--rules", "mine", "--against", "theirs", "--population", "250", "--seed", "-42");

        assertThat(options).isEqualTo(new CheckOptions(Path.of("mine"), Path.of("theirs"), 250, -42, false));
    }

    @Test
    void aPopulationOfZeroSwitchesTheImpactOff() throws Exception {
        assertThat(parse("--against", "theirs", "--population", "0").population()).isZero();
    }

    @Test
    void theLargestPopulationIsAccepted() throws Exception {
        String largest = String.valueOf(CheckOptions.MAX_POPULATION);

        assertThat(parse("--against", "theirs", "--population", largest).population()).isEqualTo(CheckOptions.MAX_POPULATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "many", "1.5", "", "99999999999"})
    void aPopulationThatIsNotACountIsAUsageError(String value) {
        assertThatThrownBy(() -> parse("--against", "theirs", "--population", value))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--population");
    }

    @Test
    void aPopulationAboveTheLargestIsAUsageError() {
        String tooMany = String.valueOf(CheckOptions.MAX_POPULATION + 1);

        assertThatThrownBy(() -> parse("--against", "theirs", "--population", tooMany))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--population")
                .hasMessageContaining(String.valueOf(CheckOptions.MAX_POPULATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "1e3", "9223372036854775808"})
    void aSeedThatIsNotAWholeNumberIsAUsageError(String value) {
        assertThatThrownBy(() -> parse("--against", "theirs", "--seed", value))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--seed");
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertThatThrownBy(() -> parse("--against", "theirs", "--seed"))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--seed needs a value");
        assertThatThrownBy(() -> parse("--population"))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--population needs a value");
    }

    @Test
    void populationAndSeedWithoutAComparisonAreAUsageError() {
        assertThatThrownBy(() -> parse("--population", "10"))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--against");
        assertThatThrownBy(() -> parse("--seed", "10"))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("--against");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThatThrownBy(() -> parse("--populaton", "10"))
                .isInstanceOf(CheckOptions.UsageException.class).hasMessageContaining("Unknown option: --populaton");
    }

    @Test
    void theUsageNamesEveryOption() {
        assertThat(CheckOptions.USAGE).contains("--rules DIR", "--against DIR", "--against v2.0", "git tag", "--accept",
                "--population N", "--seed S");
    }

    /** The command itself: a bad value stops it with status 2 and the usage, before any rule is compiled. */
    @Test
    void theCommandExitsWithTwoOnABadValue() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CheckCommand.class.getName(), "--against", "rules", "--population", "-5"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ended").isTrue();
        assertThat(process.exitValue()).as(errors).isEqualTo(2);
        assertThat(errors).contains("--population must be a whole number").contains("Usage: ./check-rules");
    }
}
