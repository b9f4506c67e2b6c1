package com.followupadvisor.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The allow-list says what it means: a misspelt class or member would silently refuse what the
 * review allowed, or let through what it refused, so every name on it must exist.
 */
class AllowListTest {

    @Test
    void everyClassOnTheListExists() {
        List<String> missing = new ArrayList<>();
        AllowList.entries().forEach((name, entry) -> {
            if (name.endsWith("/*")) {
                return; // a package: its classes are whatever it has
            }
            if (load(name) == null) {
                missing.add(name);
            }
        });
        assertThat(missing).as("classes on the list that do not exist").isEmpty();
    }

    @Test
    void everyMemberTheListNamesExistsOnItsClass() {
        List<String> missing = new ArrayList<>();
        AllowList.entries().forEach((name, entry) -> {
            Class<?> type = name.endsWith("/*") ? null : load(name);
            if (type == null) {
                return;
            }
            Set<String> members = memberNames(type);
            Stream.concat(entry.members().stream(), entry.refused().keySet().stream())
                    .filter(m -> !members.contains(m))
                    .forEach(m -> missing.add(name + "." + m));
        });
        assertThat(missing).as("members on the list that their class does not have").isEmpty();
    }

    @Test
    void everyGroupSaysWhyInOneLine() {
        AllowList.entries().values().forEach(e -> assertThat(e.group()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void whatTheFindingReachedIsRefusedAndItsNeighboursAllowed() {
        assertThat(AllowList.nameable("java/util/Formatter")).isFalse();
        assertThat(AllowList.nameable("java/util/TimeZone")).isFalse();
        assertThat(AllowList.allows("java/util/Locale", "setDefault")).isFalse();
        assertThat(AllowList.allows("java/util/Locale", "GERMAN")).isTrue();
        assertThat(AllowList.allows("java/util/stream/LongStream", "parallel")).isFalse();
        assertThat(AllowList.allows("java/util/stream/LongStream", "sum")).isTrue();
        assertThat(AllowList.allows("java/util/ArrayList", "parallelStream")).isFalse();
        assertThat(AllowList.allows("java/util/ArrayList", "stream")).isTrue();
        assertThat(AllowList.nameable("java/util/concurrent/ForkJoinPool")).isFalse();
        // catching Throwable would also catch the service stopping a rule that runs too long
        assertThat(AllowList.usable("java/lang/Throwable")).isTrue();
        assertThat(AllowList.catchable("java/lang/Throwable")).isFalse();
        assertThat(AllowList.catchable("java/lang/IllegalStateException")).isTrue();
    }

    private static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, AllowListTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The names of the public and protected methods and fields the class has or inherits. */
    private static Set<String> memberNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Stream.of(c.getDeclaredMethods(), c.getDeclaredFields()).flatMap(Stream::of).map(Member.class::cast)
                    .filter(m -> Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()))
                    .forEach(m -> names.add(m.getName()));
        }
        Stream.of(type.getMethods()).forEach(m -> names.add(m.getName()));
        return names;
    }
}
