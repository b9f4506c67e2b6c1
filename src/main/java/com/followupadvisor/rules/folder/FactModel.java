package com.followupadvisor.rules.folder;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.followupadvisor.advice.ActionCode;
import com.followupadvisor.advice.Application;
import com.followupadvisor.advice.Channel;
import com.followupadvisor.advice.Dates;
import com.followupadvisor.advice.EmployerMessage;
import com.followupadvisor.advice.Format;
import com.followupadvisor.advice.Interview;
import com.followupadvisor.advice.Means;
import com.followupadvisor.advice.MessageKind;
import com.followupadvisor.advice.MovedOn;
import com.followupadvisor.advice.NewsKind;
import com.followupadvisor.advice.OtherOffer;
import com.followupadvisor.advice.Outcome;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.ReferenceDate;
import com.followupadvisor.advice.ReferrerNews;
import com.followupadvisor.advice.Stage;
import com.followupadvisor.advice.Text;
import com.followupadvisor.advice.Topic;
import com.followupadvisor.advice.UrgencyOrder;
import com.followupadvisor.advice.WaitKind;
import com.followupadvisor.advice.WaitStart;

/**
 * What a rule can match and read, by name: the facts of {@code com.followupadvisor.advice} with
 * their fields (their getters, read by reflection, each with its {@link Means} line), the kinds of
 * values (enums) with their values, the helpers, the {@code Numbers} fact of
 * {@code advice-numbers.properties}, and the types the rule files declare. The list of classes
 * here is the one place that says which classes are facts; the compile errors' "did you mean" and
 * the generated {@code docs/rule-facts.md} both read it.
 */
public final class FactModel {

    /** The facts a rule can match, in the order the guide lists them. */
    public static final List<Class<?>> FACTS = List.of(Application.class, Interview.class, EmployerMessage.class,
            OtherOffer.class, ReferrerNews.class, WaitStart.class, ReferenceDate.class, MovedOn.class, UrgencyOrder.class,
            Recommendation.class, Text.class);
    /** The kinds of values the facts' fields hold. */
    public static final List<Class<? extends Enum<?>>> KINDS = List.of(Outcome.class, ActionCode.class, Channel.class,
            MessageKind.class, Topic.class, Format.class, Stage.class, NewsKind.class, WaitKind.class);
    /** The classes whose static functions a rule file imports ({@code import function ...}). */
    public static final List<Class<?>> FUNCTIONS = List.of(Dates.class);

    /** A field a rule can read: {@code name} in a pattern, {@code getName()} in a then part. */
    public record Field(String name, String type, String meaning, String getter) {
    }

    /** A fact: its fields by name, and its one line; {@code declared}: by a rule file, not the service. */
    public record Fact(String name, String meaning, Map<String, Field> fields, boolean declared) {
    }

    /** A method a rule can call: {@code $app.workingDayAfter(date)} or {@code plusDays(date, n)}. */
    public record Helper(String owner, String name, List<String> parameters, String type, String meaning) {
    }

    private static final Map<String, Fact> SERVICE = new LinkedHashMap<>();

    static {
        FACTS.forEach(c -> SERVICE.put(c.getSimpleName(), fact(c)));
    }

    private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+(?:trait\\s+)?(\\w+)\\s*(?:extends\\s+[\\w.]+\\s*)?$");
    private static final Pattern DECLARED_FIELD = Pattern.compile("^\\s*(\\w+)\\s*:\\s*([\\w.<>, ]+?)\\s*(?:@.*)?(?:=.*)?$");

    private final Map<String, Fact> facts;

    private FactModel(Map<String, Fact> facts) {
        this.facts = facts;
    }

    /** The service's facts, the {@code Numbers} fact of {@code numbers}, and the types {@code drl} declares. */
    public static FactModel of(Map<String, String> drl, AdviceNumbers numbers) {
        Map<String, Fact> facts = new LinkedHashMap<>(SERVICE);
        Map<String, Field> numberFields = new LinkedHashMap<>();
        numbers.names().forEach(n -> numberFields.put(n, new Field(n, "number", "", null)));
        facts.put(AdviceNumbers.TYPE, new Fact(AdviceNumbers.TYPE, "the numbers of " + AdviceNumbers.FILE, numberFields, true));
        drl.forEach((file, text) -> declared(text).forEach(f -> facts.putIfAbsent(f.name(), f)));
        return new FactModel(facts);
    }

    /** The service's facts alone, for the guide. */
    public static List<Fact> serviceFacts() {
        return List.copyOf(SERVICE.values());
    }

    /** The fact of this simple name, if a rule can match it. */
    public Optional<Fact> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    public List<String> factNames() {
        return List.copyOf(facts.keySet());
    }

    /** The fact, or the kind of value, a class name in a compiler message means ({@code com.followupadvisor.advice.Application}, {@code advice.MoveOnDate}). */
    public Optional<Fact> factOfClass(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        Fact fact = facts.get(simple);
        if (fact == null) {
            return Optional.empty();
        }
        boolean service = className.startsWith("com.followupadvisor.advice.") && !fact.declared();
        boolean declared = className.startsWith(AdviceNumbers.PACKAGE + ".") && fact.declared();
        return service || declared ? Optional.of(fact) : Optional.empty();
    }

    /** The values of the kind of value of this class name ({@code com.followupadvisor.advice.Outcome}), if it is one. */
    public static Optional<List<String>> valuesOfClass(String className) {
        return KINDS.stream().filter(k -> k.getName().equals(className)).findFirst()
                .map(k -> Arrays.stream(k.getEnumConstants()).map(Enum::name).toList());
    }

    /** Every public method a rule can call on the fact of this class name (getters too), by name. */
    public static List<String> methodsOfClass(String simpleName) {
        return FACTS.stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
                .map(c -> publicMethods(c).map(Method::getName).distinct().sorted().toList()).orElse(List.of());
    }

    /** The helpers of the facts and the functions a rule file imports, with their lines. */
    public static List<Helper> helpers() {
        List<Helper> helpers = new ArrayList<>();
        for (Class<?> c : FACTS) {
            publicMethods(c).filter(m -> (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
                    || m.getReturnType() == c) && m.isAnnotationPresent(Means.class))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> helpers.add(helper(c.getSimpleName(), m)));
        }
        for (Class<?> c : FUNCTIONS) {
            Arrays.stream(c.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                    .sorted(Comparator.comparing(Method::getName)).forEach(m -> helpers.add(helper(null, m)));
        }
        return helpers;
    }

    private static Helper helper(String owner, Method m) {
        Means means = m.getAnnotation(Means.class);
        List<String> parameters = Arrays.stream(m.getParameters()).map(p -> p.isNamePresent() ? p.getName() : typeName(p.getParameterizedType())).toList();
        return new Helper(owner, m.getName(), parameters, typeName(m.getGenericReturnType()), means == null ? "" : means.value());
    }

    private static java.util.stream.Stream<Method> publicMethods(Class<?> c) {
        return Arrays.stream(c.getMethods()).filter(m -> m.getDeclaringClass() != Object.class && !m.isSynthetic()
                && !m.isBridge());
    }

    static Fact fact(Class<?> c) {
        Map<String, Field> fields = new LinkedHashMap<>();
        publicMethods(c).filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .forEach(m -> {
                    String name = propertyOf(m);
                    if (name != null) {
                        Means means = m.getAnnotation(Means.class);
                        fields.putIfAbsent(name, new Field(name, typeName(m.getGenericReturnType()),
                                means == null ? "" : means.value(), m.getName()));
                    }
                });
        Means means = c.getAnnotation(Means.class);
        Map<String, Field> sorted = new LinkedHashMap<>();
        fields.keySet().stream().sorted().forEach(k -> sorted.put(k, fields.get(k)));
        return new Fact(c.getSimpleName(), means == null ? "" : means.value(), sorted, false);
    }

    /** {@code getToday} is {@code today}, {@code isHeld} (true or false) is {@code held}; else null. */
    private static String propertyOf(Method m) {
        String n = m.getName();
        boolean bool = m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
        String rest = n.startsWith("get") && n.length() > 3 ? n.substring(3) : bool && n.startsWith("is") && n.length() > 2
                ? n.substring(2) : null;
        if (rest == null || !Character.isUpperCase(rest.charAt(0)) || m.getReturnType() == void.class) {
            return null;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** A type in a rule author's words. */
    static String typeName(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return "list of " + typeName(args[0]);
            }
            if (raw == Map.class) {
                return "map of " + typeName(args[0]) + " to " + typeName(args[1]);
            }
            return typeName(raw);
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalDateTime.class) {
            return "date-time";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Object.class) {
            return "any value";
        }
        if (type instanceof Class<?> c) {
            return c.getEnclosingClass() != null ? c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName() : c.getSimpleName();
        }
        return type.getTypeName();
    }

    /** The types one rule file declares ({@code declare MoveOnDate date : LocalDate end}). */
    static List<Fact> declared(String text) {
        List<Fact> types = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher d = DECLARE.matcher(lines[i].replaceFirst("//.*$", ""));
            if (!d.matches()) {
                continue;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (i++; i < lines.length && !lines[i].strip().equals("end"); i++) {
                Matcher f = DECLARED_FIELD.matcher(lines[i].replaceFirst("//.*$", ""));
                if (f.matches()) {
                    fields.put(f.group(1), new Field(f.group(1), f.group(2).strip(), "", null));
                }
            }
            types.add(new Fact(d.group(1), "declared in a rule file", fields, true));
        }
        return types;
    }
}
