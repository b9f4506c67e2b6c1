package com.followupadvisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupadvisor.scenarios.StatePopulation;
import com.followupadvisor.state.ApplicationState;
import com.followupadvisor.state.StateWriter;

/**
 * The request bodies the ZEN peer comparison ({@code bench/peer.sh}) gives both engines, as JSON
 * text: the typical state, the states of {@code rules/scenarios/} and generated states. States that
 * name holidays (a region or closed days) are left out, because the peer's graph knows weekends
 * only; {@code bench/zen/zen-peer.mjs} picks the scenario states by the same test (no
 * {@code holidays} field), in the same order (by file name).
 */
public final class PeerStates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerStates() {
    }

    /** A request body and where it came from (a file name, or {@code population#i}). */
    public record Named(String name, byte[] body) {
    }

    /** {@code typical}: bench/states/typical.json; {@code scenarios}: the scenario states without holidays. */
    public static List<Named> named(String which) {
        return switch (which) {
            case "typical" -> List.of(new Named("typical.json", read(Path.of("bench/states/typical.json"))));
            case "scenarios" -> scenarios(Path.of("rules/scenarios"));
            default -> throw new IllegalArgumentException("no peer states named " + which);
        };
    }

    public static List<Named> scenarios(Path dir) {
        List<Named> states = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode state = JSON.readTree(file.toFile()).get("state");
                if (state != null && !state.has("holidays")) {
                    states.add(new Named(file.getFileName().toString(), JSON.writeValueAsBytes(state)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }

    /** The check's generated states ({@link StatePopulation}) that name no holidays, as request bodies. */
    public static List<Named> population(long seed, int size) {
        List<Named> states = new ArrayList<>();
        List<ApplicationState> all = StatePopulation.of(seed, size);
        for (int i = 0; i < all.size(); i++) {
            ApplicationState s = all.get(i);
            if (s.holidays().region() == null && s.holidays().closedDays().isEmpty()) {
                states.add(new Named("population#" + i, StateWriter.json(s).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return states;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
