package com.followupadvisor.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The rule set the service answers with. Loaded from {@code advisor.rules.dir} at start-up (the
 * service does not start on rules that do not compile); afterwards replaced only by a set that
 * compiled, in one atomic swap, so a request keeps the set it started with.
 */
@Singleton
public class LoadedRules {

    private static final Logger LOG = Logger.getLogger(LoadedRules.class);

    private final Path dir;
    private final RuleSetLoader loader;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    LoadedRules(@ConfigProperty(name = "advisor.rules.dir", defaultValue = "rules") Path dir, Clock clock) {
        this.dir = dir;
        this.loader = new RuleSetLoader(clock);
    }

    void onStart(@Observes StartupEvent event) {
        try {
            RuleSet rules = loader.load(dir);
            current.set(rules);
            LOG.infof("Loaded %d rules from %s, version %s", rules.rules().size(), dir.toAbsolutePath(), rules.version());
        } catch (RuleLoadException e) {
            String errors = e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
            LOG.errorf("The rules in %s do not compile; the service cannot start:%n%s", dir.toAbsolutePath(), errors);
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The set in use now; hold on to it for the whole of one request. */
    public RuleSet current() {
        RuleSet rules = current.get();
        if (rules == null) {
            throw new IllegalStateException("the rules are not loaded yet");
        }
        return rules;
    }

    public Path dir() {
        return dir;
    }
}
