package com.followupadvisor.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule may call, checked when the rules compile: the fact model (the application, the
 * recommendation, texts, dates, action codes and channels), the engine's own recording API
 * ({@code insert}, {@code insertLogical}, {@code modify}, {@code delete}), the types the rules'
 * declarations make, and plain values (text, numbers, dates and times, lists and maps). Anything
 * else ({@code System}, {@code Runtime}, threads, files, the network, reflection, class loaders) is
 * a compile error at its place, in plain words.
 *
 * <p>Two checks, because the engine compiles a rule in two ways. The {@code then} parts, the
 * {@code eval}s and the functions become Java classes: every class and member their bytecode names
 * is checked, so no spelling of a name gets past. The conditions are expressions evaluated by the
 * engine without classes of their own: their text is checked for the names that reach outside
 * (a class named by its package, {@code System}, {@code getClass} and the like). The check is the
 * first line of defence; the time limit and the memory guard ({@link EvaluationWatchdog}) and the
 * exit guard ({@link ExitGuard}) are the second.
 */
final class RuleCalls {

    static final String GUIDE = "docs/rule-authoring.md, \"What a rule can use\"";

    /** Classes of java.lang a rule may use; the rest (System, Runtime, Thread, Class, ...) reach outside. */
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "StringBuilder", "StringBuffer", "CharSequence",
            "Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double", "Character", "Number", "Math", "StrictMath",
            "Comparable", "Iterable", "Enum", "Record", "Void", "Exception", "RuntimeException", "IllegalArgumentException",
            "IllegalStateException", "ArithmeticException", "NullPointerException", "IndexOutOfBoundsException",
            "UnsupportedOperationException", "NumberFormatException", "ClassCastException", "ClassNotFoundException",
            "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs");
    /** Packages a rule may use whole: values and their formats. */
    private static final List<String> PACKAGES = List.of("java.time.", "java.util.function.", "java.util.stream.",
            "java.util.regex.", "java.math.", "java.text.", "com.followupadvisor.advice.");
    /** Classes of java.util (and no subpackage) a rule may not use: they reach files, threads or services. */
    private static final Set<String> JAVA_UTIL_DENIED = Set.of("ServiceLoader", "Timer", "TimerTask", "Scanner",
            "Properties", "ResourceBundle", "PropertyResourceBundle", "PropertyPermission");
    /** Single classes a rule may use outside those packages. */
    private static final Set<String> CLASSES = Set.of("com.followupadvisor.state.Channel", "com.followupadvisor.state.Outcome",
            "com.followupadvisor.state.InterviewFormat",
            // the engine's recording API: `drools` in a then part, fact handles, and what modify passes
            "org.drools.core.rule.consequence.KnowledgeHelper", "org.kie.api.runtime.rule.FactHandle",
            "org.drools.util.bitmask.BitMask", "org.drools.util.bitmask.AllSetButLastBitMask",
            "org.drools.util.bitmask.AllSetBitMask", "org.drools.util.bitmask.EmptyBitMask",
            "org.drools.util.bitmask.LongBitMask", "org.drools.util.bitmask.OpenBitSet",
            "org.drools.util.bitmask.EmptyButLastBitMask",
            // how a function's class is made (it can be written out), and the Java compiler's own
            // plumbing for lambdas and string concatenation
            "java.io.Externalizable", "java.io.Serializable", "java.io.IOException", "java.io.ObjectInput",
            "java.io.ObjectOutput", "java.lang.invoke.LambdaMetafactory", "java.lang.invoke.StringConcatFactory",
            "java.lang.invoke.MethodHandles$Lookup", "java.lang.invoke.MethodType", "java.lang.invoke.CallSite",
            "java.lang.invoke.MethodHandle");

    private RuleCalls() {
    }

    /** Whether a rule may use the class {@code name} (binary, with dots: {@code java.util.Map$Entry}). */
    static boolean allowed(String name, Set<String> rulePackages) {
        String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        int dot = outer.lastIndexOf('.');
        String pkg = dot < 0 ? "" : outer.substring(0, dot);
        String simple = outer.substring(dot + 1);
        if (CLASSES.contains(name) || CLASSES.contains(outer) || rulePackages.contains(pkg)) {
            return true;
        }
        if (pkg.equals("java.lang")) {
            return JAVA_LANG.contains(simple);
        }
        if (pkg.equals("java.util")) {
            return !JAVA_UTIL_DENIED.contains(simple);
        }
        return PACKAGES.stream().anyMatch(p -> (pkg + ".").startsWith(p));
    }

    /** Every use of something a rule may not use, in the generated classes and in the rule text. */
    static List<RuleProblem> check(RuleCode code, RuleSource source, Set<String> rulePackages) {
        Map<String, RuleProblem> found = new LinkedHashMap<>();
        for (RuleProblem p : inText(source, rulePackages)) {
            found.putIfAbsent(p.file() + ":" + p.line(), p);
        }
        for (RuleCode.GeneratedClass c : code.classes()) {
            if (c.name().endsWith("Invoker")) {
                continue; // the engine's own wrapper around a rule's code, the same for every rule
            }
            String forbidden = firstForbidden(c.bytes(), rulePackages);
            if (forbidden != null) {
                RuleProblem p = located(c.origin(), forbidden, source);
                // the text check found it already, at its place
                found.putIfAbsent(p.file() + ":" + p.line(), p);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String explain(String what) {
        return "a rule may not use " + what + ": rules read the application and record advice, and cannot reach the "
                + "process, threads, files, the network or reflection (what they can use: " + GUIDE + ")";
    }

    /** The problem at the first mention of {@code forbidden} ("java.lang.System.exit") in its rule or function. */
    private static RuleProblem located(RuleCode.Origin origin, String forbidden, RuleSource source) {
        String text = source.drl().get(origin.file());
        if (text != null && origin.line() > 0) {
            String[] lines = text.split("\\R", -1);
            String member = forbidden.contains("#") ? forbidden.substring(forbidden.indexOf('#') + 1) : null;
            String type = forbidden.contains("#") ? forbidden.substring(0, forbidden.indexOf('#')) : forbidden;
            String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
            for (int i = origin.line() - 1; i < lines.length; i++) {
                for (String word : member == null ? List.of(simple) : List.of(member, simple)) {
                    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lines[i]);
                    if (m.find()) {
                        return new RuleProblem(origin.file(), i + 1, m.start() + 1, explain(shown(forbidden)) + ", in " + origin.what());
                    }
                }
                if (i > origin.line() - 1 && lines[i].matches("\\s*end\\s*")) {
                    break;
                }
            }
        }
        return new RuleProblem(origin.file(), Math.max(origin.line(), 0), origin.line() > 0 ? 1 : 0,
                explain(shown(forbidden)) + ", in " + origin.what());
    }

    private static String shown(String forbidden) {
        return forbidden.replace('#', '.').replace('$', '.');
    }

    // ---- the generated classes -------------------------------------------------------------------

    /**
     * The first class or member the class file names that a rule may not use, as
     * {@code java.lang.System} or {@code java.lang.System#exit}; null when there is none. Every class
     * it names (as an owner, a new object, a cast or a literal) and every type in a signature must be
     * allowed; no method may be called on a {@code Class}, and no {@code getClass} anywhere.
     */
    static String firstForbidden(byte[] classFile, Set<String> rulePackages) {
        ByteBuffer in = ByteBuffer.wrap(classFile);
        in.position(8);
        int count = in.getShort() & 0xffff;
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        int[][] memberRefs = new int[count][];
        int[] nameAndType = new int[count * 2];
        List<Integer> classes = new ArrayList<>();
        List<Integer> descriptors = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.get() & 0xff;
            switch (tag) {
                case 1 -> {
                    byte[] bytes = new byte[in.getShort() & 0xffff];
                    in.get(bytes);
                    utf8[i] = new String(bytes, StandardCharsets.UTF_8); // modified UTF-8; names here are ASCII
                }
                case 7 -> {
                    classIndex[i] = in.getShort() & 0xffff;
                    classes.add(i);
                }
                case 9, 10, 11 -> memberRefs[i] = new int[] {in.getShort() & 0xffff, in.getShort() & 0xffff};
                case 12 -> {
                    nameAndType[2 * i] = in.getShort() & 0xffff;
                    nameAndType[2 * i + 1] = in.getShort() & 0xffff;
                    descriptors.add(nameAndType[2 * i + 1]);
                }
                case 16 -> descriptors.add(in.getShort() & 0xffff); // MethodType
                case 8, 19, 20 -> in.getShort();
                case 3, 4 -> in.getInt();
                case 5, 6 -> {
                    in.getLong();
                    i++;
                }
                case 15 -> {
                    in.get();
                    in.getShort();
                }
                case 17, 18 -> in.getInt();
                default -> {
                    return "a class file the check cannot read (constant " + tag + ")";
                }
            }
        }
        for (int i = 1; i < count; i++) {
            if (memberRefs[i] != null) {
                String owner = typeName(utf8[classIndex[memberRefs[i][0]]]);
                String member = utf8[nameAndType[2 * memberRefs[i][1]]];
                if (NO_MEMBERS.contains(owner) || member.equals("getClass")) {
                    return owner + "#" + member;
                }
            }
        }
        for (int i : classes) {
            String name = typeName(utf8[classIndex[i]]);
            if (name != null && !NO_MEMBERS.contains(name) && !allowed(name, rulePackages)) {
                return name;
            }
        }
        for (int d : descriptors) {
            Matcher m = DESCRIPTOR_TYPE.matcher(utf8[d]);
            while (m.find()) {
                String name = m.group(1).replace('/', '.');
                if (!NO_MEMBERS.contains(name) && !allowed(name, rulePackages)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * Classes a rule's code may name but not call into: {@code modify} passes a fact's class to the
     * engine, and a lambda's class file names MethodHandles as the outer class of the Lookup the JVM
     * hands its bootstrap; calling a method of either is reflection.
     */
    private static final Set<String> NO_MEMBERS = Set.of("java.lang.Class", "java.lang.invoke.MethodHandles");

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([^;<]+)[;<]");

    /** A class entry's class (an array's element class), with dots; null for an array of primitives. */
    private static String typeName(String internal) {
        String name = internal;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.length() == 1) {
            return null;
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.replace('/', '.');
    }

    // ---- the rule text ---------------------------------------------------------------------------

    /** Names of java.lang, and members, that reach outside however they are written. */
    private static final Pattern OUTSIDE = Pattern.compile("\\b(System|Runtime|Thread|ThreadGroup|ThreadLocal|"
            + "InheritableThreadLocal|ProcessBuilder|ProcessHandle|ClassLoader|Class|StackWalker|SecurityManager|"
            + "Throwable|Error|ThreadDeath|getClass|getClassLoader|forName)\\b"
            + "|\\.\\s*(class)\\b");
    /** A class named with its package, in an import or in code. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:java|javax|jdk|sun|com|org|net|io)(?:\\s*\\.\\s*\\w+)+)");
    private static final Pattern MVEL = Pattern.compile("\\bdialect\\s+\"mvel\"");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** The packages the rule files declare, but for those of Java and of the service itself. */
    static Set<String> packagesOf(RuleSource source) {
        Set<String> packages = new java.util.TreeSet<>();
        source.drl().values().forEach(text -> {
            Matcher m = PACKAGE.matcher(codeOnly(text));
            while (m.find()) {
                packages.add(m.group(1));
            }
        });
        packages.removeIf(p -> p.matches("(java|javax|jdk|sun|com\\.sun|org|com\\.followupadvisor)(\\..*)?"));
        return packages;
    }

    static List<RuleProblem> inText(RuleSource source, Set<String> rulePackages) {
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
                            explain(what)));
                    continue;
                }
                Matcher qualified = QUALIFIED.matcher(line);
                while (qualified.find()) {
                    String name = qualified.group(1).replaceAll("\\s+", "");
                    if (name.startsWith("com.followupadvisor.") || name.startsWith("java.")) {
                        String type = classPart(name);
                        if (type == null || allowed(type, rulePackages) || allowedPackage(name)) {
                            continue;
                        }
                    }
                    problems.add(new RuleProblem(file, i + 1, qualified.start(1) + 1, explain(name)));
                    break;
                }
            }
        });
        return problems;
    }

    /** {@code java.util.*} and {@code java.time} in an import: a package a rule may use. */
    private static boolean allowedPackage(String name) {
        return PACKAGES.stream().anyMatch(p -> (name + ".").startsWith(p) || p.startsWith(name + "."))
                && !name.equals("com.followupadvisor") && !name.equals("java");
    }

    /** The class in a qualified name ({@code java.time.LocalDate.of} gives {@code java.time.LocalDate}), or null. */
    private static String classPart(String name) {
        String[] parts = name.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                String outer = pkg + parts[i];
                // a nested class: Map.Entry is java.util.Map$Entry
                return i + 1 < parts.length && Character.isUpperCase(parts[i + 1].charAt(0)) ? outer + "$" + parts[i + 1] : outer;
            }
            pkg.append(parts[i]).append('.');
        }
        return null;
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
