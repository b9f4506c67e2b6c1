package com.followupadvisor.rules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.followupadvisor.advice.Next;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.advice.UrgencyOrder;

/**
 * Turns the facts a rule matched into plain values for an explanation. It shows what the rules
 * read, never the personal data the drafts use (names and emails are not facts the rules see).
 */
final class FactDescriber {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private FactDescriber() {
    }

    static Map<String, Object> describe(Object fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (fact instanceof Recommendation r) {
            out.put("type", "Recommendation");
            out.put("action", r.getAction().name());
            out.put("dueFrom", value(r.getDueFrom()));
            out.put("dueBy", value(r.getDueBy()));
        } else if (fact instanceof UrgencyOrder u) {
            out.put("type", "UrgencyOrder");
            out.put("actions", u.getActions().stream().map(Enum::name).toList());
        } else if (fact instanceof Next n) {
            out.put("type", "Next");
            out.put("action", n.recommendation().getAction().name());
        } else {
            // a fact of the history (Application, Interview, ...) or a type declared in a rule file:
            // its fields, through its getters
            out.put("type", fact.getClass().getSimpleName());
            Arrays.stream(fact.getClass().getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> m.getDeclaringClass() == fact.getClass())
                    .filter(m -> m.getName().startsWith("get") && m.getName().length() > 3 || m.getName().startsWith("is"))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> out.put(property(m.getName()), read(m, fact)));
        }
        return out;
    }

    static Object value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (v instanceof LocalDate || v instanceof Enum<?> || v instanceof ZoneId) {
            return v.toString();
        }
        if (v instanceof Recommendation) {
            return describe(v).get("type");
        }
        return v.getClass().getSimpleName();
    }

    private static Object read(Method m, Object fact) {
        try {
            return value(m.invoke(fact));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String property(String getter) {
        String name = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
