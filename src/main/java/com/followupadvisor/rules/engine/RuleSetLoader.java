package com.followupadvisor.rules.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Description;

import com.followupadvisor.calendar.QuietWeeks;
import com.followupadvisor.advice.UrgencyOrder;
import com.followupadvisor.rules.folder.AdviceNumbers;
import com.followupadvisor.rules.folder.CompileErrors;
import com.followupadvisor.rules.folder.FactModel;
import com.followupadvisor.rules.folder.QuietWeeksFile;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleLoadException;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.rules.folder.RuleSource;
import com.followupadvisor.rules.folder.RulesFolder;
import com.followupadvisor.rules.folder.TextReferences;
import com.followupadvisor.rules.folder.UrgencyOrderFile;
import com.followupadvisor.rules.sandbox.RuleCalls;
import com.followupadvisor.rules.sandbox.RuleCode;
import com.followupadvisor.wording.Wording;

/** Reads a rules folder and turns it into a {@link RuleSet}, or fails with every problem it found. */
public final class RuleSetLoader {

    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final RuleCompiler compiler;
    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
        this.compiler = new RuleCompiler();
    }

    /**
     * The scenario files of the rules folder {@code dir}, by name ({@code scenarios/x.json}), read
     * as the rule files are (inside the folder only, within its size limits, UTF-8); a file that
     * cannot be read is a problem added to {@code problems}.
     */
    public static Map<String, String> scenarioFiles(Path dir, List<RuleProblem> problems) {
        return RuleSource.scenarios(dir, problems);
    }

    public RuleSet load(Path dir) throws RuleLoadException {
        // every problem of reading names its file relative to the folder, never an absolute path
        RuleSource source = RuleSource.read(dir);
        if (source.drl().isEmpty()) {
            throw new RuleLoadException(List.of(new RuleProblem(RulesFolder.ITSELF, 0, 0, "holds no .drl rule file")));
        }
        List<RuleProblem> problems = new ArrayList<>();
        AdviceNumbers numbers = AdviceNumbers.none();
        String numbersText = source.data().get(AdviceNumbers.FILE);
        if (numbersText != null) {
            numbers = AdviceNumbers.parse(numbersText);
            problems.addAll(numbers.problems());
            problems.addAll(numbers.unused(source.drl()));
        }
        // no order file: no order, and rules that compare actions by urgency choose none
        UrgencyOrder urgency = null;
        String urgencyText = source.data().get(UrgencyOrderFile.FILE);
        if (urgencyText != null) {
            try {
                urgency = UrgencyOrderFile.parse(urgencyText);
            } catch (RuleLoadException e) {
                problems.addAll(e.problems());
            }
        }
        // no quiet-weeks file: no QuietWeeks given, and every day counts, as with a file of no periods
        QuietWeeks quietWeeks = null;
        String quietText = source.data().get(QuietWeeksFile.FILE);
        if (quietText != null) {
            try {
                quietWeeks = QuietWeeksFile.parse(quietText);
            } catch (RuleLoadException e) {
                problems.addAll(e.problems());
            }
        }
        KieBase kieBase = null;
        Wording wording = null;
        try {
            kieBase = compiler.compile(source, numbersText == null ? Map.of()
                    : Map.of(AdviceNumbers.FILE + ".drl", numbers.declaration()));
        } catch (RuleLoadException e) {
            problems.addAll(CompileErrors.explain(e.problems(), FactModel.of(source.drl(), numbers), source.drl()));
        }
        List<RuleInfo> catalogue = kieBase == null ? List.of() : catalogue(kieBase, source);
        RuleCode code = kieBase == null ? null : RuleCode.of(kieBase, source, catalogue);
        // without compiled classes, the rule text is all there is to check
        problems.addAll(code == null ? RuleCalls.inText(source) : RuleCalls.check(code, source));
        TextReferences references = TextReferences.in(source.drl());
        problems.addAll(references.missingFrom(source.wording().getOrDefault(Wording.BASE, Map.of()).keySet()));
        try {
            wording = Wording.parse(source.wording(), references.valueNames(), references.textNames());
        } catch (Wording.InvalidTemplatesException e) {
            e.problems().forEach(p -> problems.add(new RuleProblem(p.file(), p.line(), p.column(), p.message())));
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        List<Object> given = new ArrayList<>();
        if (urgency != null) {
            given.add(urgency);
        }
        if (numbersText != null) {
            given.add(numbers.fact(kieBase));
        }
        if (quietWeeks != null) {
            given.add(quietWeeks);
        }
        return new RuleSet(kieBase, wording, given, source.version(), clock.instant(), catalogue, code);
    }

    private static List<RuleInfo> catalogue(KieBase kieBase, RuleSource source) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                Location where = locate(rule.getName(), source);
                rules.add(new RuleInfo(rule.getName(), where.file, where.line,
                        // Drools files @description under the name of its own annotation type
                        text(meta.getOrDefault("description", meta.get(Description.class.getName()))),
                        text(meta.get("advice"))));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Location(String file, int line) {
    }

    private static Location locate(String ruleName, RuleSource source) {
        for (Map.Entry<String, String> file : source.drl().entrySet()) {
            String[] lines = file.getValue().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_HEADER.matcher(lines[i]);
                if (m.find() && m.group(1).equals(ruleName)) {
                    return new Location(file.getKey(), i + 1);
                }
            }
        }
        return new Location("", 0);
    }
}
