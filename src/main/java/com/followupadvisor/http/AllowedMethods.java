package com.followupadvisor.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each path of the API answers, for the {@code Allow} header a 405 must carry (RFC 9110
 * §15.5.6). Quarkus REST answers a wrong method with a NotAllowedException that lists none (it knows
 * them only when it answers OPTIONS), so they are read here once from the resources' own annotations:
 * what a resource method is annotated with, HEAD where there is GET, and OPTIONS, which Quarkus REST
 * answers on every resource path.
 */
@ApplicationScoped
public class AllowedMethods {

    /** What the page, its files and the /q/ endpoints answer: they are read-only. */
    static final List<String> READ_ONLY = List.of("GET", "HEAD");
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** The usual order of methods, so that Allow reads the same every time; others after them, by name. */
    private static final Comparator<String> IN_ORDER = Comparator
            .comparingInt((String m) -> ORDER.contains(m) ? ORDER.indexOf(m) : ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    private final List<Route> routes = new ArrayList<>();

    @Inject
    AllowedMethods(BeanManager beans) {
        this(resources(beans));
    }

    /** From these resource classes (a test gives its own). */
    public AllowedMethods(Collection<Class<?>> resources) {
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    add(join(base, sub == null ? "" : sub.value()), verb);
                }
            }
        }
    }

    /** The methods the API answers at {@code path}, in a fixed order; empty when no resource has that path. */
    public List<String> at(String path) {
        String normalized = normalize(path);
        Set<String> allowed = new TreeSet<>(IN_ORDER);
        for (Route route : routes) {
            if (route.pattern.matcher(normalized).matches()) {
                allowed.addAll(route.methods);
            }
        }
        if (allowed.isEmpty()) {
            return List.of();
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return List.copyOf(allowed);
    }

    /** At an API path what {@link #at} says; anywhere else what the page, its files and the /q/ endpoints answer. */
    List<String> atAnyPath(String path) {
        List<String> api = at(path);
        return api.isEmpty() ? READ_ONLY : api;
    }

    private void add(String template, String verb) {
        Pattern pattern = pattern(template);
        for (Route route : routes) {
            if (route.pattern.pattern().equals(pattern.pattern())) {
                route.methods.add(verb);
                return;
            }
        }
        Route route = new Route(pattern, new HashSet<>());
        route.methods.add(verb);
        routes.add(route);
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    /** A JAX-RS path template as a regular expression: {name} is one segment, {name: regex} its regex. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start())));
            regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString());
    }

    private static String join(String base, String sub) {
        return normalize(base + "/" + sub);
    }

    private static String normalize(String path) {
        String joined = ("/" + path).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static List<Class<?>> resources(BeanManager beans) {
        List<Class<?>> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class) && !found.contains(bean.getBeanClass())) {
                found.add(bean.getBeanClass());
            }
        }
        return found;
    }

    private record Route(Pattern pattern, Set<String> methods) {
    }
}
