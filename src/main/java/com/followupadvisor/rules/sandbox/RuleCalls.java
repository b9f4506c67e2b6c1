package com.followupadvisor.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.objectweb.asm.ClassReader;

import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.rules.folder.RuleSource;
import com.followupadvisor.rules.sandbox.ClassUses.Refusal;

/**
 * What a rule may call, checked when the rules compile: only what the reviewed list allows
 * ({@link AllowList}): the fact model (the application, the recommendation, texts, dates, action
 * codes and channels), the engine's own recording API ({@code insert}, {@code insertLogical},
 * {@code modify}, {@code delete}), the types the rules declare, and pure JDK values (text, numbers,
 * dates and times, lists and maps, sequential streams), each class with the members a rule may
 * use. Anything else ({@code System}, {@code Runtime}, threads, files, the network, reflection,
 * class loaders, what changes the JVM's defaults, parallel streams) is a compile error at its
 * place, in plain words.
 *
 * <p>Two checks, because the engine compiles a rule in two ways. The {@code then} parts, the
 * {@code eval}s and the functions become Java classes: every class and member their bytecode names
 * is checked ({@link ClassUses}, with ASM), so no spelling of a name gets past. The conditions are
 * expressions evaluated by the engine without classes of their own, and so are a declared type's
 * initial values: their text is checked for the names that reach outside (a class named by its
 * package, {@code System}, {@code getClass} and the like), for the classes the file's imports make
 * its simple names mean, and for the members refused on every class. The check is the first line
 * of defence; the time limit and the memory guard ({@link EvaluationWatchdog}) and the exit guard
 * ({@link ExitGuard}) are the second.
 */
public final class RuleCalls {

    static final String GUIDE = "docs/rule-authoring.md, \"What a rule can use\"";

    /** Why a class that is not on the list is refused, when the list has nothing more specific to say. */
    private static final String NOT_ON_THE_LIST = "rules read the application and record advice with the plain values on the "
            + "list, and cannot reach the process, threads, files, the network or reflection";

    /** The service's own classes and the JDK's: what a rule's package may not take a name from. */
    private static final ClassLoader SERVICE = RuleCalls.class.getClassLoader();

    private RuleCalls() {
    }

    /** Every use of something a rule may not use, in the generated classes and in the rule text. */
    public static List<RuleProblem> check(RuleCode code, RuleSource source) {
        Map<String, RuleProblem> found = new LinkedHashMap<>();
        for (RuleProblem p : namedInText(source)) {
            found.putIfAbsent(p.file() + ":" + p.line(), p);
        }
        ClassUses.RulesOwn own = own(code);
        for (RuleCode.DeclaredType type : code.declaredTypes()) {
            Refusal refusal = ClassUses.supertypesRefused(internal(type.superclass()),
                    type.interfaces().stream().map(RuleCalls::internal).toList(), own);
            if (refusal != null) {
                RuleProblem p = located(type.origin(), refusal, source);
                found.putIfAbsent(p.file() + ":" + p.line(), p);
            }
        }
        for (RuleCode.GeneratedClass c : code.classes()) {
            if (c.engineWrapper()) {
                continue;
            }
            Refusal refusal = ClassUses.firstRefused(c.bytes(), own);
            if (refusal != null) {
                RuleProblem p = located(c.origin(), refusal, source);
                // the text check found it already, at its place
                found.putIfAbsent(p.file() + ":" + p.line(), p);
            }
        }
        // after the compiled classes' problems: at the same line, theirs name the rule or function
        for (RuleProblem p : resolvedInText(source)) {
            found.putIfAbsent(p.file() + ":" + p.line(), p);
        }
        return new ArrayList<>(found.values());
    }

    /** The problems the rule text alone shows: all there is to check when the rules did not compile. */
    public static List<RuleProblem> inText(RuleSource source) {
        Map<String, RuleProblem> found = new LinkedHashMap<>();
        for (RuleProblem p : namedInText(source)) {
            found.putIfAbsent(p.file() + ":" + p.line(), p);
        }
        for (RuleProblem p : resolvedInText(source)) {
            found.putIfAbsent(p.file() + ":" + p.line(), p);
        }
        return new ArrayList<>(found.values());
    }

    private static String explain(String what, String reason) {
        return "a rule may not use " + what + ": " + (reason != null ? reason : NOT_ON_THE_LIST) + " (what they can use: "
                + GUIDE + ")";
    }

    /**
     * The classes the rule set made, with their supertypes: its generated classes and its declared
     * types. A name that a class of the service or of Java already has is not the rules' own,
     * whatever package a rule file declares: {@code package io.quarkus.runtime;} gives a rule no
     * right to Quarkus's classes.
     */
    private static ClassUses.RulesOwn own(RuleCode code) {
        Map<String, List<String>> supertypes = new HashMap<>();
        for (RuleCode.GeneratedClass c : code.classes()) {
            ClassReader header = new ClassReader(c.bytes());
            List<String> supers = new ArrayList<>();
            if (header.getSuperName() != null) {
                supers.add(header.getSuperName());
            }
            supers.addAll(List.of(header.getInterfaces()));
            supertypes.put(internal(c.name()), supers);
        }
        for (RuleCode.DeclaredType t : code.declaredTypes()) {
            List<String> supers = new ArrayList<>();
            supers.add(internal(t.superclass()));
            t.interfaces().forEach(i -> supers.add(internal(i)));
            supertypes.put(internal(t.name()), supers);
        }
        supertypes.keySet().removeIf(RuleCalls::onTheServicePath);
        return new ClassUses.RulesOwn() {
            @Override
            public boolean isOwn(String internalName) {
                return supertypes.containsKey(internalName);
            }

            @Override
            public List<String> supertypes(String internalName) {
                return supertypes.getOrDefault(internalName, List.of());
            }
        };
    }

    /** Whether the service or Java has a class of this name (internal); the JDK's asked of twice, whatever the loader. */
    private static boolean onTheServicePath(String internalName) {
        String file = internalName + ".class";
        return SERVICE.getResource(file) != null || ClassLoader.getPlatformClassLoader().getResource(file) != null;
    }

    private static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }

    /** The problem at the first mention of what is refused ("java.lang.System#exit") in its rule or function. */
    private static RuleProblem located(RuleCode.Origin origin, Refusal refusal, RuleSource source) {
        String forbidden = refusal.what();
        String message = explain(shown(forbidden), refusal.reason()) + ", in " + origin.what();
        String text = source.drl().get(origin.file());
        if (text != null && origin.line() > 0) {
            // in the code only: a rule's name may hold the very word
            String[] lines = codeOnly(text).split("\n", -1);
            String member = forbidden.contains("#") ? forbidden.substring(forbidden.indexOf('#') + 1) : null;
            String type = forbidden.contains("#") ? forbidden.substring(0, forbidden.indexOf('#')) : forbidden;
            String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
            // the member first, anywhere in the rule: "List" is on more lines than "spliterator"
            for (String word : member == null ? List.of(simple) : List.of(member, simple)) {
                Pattern mention = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
                for (int i = origin.line() - 1; i < lines.length; i++) {
                    Matcher m = mention.matcher(lines[i]);
                    if (m.find()) {
                        return new RuleProblem(origin.file(), i + 1, m.start() + 1, message);
                    }
                    if (i > origin.line() - 1 && lines[i].matches("\\s*end\\s*")) {
                        break;
                    }
                }
            }
        }
        return new RuleProblem(origin.file(), Math.max(origin.line(), 0), origin.line() > 0 ? 1 : 0, message);
    }

    private static String shown(String forbidden) {
        return forbidden.replace('#', '.').replace('$', '.');
    }

    // ---- the rule text: names that reach outside however they are written -----------------------

    /** Names of java.lang, and members, that reach outside however they are written. */
    private static final Pattern OUTSIDE = Pattern.compile("\\b(System|Runtime|Thread|ThreadGroup|ThreadLocal|"
            + "InheritableThreadLocal|ProcessBuilder|ProcessHandle|ClassLoader|Class|StackWalker|SecurityManager|"
            + "Throwable|Error|ThreadDeath|getClass|getClassLoader|forName)\\b"
            + "|\\.\\s*(class)\\b");
    /** A class named with its package, in an import or in code. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:java|javax|jdk|sun|com|org|net|io)(?:\\s*\\.\\s*\\w+)+)");
    private static final Pattern MVEL = Pattern.compile("\\bdialect\\s+\"mvel\"");

    private static List<RuleProblem> namedInText(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        source.drl().forEach((file, original) -> {
            String text = codeOnly(original);
            String[] lines = text.split("\n", -1);
            String[] originalLines = original.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                Matcher mvel = MVEL.matcher(i < originalLines.length ? originalLines[i] : "");
                if (mvel.find()) {
                    problems.add(new RuleProblem(file, i + 1, mvel.start() + 1, "a rule may not use the MVEL dialect: rules "
                            + "here are written in Java, the default, so that what they call can be checked (what they can use: "
                            + GUIDE + ")"));
                    continue;
                }
                Matcher outside = OUTSIDE.matcher(line);
                if (outside.find()) {
                    String word = outside.group(1) != null ? outside.group(1) : outside.group(2);
                    String what = word.equals("class") ? "a class itself (.class)"
                            : Character.isUpperCase(word.charAt(0)) ? word + " (java.lang." + word + ")" : word + "()";
                    problems.add(new RuleProblem(file, i + 1, (outside.group(1) != null ? outside.start(1) : outside.start(2)) + 1,
                            explain(what, null)));
                    continue;
                }
                Matcher qualified = QUALIFIED.matcher(line);
                while (qualified.find()) {
                    String name = qualified.group(1).replaceAll("\\s+", "");
                    String[] refused = refusedQualified(name);
                    if (refused != null) {
                        problems.add(new RuleProblem(file, i + 1, qualified.start(1) + 1, explain(refused[0], refused[1])));
                        break;
                    }
                }
            }
        });
        return problems;
    }

    /**
     * Whether a name written with its package is refused: {@code {what, reason}}, or null when a
     * rule may use it. Of Java's and the service's names, a package alone ({@code import java.util.*})
     * passes, as the classes its simple names then mean are checked where they are used; a class
     * must be on the list, and so must the member that follows it ({@code java.util.Locale.GERMAN}
     * passes, {@code java.util.Locale.setDefault} does not). Any other package is refused whole.
     */
    private static String[] refusedQualified(String name) {
        if (!name.startsWith("com.followupadvisor.") && !name.startsWith("java.")) {
            return new String[] {name, null};
        }
        String[] parts = name.split("\\.");
        StringBuilder type = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || !Character.isUpperCase(parts[i].charAt(0))) {
                type.append(parts[i]).append('/');
                continue;
            }
            type.append(parts[i]);
            int next = i + 1;
            // a nested class: Map.Entry is java.util.Map$Entry
            while (next < parts.length && !parts[next].isEmpty() && Character.isUpperCase(parts[next].charAt(0))
                    && onTheServicePath(type + "$" + parts[next])) {
                type.append('$').append(parts[next++]);
            }
            if (!AllowList.nameable(type.toString())) {
                return new String[] {name, next < parts.length ? AllowList.refusedEverywhere(parts[next]) : null};
            }
            if (next < parts.length && !AllowList.allows(type.toString(), parts[next])) {
                return new String[] {name, AllowList.whyRefused(type.toString(), parts[next])};
            }
            return null;
        }
        return null; // a package
    }

    // ---- the rule text: what its simple names mean -------------------------------------------------

    /** A capitalised name not written after a dot or an {@code @}, and the names after it ({@code Locale.setDefault}). */
    private static final Pattern SIMPLE_NAME = Pattern.compile("(?<![\\w$.@])([A-Z][\\w$]*)((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)");
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(static\\s+|function\\s+|accumulate\\s+)?([\\w.]+?)(\\.\\*)?\\s*;?\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern DECLARED = Pattern.compile("\\bdeclare\\s+(?:trait\\s+|enum\\s+)?(?:[\\w.]*\\.)?(\\w+)");
    /** A call of a member refused on every class, whatever it is called on. */
    private static final Pattern REFUSED_CALL = Pattern.compile("(?<![\\w$])(" + String.join("|", new TreeSet<>(
            AllowList.refusedEverywhere())) + ")\\s*\\(");

    /**
     * The classes the simple names of the rule text mean, through the file's imports, its package
     * and java.lang, as Java resolves them; and calls of a member refused on every class. In a then
     * part the compiled class says the same with the rule's name, and comes first; in a condition,
     * or a declared type's initial value, this is the only check.
     */
    private static List<RuleProblem> resolvedInText(RuleSource source) {
        Set<String> declared = new TreeSet<>();
        source.drl().values().forEach(text -> {
            Matcher m = DECLARED.matcher(codeOnly(text));
            while (m.find()) {
                declared.add(m.group(1));
            }
        });
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Boolean> onPath = new HashMap<>();
        source.drl().forEach((file, original) -> {
            String[] lines = codeOnly(original).split("\n", -1);
            Map<String, String> single = new HashMap<>();
            List<String> wildcards = new ArrayList<>();
            String own = "";
            for (String line : lines) {
                Matcher imp = IMPORT.matcher(line);
                Matcher pkg = PACKAGE.matcher(line);
                if (imp.matches() && imp.group(1) == null) {
                    String name = imp.group(2);
                    if (imp.group(3) != null) {
                        wildcards.add(name);
                    } else {
                        single.put(name.substring(name.lastIndexOf('.') + 1), name);
                    }
                } else if (pkg.find()) {
                    own = pkg.group(1);
                }
            }
            Resolver resolver = new Resolver(single, own, declared, wildcards, onPath);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (IMPORT.matcher(line).matches() || PACKAGE.matcher(line).find()) {
                    continue; // what an import names is checked as a qualified name
                }
                RuleProblem problem = null;
                Matcher m = SIMPLE_NAME.matcher(line);
                while (problem == null && m.find()) {
                    String type = resolver.resolve(m.group(1));
                    String[] refused = type == null ? null : refusedUse(type, m.group(2).split("\\s*\\.\\s*"), onPath);
                    if (refused != null) {
                        problem = new RuleProblem(file, i + 1, m.start(1) + 1, explain(refused[0], refused[1]));
                    }
                }
                Matcher call = REFUSED_CALL.matcher(line);
                if (problem == null && call.find()) {
                    problem = new RuleProblem(file, i + 1, call.start(1) + 1,
                            explain(call.group(1) + "()", AllowList.refusedEverywhere(call.group(1))));
                }
                if (problem != null) {
                    problems.add(problem);
                }
            }
        });
        return problems;
    }

    /** {@code {what, reason}} when the class, or the member after it, is refused; null when a rule may use them. */
    private static String[] refusedUse(String type, String[] after, Map<String, Boolean> onPath) {
        String current = type;
        // after[0] is empty: the text before the first dot
        for (int i = 1; i <= after.length; i++) {
            if (!AllowList.nameable(current)) {
                return new String[] {shown(current.replace('/', '.')), null};
            }
            if (i == after.length) {
                return null;
            }
            String next = current + "$" + after[i];
            if (Character.isUpperCase(after[i].charAt(0)) && onPath.computeIfAbsent(next, RuleCalls::onTheServicePath)) {
                current = next;
            } else if (!AllowList.allows(current, after[i])) {
                return new String[] {shown(current.replace('/', '.')) + "." + after[i], AllowList.whyRefused(current, after[i])};
            } else {
                return null;
            }
        }
        return null;
    }

    /** Java's order for a simple name: a single import, the file's package, java.lang, then the imports on demand. */
    private record Resolver(Map<String, String> single, String own, Set<String> declared, List<String> wildcards,
            Map<String, Boolean> onPath) {

        /** The class (internal name) the simple name means, or null: a name of the rules' own, or no class. */
        String resolve(String simple) {
            String imported = single.get(simple);
            if (imported != null) {
                return exists(imported.replace('.', '/'));
            }
            String inOwn = exists((own.isEmpty() ? "" : own.replace('.', '/') + "/") + simple);
            if (inOwn != null) {
                return inOwn; // a class of the service in the package a rule file claims
            }
            if (declared.contains(simple)) {
                return null;
            }
            String lang = exists("java/lang/" + simple);
            if (lang != null) {
                return lang;
            }
            for (String w : wildcards) {
                String prefix = w.replace('.', '/');
                // a class's nested classes (import java.util.Map.*) or a package's classes
                boolean ofAClass = Character.isUpperCase(prefix.charAt(prefix.lastIndexOf('/') + 1));
                String found = exists(prefix + (ofAClass ? "$" : "/") + simple);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private String exists(String internalName) {
            return onPath.computeIfAbsent(internalName, RuleCalls::onTheServicePath) ? internalName : null;
        }
    }

    /** The DRL with its comments and string literals blanked out, keeping every line and column. */
    static String codeOnly(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (; i < end; i++) {
                    out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < drl.length() && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    if (drl.charAt(i) == '\\' && i + 1 < drl.length() && drl.charAt(i + 1) != '\n') {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < drl.length() && drl.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c == '\r' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }
}
