package com.followupadvisor.rules.sandbox;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed list of what a rule's Java may use: the fact model, the engine's recording API, and
 * pure JDK classes, each with the members a rule may use. A class that is not here is refused,
 * however a rule names it. This is the one place the list is kept; docs/rule-authoring.md ("What a
 * rule can use") and docs/security.md ("The rules folder is code") describe it for their readers.
 *
 * <p>Each group below says in one line why its classes are safe. Within a group a class is either
 * usable whole (but for the members refused {@linkplain #EVERYWHERE on every class}), usable but
 * for some members (each refusal with its reason, which the rule author reads), usable only for
 * the members listed, or only named: it may appear in a signature, a cast or a class literal, but
 * a rule may not call it, create it or extend it. What a member takes and returns must be on the
 * list too ({@link ClassUses} checks it), which keeps out, with no entry of their own, the members
 * of listed classes that hand out files, streams, threads or reflection
 * ({@code DateTimeFormatter.toFormat}, {@code String.getBytes(Charset)}, {@code Collection.spliterator}).
 *
 * <p>Names are binary names: a nested class is {@code java.util.Map$Entry}. Members are by name:
 * overloads share their fate.
 */
public final class AllowList {

    // ---- why a member is refused: what the rule author reads after "a rule may not use X: " ----

    static final String PARALLEL = "it runs on the JVM's shared worker threads, which keep going after the rule is stopped";
    static final String JVM_WIDE = "it changes a default of the whole service, for every answer after this one";
    static final String REFLECTION = "it opens the way to reflection";
    static final String THREADS = "it waits for, or wakes, other threads";
    static final String FINALIZER = "the JVM runs it later, on a thread of its own, outside the rule's time limit";
    static final String SYSTEM_PROPERTY = "it reads the service's system properties";
    static final String CLOCK = "it reads the machine's clock or time zone; a rule's today is the application's "
            + "(Application's now, today and zone), so that the scenarios show what the rule does on any day";
    static final String STANDARD_ERROR = "it writes to the service's standard error, past its log";
    static final String FOR_PARALLEL = "it is made for parallel streams, which a rule may not use";
    static final String CATCH_ALL = "catching it would also catch the service stopping a rule that runs too long";

    /**
     * Members refused on every class, the rules' own included, whatever declares them: a stream's
     * parallel() and a collection's parallelStream() are refused on every type that has them,
     * Arrays' parallel sorts with them.
     */
    private static final Map<String, String> EVERYWHERE = Map.ofEntries(
            Map.entry("parallel", PARALLEL), Map.entry("parallelStream", PARALLEL), Map.entry("parallelSort", PARALLEL),
            Map.entry("parallelPrefix", PARALLEL), Map.entry("parallelSetAll", PARALLEL),
            Map.entry("getClass", REFLECTION),
            Map.entry("wait", THREADS), Map.entry("notify", THREADS), Map.entry("notifyAll", THREADS),
            Map.entry("finalize", FINALIZER),
            Map.entry("setDefault", JVM_WIDE));

    /** How much of a class a rule may use. */
    enum Use {
        /** every member but those refused */
        ALL_BUT,
        /** only the members listed */
        ONLY,
        /** none: the class may be named (a signature, a cast, a class literal), not called, created or extended */
        NAME
    }

    /** One class (or package, its name ending in ".*") on the list. */
    record Entry(String group, Use use, Set<String> members, Map<String, String> refused, boolean catchable) {
    }

    private static final Map<String, Entry> CLASSES = new LinkedHashMap<>();
    private static final Map<String, Entry> PACKAGES = new LinkedHashMap<>();
    /** The bootstrap methods of invokedynamic a rule's class may use: lambdas and string concatenation. */
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants", "java/lang/invoke/StringConcatFactory.makeConcat");

    // ---- the list ---------------------------------------------------------------------------------

    static {
        group("the fact model: what rules read and what they record, written for them",
                all("com.followupadvisor.advice.*"));

        group("the engine's recording API: what insert, insertLogical, modify and delete in a then part compile to",
                only("org.drools.core.rule.consequence.KnowledgeHelper", "insert", "insertLogical", "update", "delete", "retract"),
                // which fields a modify changed: plain bit sets
                all("org.drools.util.bitmask.BitMask", "org.drools.util.bitmask.AllSetBitMask",
                        "org.drools.util.bitmask.AllSetButLastBitMask", "org.drools.util.bitmask.EmptyBitMask",
                        "org.drools.util.bitmask.EmptyButLastBitMask", "org.drools.util.bitmask.LongBitMask",
                        "org.drools.util.bitmask.OpenBitSet"),
                // a then part's parameters, what insert returns, the interface of declared types, and
                // what the engine passes the code of an inline accumulate (its bindings come as values)
                named("org.drools.base.rule.consequence.ConsequenceContext", "org.kie.api.runtime.rule.FactHandle",
                        "org.drools.base.factmodel.GeneratedFact", "org.drools.base.base.ValueResolver",
                        "org.drools.base.rule.Declaration"));

        group("what the Java compiler and the engine write around a rule's code: named, never called",
                // modify passes the fact's class to the engine; a DRL function's class can be written
                // out (Externalizable); ECJ's switch on an enum catches NoSuchFieldError
                named("java.lang.Class", "java.lang.Cloneable", "java.io.Serializable", "java.io.Externalizable",
                        "java.io.ObjectInput", "java.io.ObjectOutput", "java.io.IOException",
                        "java.lang.ClassNotFoundException"),
                catchOnly("java.lang.NoSuchFieldError"));

        group("the language's values: objects, text, numbers and exact arithmetic, local to the rule",
                all("java.lang.Object", "java.lang.String", "java.lang.StringBuilder", "java.lang.StringBuffer",
                        "java.lang.CharSequence", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
                        "java.lang.Float", "java.lang.Double", "java.lang.Number", "java.lang.Math", "java.lang.StrictMath",
                        "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum", "java.lang.Record", "java.lang.Void",
                        "java.math.BigDecimal", "java.math.BigInteger", "java.math.MathContext", "java.math.RoundingMode",
                        // its own sequence of numbers (Math.random is one too): nothing outside the rule changes
                        "java.util.Random"),
                allBut(except(SYSTEM_PROPERTY, "getBoolean"), "java.lang.Boolean"),
                allBut(except(SYSTEM_PROPERTY, "getInteger"), "java.lang.Integer"),
                allBut(except(SYSTEM_PROPERTY, "getLong"), "java.lang.Long"));

        group("exceptions a rule may throw and catch; never Throwable or an Error, whose catch also catches the service stopping it",
                exceptions("java.lang.Exception", "java.lang.RuntimeException", "java.lang.IllegalArgumentException",
                        "java.lang.IllegalStateException", "java.lang.ArithmeticException", "java.lang.NullPointerException",
                        "java.lang.IndexOutOfBoundsException", "java.lang.ArrayIndexOutOfBoundsException",
                        "java.lang.StringIndexOutOfBoundsException", "java.lang.UnsupportedOperationException",
                        "java.lang.NumberFormatException", "java.lang.ClassCastException",
                        "java.util.NoSuchElementException", "java.util.ConcurrentModificationException",
                        "java.util.IllegalFormatException", "java.util.regex.PatternSyntaxException",
                        "java.time.DateTimeException", "java.time.format.DateTimeParseException",
                        "java.time.temporal.UnsupportedTemporalTypeException"),
                // what getCause returns, and a rule's own throw; never caught (see CATCH_ALL)
                allBut(except(STANDARD_ERROR, "printStackTrace"), "java.lang.Throwable"));

        group("code passed as a value: it runs in the rule's own thread, inside its time limit",
                all("java.util.function.*", "java.lang.Runnable", "java.util.Comparator"));

        group("containers of the rule's own values, and their helpers; parallelStream and Arrays.parallel* are refused everywhere",
                all("java.util.Collection", "java.util.List", "java.util.ArrayList", "java.util.LinkedList",
                        "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.SortedSet",
                        "java.util.NavigableSet", "java.util.TreeSet", "java.util.EnumSet",
                        "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.SortedMap",
                        "java.util.NavigableMap", "java.util.TreeMap", "java.util.EnumMap", "java.util.Map$Entry",
                        "java.util.AbstractMap$SimpleEntry", "java.util.AbstractMap$SimpleImmutableEntry",
                        "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque", "java.util.PriorityQueue",
                        "java.util.Iterator", "java.util.ListIterator", "java.util.Collections", "java.util.Arrays",
                        "java.util.Objects", "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong",
                        "java.util.OptionalDouble", "java.util.StringJoiner", "java.util.IntSummaryStatistics",
                        "java.util.LongSummaryStatistics", "java.util.DoubleSummaryStatistics"));

        group("sequential streams over the rule's own values; parallel() is refused on every stream",
                all("java.util.stream.BaseStream", "java.util.stream.Stream", "java.util.stream.Stream$Builder",
                        "java.util.stream.IntStream", "java.util.stream.IntStream$Builder", "java.util.stream.LongStream",
                        "java.util.stream.LongStream$Builder", "java.util.stream.DoubleStream",
                        "java.util.stream.DoubleStream$Builder", "java.util.stream.Collector",
                        "java.util.stream.Collector$Characteristics"),
                allBut(except(FOR_PARALLEL, "toConcurrentMap", "groupingByConcurrent"), "java.util.stream.Collectors"));
        // Not StreamSupport (its flag makes a parallel stream) nor Spliterator(s), which exist to split work.

        group("dates, times and periods as values; the rule's today is the application's, not the machine's clock",
                allBut(except(CLOCK, "now"), "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                        "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
                        "java.time.Year", "java.time.YearMonth", "java.time.MonthDay"),
                allBut(except(CLOCK, "systemDefault"), "java.time.ZoneId"),
                allBut(except(CLOCK, "dateNow"), "java.time.chrono.Chronology", "java.time.chrono.IsoChronology"),
                all("java.time.ZoneOffset", "java.time.Duration", "java.time.Period", "java.time.DayOfWeek", "java.time.Month",
                        "java.time.temporal.ChronoUnit", "java.time.temporal.ChronoField", "java.time.temporal.TemporalAdjusters",
                        "java.time.temporal.TemporalAdjuster", "java.time.temporal.Temporal",
                        "java.time.temporal.TemporalAccessor", "java.time.temporal.TemporalAmount",
                        "java.time.temporal.TemporalUnit", "java.time.temporal.TemporalField", "java.time.temporal.TemporalQuery",
                        "java.time.temporal.TemporalQueries", "java.time.temporal.IsoFields", "java.time.temporal.WeekFields",
                        "java.time.temporal.ValueRange", "java.time.chrono.ChronoLocalDate",
                        "java.time.chrono.ChronoLocalDateTime", "java.time.chrono.ChronoZonedDateTime",
                        "java.time.chrono.ChronoPeriod", "java.time.chrono.Era", "java.time.chrono.IsoEra"));
        // Not Clock (it reads the machine's time), nor java.time.zone (ZoneRulesProvider registers
        // providers for the whole JVM), nor java.util.TimeZone, whose setDefault changes the whole
        // JVM and which ZoneId replaces; nor java.util.Date and Calendar, which java.time replaces.

        group("how values are written and read, for a language: formatters and locales, with nothing of the JVM's own to change",
                all("java.time.format.DateTimeFormatter", "java.time.format.DateTimeFormatterBuilder",
                        "java.time.format.FormatStyle", "java.time.format.TextStyle", "java.time.format.ResolverStyle",
                        "java.time.format.SignStyle", "java.time.format.DecimalStyle",
                        "java.util.Locale$Category", "java.util.Locale$Builder"),
                // DateTimeFormatter.withLocale, String.format(Locale.GERMAN, ...): the rule's own choice
                allBut(except(JVM_WIDE, "setDefault"), "java.util.Locale"));
        // Not java.util.Formatter or Scanner (they open files by name), java.text (its formats come
        // from services the JVM looks up), nor Properties or ResourceBundle (they read files).

        group("regular expressions: a pattern that backtracks for long is stopped by the time limit",
                all("java.util.regex.Pattern", "java.util.regex.Matcher", "java.util.regex.MatchResult"));
    }

    private AllowList() {
    }

    // ---- what the checks ask ------------------------------------------------------------------

    /** Whether a rule may use the class (internal name, {@code java/util/List}): call, create, extend it. */
    public static boolean usable(String internalName) {
        Entry e = entry(internalName);
        return e != null && e.use() != Use.NAME;
    }

    /** Whether a rule may name the class: in a signature, a cast or a class literal. */
    public static boolean nameable(String internalName) {
        return entry(internalName) != null;
    }

    /** Whether a rule may catch the class. */
    public static boolean catchable(String internalName) {
        Entry e = entry(internalName);
        return e != null && e.catchable();
    }

    /** Why a rule may not catch a class it may otherwise use ({@code Throwable}); null when there is no more to say. */
    static String whyNotCaught(String internalName) {
        return usable(internalName) ? CATCH_ALL : null;
    }

    /** Whether a rule may use the member {@code name} (a method, a field, {@code <init>}) of the listed class {@code owner}. */
    public static boolean allows(String owner, String name) {
        Entry e = entry(owner);
        if (e == null || e.use() == Use.NAME || refusedEverywhere(name) != null) {
            return false;
        }
        return e.use() == Use.ONLY ? e.members().contains(name) : !e.refused().containsKey(name);
    }

    /** Why the member is refused, when the list says (for a member a rule may use, or one it was not reviewed for: null). */
    public static String whyRefused(String owner, String name) {
        String everywhere = refusedEverywhere(name);
        if (everywhere != null) {
            return everywhere;
        }
        Entry e = entry(owner);
        return e == null ? null : e.refused().get(name);
    }

    /** Why a member of this name is refused on every class; null when it is not. */
    public static String refusedEverywhere(String name) {
        return EVERYWHERE.get(name);
    }

    /** The names of the members refused on every class. */
    public static Set<String> refusedEverywhere() {
        return EVERYWHERE.keySet();
    }

    /** Whether an invokedynamic may use this bootstrap method: the compiler's lambdas and string concatenation. */
    static boolean bootstrap(String owner, String name) {
        return BOOTSTRAPS.contains(owner + "." + name);
    }

    /** The list, by internal class name (packages end in "/*"), for the test that every name on it exists. */
    static Map<String, Entry> entries() {
        Map<String, Entry> all = new LinkedHashMap<>(CLASSES);
        PACKAGES.forEach((pkg, e) -> all.put(pkg + "*", e));
        return all;
    }

    private static Entry entry(String internalName) {
        Entry e = CLASSES.get(internalName);
        if (e != null) {
            return e;
        }
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? null : PACKAGES.get(internalName.substring(0, slash + 1));
    }

    // ---- how the list is written ----------------------------------------------------------------

    /** Some classes of a group, as the group will hold them. */
    private record Part(List<String> names, Use use, Set<String> members, Map<String, String> refused, boolean catchable) {
    }

    private static void group(String reason, Part... parts) {
        for (Part part : parts) {
            Entry entry = new Entry(reason, part.use(), part.members(), part.refused(), part.catchable());
            for (String name : part.names()) {
                String internal = name.replace('.', '/');
                Entry before = internal.endsWith("/*")
                        ? PACKAGES.put(internal.substring(0, internal.length() - 1), entry)
                        : CLASSES.put(internal, entry);
                if (before != null) {
                    throw new IllegalStateException(name + " is on the list twice");
                }
            }
        }
    }

    private static Part all(String... names) {
        return new Part(List.of(names), Use.ALL_BUT, Set.of(), Map.of(), false);
    }

    private static Part allBut(Map<String, String> refused, String... names) {
        return new Part(List.of(names), Use.ALL_BUT, Set.of(), refused, false);
    }

    private static Part only(String name, String... members) {
        return new Part(List.of(name), Use.ONLY, Set.of(members), Map.of(), false);
    }

    private static Part named(String... names) {
        return new Part(List.of(names), Use.NAME, Set.of(), Map.of(), false);
    }

    private static Part catchOnly(String... names) {
        return new Part(List.of(names), Use.NAME, Set.of(), Map.of(), true);
    }

    private static Part exceptions(String... names) {
        return new Part(List.of(names), Use.ALL_BUT, Set.of(), except(STANDARD_ERROR, "printStackTrace"), true);
    }

    private static Map<String, String> except(String reason, String... members) {
        Map<String, String> refused = new HashMap<>();
        Arrays.stream(members).forEach(m -> refused.put(m, reason));
        return Map.copyOf(refused);
    }
}
