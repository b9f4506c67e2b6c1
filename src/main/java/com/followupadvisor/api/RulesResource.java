package com.followupadvisor.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.followupadvisor.http.Problem;
import com.followupadvisor.rules.engine.RuleSet;
import com.followupadvisor.rules.folder.RuleInfo;
import com.followupadvisor.rules.folder.RuleProblem;
import com.followupadvisor.rules.release.LoadedRules;
import com.followupadvisor.rules.release.ReloadReport;

/**
 * {@code GET /api/v1/rules}: the catalogue of the loaded rules and the result of the latest reload.
 * Read-only on purpose: rules come from the rules folder only, never over HTTP, since a rule's
 * then part can run any Java.
 */
@Path("/api/v1/rules")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Rules", description = "The rules the service answers with.")
public class RulesResource {

    private final LoadedRules loaded;
    private final PublicPaths paths;

    RulesResource(LoadedRules loaded, PublicPaths paths) {
        this.loaded = loaded;
        this.paths = paths;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRules", summary = "The loaded rules",
            description = "Every rule of the loaded set (name, file, line, description, the advice it encodes, how many "
                    + "answers it contributed to), the set's version and load time, and the result "
                    + "of the latest reload with its errors. Rules are edited in the rules folder, never over HTTP.")
    @APIResponse(responseCode = "200", description = "The catalogue.")
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Catalogue catalogue() {
        RuleSet rules = loaded.current();
        List<Rule> entries = rules.rules().stream().map(r -> Rule.of(r, rules.usage().timesFired(r.name()))).toList();
        return new Catalogue(rules.version(), rules.loadedAt(), entries, rules.templateNames(), reload(loaded.lastReload(), paths));
    }

    /** The reload's report, its errors naming no absolute path: this answer needs no login. */
    static Reload reload(ReloadReport report, PublicPaths paths) {
        return new Reload(report.status(), report.at(), report.version(),
                report.errors().stream().map(p -> Error.of(p, paths)).toList(),
                report.warnings().stream().map(p -> Error.of(p, paths)).toList(),
                report.unexercised().stream().map(p -> Error.of(p, paths)).toList());
    }

    /** The loaded set: its version, when it was loaded, its rules and templates, and the latest reload. */
    @Schema(name = "Catalogue", requiredProperties = {"version", "loadedAt", "rules", "templates", "lastReload"})
    public record Catalogue(
            @Schema(description = "Digest of the rule files and templates in use.") String version,
            @Schema(implementation = String.class, format = "date-time", description = "When they went live.") Instant loadedAt,
            List<Rule> rules,
            @Schema(description = "The names of the texts, as rules refer to them.") List<String> templates,
            Reload lastReload) {
    }

    /** One rule: where it is, what it encodes, and how many answers it has contributed to. */
    @Schema(name = "Rule", requiredProperties = {"name", "file", "line", "description", "advice", "fired"})
    public record Rule(String name, String file, int line, String description, String advice,
            @Schema(description = "How many answers it contributed to since the service started.") long fired) {

        static Rule of(RuleInfo info, long fired) {
            return new Rule(info.name(), info.file(), info.line(), info.description(), info.advice(), fired);
        }
    }

    /** The latest reload: OK, UNCHANGED or FAILED (the previous set kept), with its errors. */
    @Schema(name = "Reload", requiredProperties = {"status", "at", "errors", "warnings", "unexercised"})
    public record Reload(
            @Schema(implementation = String.class, enumeration = {"OK", "UNCHANGED", "FAILED"},
                    description = "OK: the changed rules went live; UNCHANGED: the same rules; FAILED: they did not "
                            + "compile or failed their trial (a scenario, or a state they could not answer), and the "
                            + "previous set answers on.") ReloadReport.Status status,
            @Schema(implementation = String.class, format = "date-time") Instant at,
            @Schema(description = "The version answering after this reload.") String version,
            @Schema(description = "Each problem of a FAILED reload, at its place.") List<Error> errors,
            @Schema(description = "Scenarios that failed in a reload that went live anyway, because "
                    + "advisor.rules.scenarios-must-pass is off.") List<Error> warnings,
            @Schema(description = "The rules of the set in use that no scenario of its folder fires, each at its "
                    + "rule's line: the set goes live, but a change that breaks such a rule fails no check.")
                    List<Error> unexercised) {
    }

    /** A problem with the rules, located (no file: about the set as a whole); {@code text} is one line of the log. */
    @Schema(name = "RuleError", requiredProperties = {"file", "line", "column", "message", "text"})
    public record Error(String file, int line, int column, String message,
            @Schema(description = "file:line:column message, as the log and ./check-rules write it.") String text) {

        static Error of(RuleProblem p, PublicPaths paths) {
            return new Error(paths.hide(p.file()), p.line(), p.column(), paths.hide(p.message()), paths.hide(p.toString()));
        }
    }
}
