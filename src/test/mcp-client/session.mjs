// A model-free MCP session with the official TypeScript SDK, as an assistant's client would hold it,
// against a running service: node session.mjs http://localhost:8080 [transcript.md]
// It prints what it sends and what comes back (shortened), and fails (exit 1) when an answer is not
// what the service's REST API gives for the same history, or a tool, the resource or the prompt is
// missing. No advice is written in here: next_action is compared with POST /api/v2/next-action.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { writeFileSync } from "node:fs";
import assert from "node:assert/strict";

const base = process.argv[2] ?? "http://localhost:8080";
const out = [];
const say = (line = "") => { out.push(line); console.log(line); };
const short = (text, max = 600) => (text.length > max ? text.slice(0, max) + ` ... (${text.length} characters)` : text);
const block = (text, lang = "") => { say("```" + lang); say(text); say("```"); };

const history = {
  asOf: "2026-12-07T09:00", timezone: "Europe/Berlin", applicationId: "acme-7f3a", company: "Acme",
  role: "Data Analyst", candidate: { name: "Sam Lee" },
  people: [
    { id: "lee", name: "Lee Park", email: "lee@acme.example", role: "RECRUITER" },
    { id: "dana", name: "Dana Smith", email: "dana@acme.example", role: "HIRING_MANAGER", addressAs: "Dana" },
  ],
  events: [
    { type: "INTERVIEW", at: "2026-11-26T14:00", interviewers: [{ person: "dana" }], timeline: { asked: true, expectedBy: "2026-12-11" } },
    { type: "THANK_YOU", at: "2026-11-26T18:30" },
    { type: "QUESTION", at: "2026-12-04T16:00", from: "lee", about: "REFERENCES" },
  ],
};

const client = new Client({ name: "follow-up-advisor-ci", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", base)));
const server = client.getServerVersion();
say(`## Connected to ${server.name} ${server.version} at ${base}/mcp`);
say();
say(`Instructions: ${client.getInstructions()}`);
say();

const { tools } = await client.listTools();
say(`## tools/list: ${tools.length} tools`);
assert.deepEqual(tools.map((t) => t.name).sort(), ["calendar", "explain", "list_rules", "next_action"]);
for (const tool of tools) {
  say();
  say(`### ${tool.name}: ${tool.title ?? ""}`);
  say();
  say(tool.description);
  say();
  const properties = Object.keys(tool.inputSchema.properties ?? {});
  say(`Arguments: ${properties.length ? properties.join(", ") : "none"}; required: ${(tool.inputSchema.required ?? []).join(", ") || "none"}.`
    + ` Read-only: ${tool.annotations?.readOnlyHint}.`);
}

say();
say("## tools/call next_action");
block(JSON.stringify(history), "json");
const answer = await client.callTool({ name: "next_action", arguments: history });
assert.equal(answer.isError ?? false, false);
say(answer.content[0].text);
const rest = await (await fetch(new URL("/api/v2/next-action", base), {
  method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(history),
})).json();
assert.deepEqual(answer.structuredContent, rest, "next_action's structured content is the REST answer");
assert.deepEqual(JSON.parse(answer.content[1].text), rest, "its JSON text too");
say();
say(`(structured content: the same JSON as POST /api/v2/next-action; its next draft:)`);
block(short(rest.next.drafts?.[0]?.body ?? "(none)"));

say();
say("## tools/call next_action with mistakes");
const bad = { ...history, events: [{ type: "INTERVEW", at: "2026-11-26T14:00" }, { type: "THANK_YOU", at: "yesterday" }] };
block(JSON.stringify({ company: bad.company, events: bad.events }), "json");
const refused = await client.callTool({ name: "next_action", arguments: bad });
assert.equal(refused.isError, true);
say(refused.content[0].text);
const restProblem = await (await fetch(new URL("/api/v2/next-action", base), {
  method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(bad),
})).json();
assert.deepEqual(JSON.parse(refused.content[1].text), restProblem, "the REST API's problem for the same history");

say();
say("## tools/call explain");
const explained = await client.callTool({ name: "explain", arguments: history });
assert.equal(explained.isError ?? false, false);
for (const rule of rest.rules.fired) {
  assert.ok(explained.content[0].text.includes(rule), `explain names ${rule}`);
}
block(short(explained.content[0].text, 1400));

say();
say("## tools/call calendar");
const calendar = await client.callTool({ name: "calendar", arguments: history });
assert.equal(calendar.isError ?? false, false);
assert.match(calendar.content[0].text, /^BEGIN:VCALENDAR/);
block(short(calendar.content[0].text, 400));

say();
say("## tools/call list_rules");
const rules = await client.callTool({ name: "list_rules", arguments: {} });
assert.equal(rules.isError ?? false, false);
assert.equal(rules.structuredContent.version, rest.rules.version);
block(short(rules.content[0].text, 500));

say();
const { resources } = await client.listResources();
say(`## resources/list: ${resources.map((r) => r.uri).join(", ")}`);
const eventTypes = await client.readResource({ uri: "advisor://event-types" });
const text = eventTypes.contents[0].text;
for (const event of history.events) {
  assert.ok(text.includes(`## ${event.type}\n`), `the event types list ${event.type}`);
}
block(short(text, 700), "markdown");

say();
const { prompts } = await client.listPrompts();
say(`## prompts/list: ${prompts.map((p) => p.name).join(", ")}`);
const prompt = await client.getPrompt({ name: "what_next", arguments: { situation: "I had a second interview at Acme on 26 November." } });
assert.ok(prompt.messages[0].content.text.includes("next_action"));
block(short(prompt.messages[0].content.text, 500));

await client.close();
say();
say("Session OK: 4 tools listed; next_action, explain, calendar and list_rules answered; a bad history was a tool error naming its fields; the resource and the prompt read.");
if (process.argv[3]) {
  writeFileSync(process.argv[3], out.join("\n") + "\n");
}
