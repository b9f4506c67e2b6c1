package com.followupadvisor.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

import com.followupadvisor.rules.cache.LookupCachingClassLoader;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.rules.folder.RuleSource;

/**
 * Compiles DRL text into a {@link KieBase} with the classic engine, or says exactly what is wrong.
 * It uses the engine's own builder directly: KieBuilder, around it, also writes a pom and a module
 * descriptor (with XStream), verifies the module and keeps it in a repository, which cost a tenth
 * of a cold compile and gave nothing here.
 */
public final class RuleCompiler {

    private static final String RESOURCES = "src/main/resources/advice/";
    private static final Pattern PARSER_POSITION = Pattern.compile("Line:? (\\d+)(?::|, Column: )(\\d+)");

    private static final ClassLoader CLASS_LOADER = new LookupCachingClassLoader(RuleCompiler.class.getClassLoader());

    private final ClassLoader classLoader = CLASS_LOADER;

    /** Compiles the rule files with {@code generated}: more DRL, by file name, that the loader wrote itself. */
    public KieBase compile(RuleSource source, Map<String, String> generated) throws RuleLoadException {
        Map<String, String> drl = new TreeMap<>(source.drl());
        drl.putAll(generated);
        try {
            return build(drl);
        } catch (RuntimeException crash) {
            // The compiler itself failed instead of reporting an error; find the file it trips on.
            throw new RuleLoadException(List.of(culprit(source, crash)));
        }
    }

    private RuleProblem culprit(RuleSource source, RuntimeException crash) {
        String what = "the rule compiler failed on this file (" + rootMessage(crash)
                + "); look for an unusual construct in a then part";
        for (String name : source.drl().keySet()) {
            Map<String, String> without = new TreeMap<>(source.drl());
            without.remove(name);
            try {
                build(without);
                return new RuleProblem(name, 0, 0, what);
            } catch (RuleLoadException crashGone) {
                // without this file the compiler reports ordinary errors instead of failing: it is the one
                return new RuleProblem(name, 0, 0, what);
            } catch (RuntimeException stillFailing) {
                // not this file alone; try the next
            }
        }
        return new RuleProblem("", 0, 0, what);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private KieBase build(Map<String, String> drl) throws RuleLoadException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(classLoader));
        // One batch, as KieBuilder adds a module's files: a type declared in one file is known to
        // the rules of every other, whatever the order of the files.
        CompositeKnowledgeBuilder batch = builder.batch();
        drl.forEach((name, text) -> batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(RESOURCES + name), ResourceType.DRL));
        batch.build();
        List<Message> messages = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            messages.add(result.asMessage(messages.size()));
        }
        List<RuleProblem> problems = problems(messages, drl.keySet());
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        Collection<KiePackage> packages = builder.getKnowledgePackages();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static List<RuleProblem> problems(List<Message> messages, java.util.Set<String> files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText() == null ? "" : m.getText().strip();
            // A syntax error also produces this follow-on message, which says nothing new.
            if (text.startsWith("Parser returned a null Package")) {
                continue;
            }
            String path = m.getPath() == null ? "" : m.getPath();
            String file = fileOf(path, files);
            int column = m.getColumn();
            Matcher at = PARSER_POSITION.matcher(text);
            if (column <= 0 && at.find() && Integer.parseInt(at.group(1)) == m.getLine()) {
                column = Integer.parseInt(at.group(2));
            }
            problems.add(new RuleProblem(file, Math.max(m.getLine(), 0), Math.max(column, 0), oneLine(text)));
        }
        // A syntax error drops its whole package, so every other file then "cannot resolve" the
        // types and functions it declared: noise that hides the one real mistake.
        List<RuleProblem> syntax = problems.stream().filter(p -> p.message().startsWith("[ERR")).toList();
        if (!syntax.isEmpty()) {
            return new ArrayList<>(syntax);
        }
        if (problems.isEmpty() && !messages.isEmpty()) {
            Message m = messages.get(0);
            problems.add(new RuleProblem(String.valueOf(m.getPath()), m.getLine(), m.getColumn(), oneLine(m.getText())));
        }
        return problems;
    }

    /** The message's path names the file as the build saw it; give it as the rule author knows it. */
    private static String fileOf(String path, java.util.Set<String> files) {
        String best = null;
        for (String name : files) {
            if ((path.equals(name) || path.endsWith("/" + name)) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best != null ? best : path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
