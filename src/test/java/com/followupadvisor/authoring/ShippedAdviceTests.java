package com.followupadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

import com.followupadvisor.ShippedRules;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.scenarios.Scenario;
import com.followupadvisor.scenarios.ScenarioReader;

/**
 * The shipped-advice tests (every scenario, and the number-independent properties of
 * AdvicePropertiesTest) run on another copy of the rules: the one a rule author changed following
 * the README or the guide.
 */
final class ShippedAdviceTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final RulesCheck CHECK = new RulesCheck(CLOCK, ZoneId.of("UTC"), ShippedRules.ADVISOR);

    private ShippedAdviceTests() {
    }

    /** Each scenario of {@code rules} that does not pass there, with what differed. */
    static Map<String, List<String>> failures(Path rules) throws RuleLoadException {
        RuleSet ruleSet = new RuleSetLoader(CLOCK).load(rules);
        List<RuleProblem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ScenarioReader(ZoneId.of("UTC")).read(rules, problems);
        assertThat(problems).as("scenario files of %s", rules).isEmpty();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(10);
        Map<String, List<String>> failed = new TreeMap<>();
        for (Scenario scenario : scenarios) {
            List<String> differences = CHECK.run(ruleSet, scenario).differences();
            if (!differences.isEmpty()) {
                failed.put(scenario.file(), differences);
            }
        }
        return failed;
    }

    /**
     * The number-independent properties of AdvicePropertiesTest, on {@code copy}. That class loads its
     * rules once, in a static field, from {@code -Dproperties.rules}; so it is loaded afresh here, in a class
     * loader of its own (its package only; everything else is shared), with the property set for the load.
     */
    static Stream<DynamicTest> advicePropertiesOn(Path copy) throws Exception {
        Class<?> properties = isolatedAdvicePropertiesTest(copy);
        Object instance;
        {
            var constructor = properties.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        }
        List<Method> tests = Arrays.stream(properties.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).sorted(Comparator.comparing(Method::getName)).toList();
        assertThat(tests).as("the properties of AdvicePropertiesTest").hasSizeGreaterThanOrEqualTo(5);
        return tests.stream().map(method -> DynamicTest.dynamicTest(method.getName(), () -> {
            method.setAccessible(true);
            try {
                method.invoke(instance);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static Class<?> isolatedAdvicePropertiesTest(Path rules) throws Exception {
        String name = "com.followupadvisor.properties.AdvicePropertiesTest";
        URL testClasses = Class.forName(name).getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = ShippedAdviceTests.class.getClassLoader();
        @SuppressWarnings("resource") // kept open for the dynamic tests, which run after this method returns
        ClassLoader own = new URLClassLoader(new URL[] {testClasses}, parent) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (!className.startsWith("com.followupadvisor.properties.")) {
                    return super.loadClass(className, resolve);
                }
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    if (loaded == null) {
                        loaded = findClass(className);
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
            }
        };
        String before = System.getProperty("properties.rules");
        System.setProperty("properties.rules", rules.toString());
        try {
            Class<?> loaded = Class.forName(name, true, own);
            assertThat(loaded.getClassLoader()).isSameAs(own);
            Object ruleSet = field(loaded, "RULES");
            // the copy's version (which is rules/' own once a rule author has made the same edits there)
            assertThat(((RuleSet) ruleSet).version()).as("the properties' rules are the copy's")
                    .isEqualTo(new RuleSetLoader(CLOCK).load(rules).version());
            return loaded;
        } finally {
            if (before == null) {
                System.clearProperty("properties.rules");
            } else {
                System.setProperty("properties.rules", before);
            }
        }
    }

    private static Object field(Class<?> type, String name) throws ReflectiveOperationException {
        var field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
