package com.followupadvisor.rules.cache;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader the rule compiler sees: the application's, with every lookup remembered. The
 * compiler resolves each name in a rule against every import and package in turn, so most of its
 * lookups fail; in the packaged service each failure searched the application's jars again. With
 * it, every compile (at start-up and at each saved change) is several times faster: the figure and
 * the choice of this cache over the others are in docs/startup-decision.md. The classes are the
 * application's own, so remembering them is safe for the life of the service.
 */
public final class LookupCachingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();
    private final Map<String, Optional<URL>> resources = new ConcurrentHashMap<>();

    public LookupCachingClassLoader(ClassLoader parent) {
        super("rules-compiler", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Optional<Class<?>> known = classes.get(name);
        if (known == null) {
            try {
                known = Optional.of(getParent().loadClass(name));
            } catch (ClassNotFoundException | LinkageError e) {
                known = Optional.empty();
            }
            classes.put(name, known);
        }
        return known.orElseThrow(() -> new ClassNotFoundException(name));
    }

    @Override
    public URL getResource(String name) {
        return resources.computeIfAbsent(name, n -> Optional.ofNullable(getParent().getResource(n))).orElse(null);
    }
}
