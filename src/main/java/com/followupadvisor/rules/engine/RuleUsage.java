package com.followupadvisor.rules.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many answers each rule of one rule set has contributed to, for the catalogue. */
public final class RuleUsage {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public long timesFired(String rule) {
        LongAdder count = counts.get(rule);
        return count == null ? 0 : count.sum();
    }

    public void count(List<String> fired) {
        for (String rule : fired) {
            counts.computeIfAbsent(rule, r -> new LongAdder()).increment();
        }
    }
}
