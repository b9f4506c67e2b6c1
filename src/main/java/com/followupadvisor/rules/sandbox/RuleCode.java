package com.followupadvisor.rules.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.factmodel.ClassDefinition;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleSource;

/**
 * The Java a rule set was compiled to: each class the engine generated from a rule's {@code then}
 * part or {@code eval}, or from a DRL {@code function}, with its bytes and the rule or function it
 * came from; and the types the rules declare. It lets the rules be checked for what they call
 * ({@link RuleCalls}) and lets a failure deep in generated code be told in the rule author's terms
 * ({@link #whereIn}).
 */
public final class RuleCode {

    /** Where a generated class came from: {@code rule "name"} or {@code function name}, at its place. */
    public record Origin(String what, String file, int line) {
        @Override
        public String toString() {
            return what + (file.isEmpty() ? "" : " (" + file + ":" + line + ")");
        }
    }

    /**
     * One generated class: its binary name (dots), its bytes and its origin. {@code engineWrapper}:
     * one of the engine's own invokers around a rule's code, the same for every rule, which calls
     * into the engine and is not the rule author's.
     */
    public record GeneratedClass(String name, byte[] bytes, Origin origin, boolean engineWrapper) {
    }

    /**
     * A type a rule file declares ({@code declare ReferenceDate ... end}), which the engine makes
     * into a class: its binary name, its superclass and interfaces (binary names), where it is
     * declared. Only its supertypes matter to the check: the engine writes its members.
     */
    record DeclaredType(String name, String superclass, List<String> interfaces, Origin origin) {
    }

    private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:trait\\s+|enum\\s+)?(?:[\\w.]*\\.)?(\\w+)");
    private static final String CONSEQUENCE = "DefaultConsequenceInvoker";

    private final List<GeneratedClass> classes;
    private final List<DeclaredType> declaredTypes;
    /** A rule's generated classes share their name's start: the rule's class name. */
    private final Map<String, Origin> byPrefix;

    private RuleCode(List<GeneratedClass> classes, List<DeclaredType> declaredTypes, Map<String, Origin> byPrefix) {
        this.classes = List.copyOf(classes);
        this.declaredTypes = List.copyOf(declaredTypes);
        this.byPrefix = byPrefix;
    }

    public static RuleCode of(KieBase kieBase, RuleSource source, List<RuleInfo> catalogue) {
        Map<String, Origin> byPrefix = new TreeMap<>();
        Map<String, Origin> functions = functions(source);
        List<GeneratedClass> classes = new ArrayList<>();
        List<DeclaredType> declared = new ArrayList<>();
        Map<String, Origin> declarations = declarations(source);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.getConsequence() != null) {
                    String invoker = impl.getConsequence().getClass().getName();
                    if (invoker.endsWith(CONSEQUENCE)) {
                        byPrefix.put(invoker.substring(0, invoker.length() - CONSEQUENCE.length()), origin(rule.getName(), catalogue));
                    }
                }
            }
            if (pkg instanceof InternalKnowledgePackage internal
                    && internal.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData java) {
                java.getStore().forEach((path, bytes) -> {
                    if (path.endsWith(".class")) {
                        String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                        Origin origin = originOf(name, byPrefix, functions);
                        classes.add(new GeneratedClass(name, bytes, origin, engineWrapper(name, origin, functions)));
                    }
                });
            }
            if (pkg instanceof InternalKnowledgePackage internal) {
                for (TypeDeclaration type : internal.getTypeDeclarations().values()) {
                    ClassDefinition definition = type.getTypeClassDef();
                    // a DECLARATION only adds metadata to a class that exists; a DEFINITION makes one
                    if (type.getNature() == TypeDeclaration.Nature.DEFINITION && definition != null) {
                        String name = definition.getClassName();
                        String simple = name.substring(name.lastIndexOf('.') + 1);
                        declared.add(new DeclaredType(name,
                                definition.getSuperClass() == null ? "java.lang.Object" : definition.getSuperClass(),
                                definition.getInterfaces() == null ? List.of() : List.of(definition.getInterfaces()),
                                declarations.getOrDefault(simple, new Origin("declare " + simple, "", 0))));
                    }
                }
            }
        }
        classes.sort(java.util.Comparator.comparing(GeneratedClass::name));
        declared.sort(java.util.Comparator.comparing(DeclaredType::name));
        return new RuleCode(classes, declared, byPrefix);
    }

    /**
     * Whether a generated class is one of the engine's invokers: named so, and named after a rule.
     * A function's class is named after the function, so a function called {@code xInvoker}, or
     * after a rule's class name, is not taken for one.
     */
    private static boolean engineWrapper(String name, Origin origin, Map<String, Origin> functions) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return name.endsWith("Invoker") && origin.what().startsWith("rule ")
                && !functions.containsKey(simple.toLowerCase(java.util.Locale.ROOT));
    }

    public List<GeneratedClass> classes() {
        return classes;
    }

    List<DeclaredType> declaredTypes() {
        return declaredTypes;
    }

    /** The origin of the generated class {@code name}, or null when it is not one of this set's. */
    Origin originOf(String name) {
        for (GeneratedClass c : classes) {
            if (c.name().equals(name)) {
                return c.origin();
            }
        }
        return null;
    }

    /**
     * Where in the rules a thread was, from its stack: the origins of its frames in this set's
     * generated code (a rule's then part or eval, a function), innermost first, each once; empty
     * when no frame is in it (the engine was matching conditions written as expressions).
     */
    public List<Origin> whereIn(StackTraceElement[] stack) {
        List<Origin> chain = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            Origin origin = originOf(frame.getClassName());
            if (origin != null && !chain.contains(origin)) {
                chain.add(origin);
            }
        }
        return chain;
    }

    /** The first rule in a chain from {@link #whereIn}, or null. */
    static Origin ruleIn(List<Origin> chain) {
        return chain.stream().filter(o -> o.what().startsWith("rule ")).findFirst().orElse(null);
    }

    private static Origin originOf(String className, Map<String, Origin> byPrefix, Map<String, Origin> functions) {
        String best = null;
        for (String prefix : byPrefix.keySet()) {
            if (className.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best != null) {
            return byPrefix.get(best);
        }
        // a function's class is named after it, with a capital first letter; its inline classes after that
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
        Origin function = functions.get(outer.toLowerCase(java.util.Locale.ROOT));
        return function != null ? function : new Origin("generated code " + simple, "", 0);
    }

    /** The rule of this name, with its file and line from the catalogue when it is there. */
    public static Origin origin(String rule, List<RuleInfo> catalogue) {
        for (RuleInfo info : catalogue) {
            if (info.name().equals(rule)) {
                return new Origin("rule \"" + rule + "\"", info.file(), info.line());
            }
        }
        return new Origin("rule \"" + rule + "\"", "", 0);
    }

    /** Every declared type, by its simple name, at the line it is declared on. */
    private static Map<String, Origin> declarations(RuleSource source) {
        Map<String, Origin> declarations = new TreeMap<>();
        source.drl().forEach((file, text) -> {
            Matcher m = DECLARE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                declarations.putIfAbsent(m.group(1), new Origin("declare " + m.group(1), file, line));
            }
        });
        return declarations;
    }

    /** Every DRL function, by its name in lower case, at the line it is declared on. */
    private static Map<String, Origin> functions(RuleSource source) {
        Map<String, Origin> functions = new TreeMap<>();
        source.drl().forEach((file, text) -> {
            Matcher m = FUNCTION.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                functions.put(m.group(1).toLowerCase(java.util.Locale.ROOT), new Origin("function " + m.group(1), file, line));
            }
        });
        return functions;
    }
}
