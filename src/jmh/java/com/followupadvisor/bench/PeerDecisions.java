package com.followupadvisor.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.ShippedRules;
import com.followupadvisor.StateBuilder;
import com.followupadvisor.advice.Recommendation;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.engine.RuleSetLoader;
import com.followupadvisor.scenarios.StatePopulation;
import com.followupadvisor.state.StateReader;

/**
 * Writes our decisions for the ZEN peer's agreement check ({@code bench/peer.sh}): one JSON line
 * per state, {@code {"name", "state", "ours": {"action", "dueFrom", "dueBy"}}}, for the scenario
 * states without holidays and {@code population} generated states without holidays; the peer reads
 * the file, decides each state itself and compares. Nothing here knows the advice: "ours" is
 * whatever the rules in {@code rules/} decide.
 *
 * <p>{@code java ... PeerDecisions OUT [population] [seed]}
 */
public final class PeerDecisions {

    private PeerDecisions() {
    }

    public static void main(String[] args) throws Exception {
        ServiceLogging.apply();
        Path out = Path.of(args[0]);
        int population = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : StatePopulation.DEFAULT_SEED;
        RuleSet rules = new RuleSetLoader(ShippedRules.CLOCK).load(Path.of("rules"));
        StateReader reader = new StateReader(ZoneOffset.UTC);
        ObjectMapper json = new ObjectMapper();
        List<PeerStates.Named> states = new ArrayList<>(PeerStates.scenarios(Path.of("rules/scenarios")));
        states.addAll(PeerStates.population(seed, population));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (PeerStates.Named s : states) {
                Recommendation next = rules.evaluate(StateBuilder.situation(reader.read(s.body())).facts(), false,
                        ShippedRules.WATCHDOG, ShippedRules.TIME_LIMIT).next();
                Map<String, Object> ours = new LinkedHashMap<>();
                ours.put("action", next.getAction().name());
                ours.put("dueFrom", next.getDueFrom() == null ? null : next.getDueFrom().toString());
                ours.put("dueBy", next.getDueBy() == null ? null : next.getDueBy().toString());
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("name", s.name());
                line.put("state", json.readTree(s.body()));
                line.put("ours", ours);
                w.println(json.writeValueAsString(line));
            }
        }
        System.out.println(states.size() + " states decided: " + out);
    }
}
