package com.followupadvisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The packages depend on each other one way, read from the compiled classes with ArchUnit: each
 * package uses only those listed for it below, so no arrow runs back up (the rules know nothing of
 * HTTP, the state model nothing of the rules, the live reload nothing of the command-line check).
 * Each package says its one job, and stays small enough to read.
 */
class PackageDependenciesTest {

    private static final String ROOT = "com.followupadvisor";
    private static final Path MAIN = Path.of("src/main/java/com/followupadvisor");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** What each package may use, besides itself; lowest first. */
    private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            Map.entry("config", List.of()),
            Map.entry("state", List.of()),
            Map.entry("calendar", List.of()),
            Map.entry("advice", List.of("calendar")),
            Map.entry("history", List.of("calendar", "state", "advice")),
            Map.entry("wording", List.of("calendar", "history", "advice", "state")),
            Map.entry("rules.cache", List.of()),
            Map.entry("rules.folder", List.of("calendar", "advice", "state", "wording")),
            Map.entry("rules.sandbox", List.of("rules.folder", "advice", "state")),
            Map.entry("rules.engine", List.of("calendar", "rules.folder", "rules.sandbox", "rules.cache", "advice", "state", "wording")),
            Map.entry("advising", List.of("calendar", "history", "rules.engine", "rules.folder", "rules.sandbox", "advice", "state", "wording", "config")),
            Map.entry("scenarios", List.of("calendar", "history", "advising", "rules.engine", "rules.folder", "advice", "state", "wording", "config")),
            Map.entry("rules.release", List.of("scenarios", "advising", "rules.engine", "rules.folder", "config")),
            Map.entry("answers", List.of("calendar", "history", "rules.release", "advising", "rules.engine", "rules.folder", "advice", "state",
                    "wording", "config")),
            Map.entry("authoring.accept", List.of("scenarios", "advising", "rules.engine", "rules.folder", "advice", "state",
                    "history", "wording", "config")),
            Map.entry("authoring", List.of("authoring.accept", "docs", "calendar", "history", "scenarios", "advising", "rules.engine", "rules.folder", "rules.sandbox", "advice",
                    "state", "wording", "config")),
            Map.entry("docs", List.of("api", "advising", "history", "state", "rules.engine", "rules.folder", "advice", "wording",
                    "config")),
            Map.entry("http", List.of("state", "config")),
            Map.entry("api.openapi", List.of("history", "state")),
            Map.entry("api.mcp", List.of("api", "http", "answers", "advising", "history", "rules.engine", "advice", "state", "wording",
                    "config")),
            Map.entry("api", List.of("api.openapi", "history", "http", "answers", "rules.release", "advising", "rules.engine",
                    "rules.folder", "advice", "state", "wording", "config")));

    @Test
    void eachPackageUsesOnlyWhatItMay() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String pkg : MAY_USE.keySet()) {
            layers = layers.layer(pkg).definedBy(ROOT + "." + pkg);
        }
        for (Map.Entry<String, List<String>> entry : MAY_USE.entrySet()) {
            layers = entry.getValue().isEmpty()
                    ? layers.whereLayer(entry.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(entry.getKey()).mayOnlyAccessLayers(entry.getValue().toArray(String[]::new));
        }
        layers.check(CLASSES);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theLiveReloadNeedsNothingFromTheCommandLineCheck() {
        noClasses().that().resideInAPackage(ROOT + ".rules.release..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".authoring..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiKnowsTheApi() {
        // docs: the documents show the API's answers, so checking them reads the API's bodies
        noClasses().that().resideOutsideOfPackages(ROOT + ".api..", ROOT + ".docs..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".api..")
                .check(CLASSES);
    }

    @Test
    void everyPackageIsListedAndSaysItsOneJob() throws IOException {
        List<String> packages;
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            packages = dirs.filter(Files::isDirectory).filter(PackageDependenciesTest::holdsJava)
                    .map(d -> MAIN.relativize(d).toString().replace('/', '.')).toList();
        }
        for (String pkg : packages) {
            Path info = MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertThat(info).as(pkg.isEmpty() ? "the root package" : pkg).exists();
            assertThat(Files.readString(info)).as(pkg).containsPattern("/\\*\\*\\s[\\s\\S]+\\*/");
            if (!pkg.isEmpty() && !pkg.equals("rules")) {
                assertThat(MAY_USE).as("the packages this test knows").containsKey(pkg);
            }
        }
    }

    /** A package a newcomer can take in: at most 25 files and 2,000 lines. */
    @Test
    void noPackageGrowsPastWhatOnePersonReads() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                List<Path> files;
                try (Stream<Path> list = Files.list(dir)) {
                    files = list.filter(f -> f.toString().endsWith(".java")).toList();
                }
                long lines = 0;
                for (Path file : files) {
                    lines += Files.readAllLines(file).size();
                }
                assertThat(files).as(dir + ": files").hasSizeLessThanOrEqualTo(25);
                assertThat(lines).as(dir + ": lines").isLessThanOrEqualTo(2_000);
            }
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
