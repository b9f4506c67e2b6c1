// The peer of bench/peer.sh: the service's next-action decision as a GoRules ZEN decision graph
// (next-action.json), evaluated in process with @gorules/zen-engine (its Rust engine, through the
// Node binding). The graph is loaded once; its numbers and urgency order are then set from rules/
// (advice-numbers.properties, urgency-order.txt), as the service reads them.
//
//   node bench/zen/zen-peer.mjs bench [typical|scenarios] [warm-up s] [iterations] [iteration s]
//       evaluations a second, one evaluation at a time from one JS thread, each from the JSON
//       text of a state (JSON.parse, evaluate, the next action and its dates); prints one JSON line
//   node bench/zen/zen-peer.mjs agree FILE      compares with the decisions PeerDecisions wrote
//   node bench/zen/zen-peer.mjs decide FILE...  the next action for request bodies or scenarios
// Run from the project's root.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ZenEngine } from '@gorules/zen-engine';

const require = createRequire(import.meta.url);
const ZEN_VERSION = require('@gorules/zen-engine/package.json').version;
const GRAPH = new URL('./next-action.json', import.meta.url);

/**
 * The graph, set from rules/ as the service reads it: the `numbers` node's values from
 * advice-numbers.properties, and the table's rows in the order of urgency-order.txt (the table's
 * hit policy is "first", so the most urgent action that applies is the one it gives).
 */
function graph() {
  const content = JSON.parse(readFileSync(GRAPH, 'utf8'));
  const numbers = content.nodes.find((n) => n.name.startsWith('numbers'));
  const given = {};
  for (const line of readFileSync('rules/advice-numbers.properties', 'utf8').split('\n')) {
    const m = line.match(/^\s*([A-Za-z]+)\s*=\s*(-?\d+)/);
    if (m) given[m[1]] = m[2];
  }
  for (const e of numbers.content.expressions) {
    const name = e.key.replace(/^numbers\./, '');
    if (!(name in given)) throw new Error(`rules/advice-numbers.properties has no ${name}`);
    e.value = given[name];
    delete given[name];
  }
  const unknown = Object.keys(given);
  if (unknown.length) throw new Error(`the graph does not use these numbers of rules/: ${unknown.join(', ')}`);
  const urgency = readFileSync('rules/urgency-order.txt', 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const table = content.nodes.find((n) => n.type === 'decisionTableNode').content;
  const action = table.outputs.find((o) => o.field === 'action').id;
  const rank = (row) => {
    const r = urgency.indexOf(row[action].replace(/'/g, ''));
    if (r < 0) throw new Error(`rules/urgency-order.txt does not rank ${row[action]}`);
    return r;
  };
  table.rules.sort((a, b) => rank(a) - rank(b)); // stable: rows of one action keep their order
  return content;
}

/** Scenario states that name no holidays, by file name: the same list as PeerStates.scenarios. */
function scenarioStates() {
  return readdirSync('rules/scenarios').filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(`rules/scenarios/${f}`, 'utf8')).state)
    .filter((s) => s && !('holidays' in s))
    .map((s) => JSON.stringify(s));
}

function statesNamed(which) {
  if (which === 'typical') return [readFileSync('bench/states/typical.json', 'utf8')];
  if (which === 'scenarios') return scenarioStates();
  throw new Error(`no states named ${which}`);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

/** ZEN's own timing of one evaluation ("35.2µs"), in microseconds. */
function micros(performance) {
  const m = String(performance).match(/^([\d.]+)\s*(ns|µs|us|ms|s)$/);
  if (!m) return NaN;
  return Number(m[1]) * { ns: 1e-3, 'µs': 1, us: 1, ms: 1e3, s: 1e6 }[m[2]];
}

async function bench(decision, which = 'typical', warmup = 2, iterations = 3, seconds = 1) {
  const bodies = statesNamed(which);
  let i = 0;
  let sink = 0;
  const once = async () => {
    const r = await decision.evaluate(JSON.parse(bodies[i]));
    i = i + 1 === bodies.length ? 0 : i + 1;
    sink += r.result.next.action.length;
    return r;
  };
  const run = async (s) => {
    const end = process.hrtime.bigint() + BigInt(Math.round(s * 1e9));
    const start = process.hrtime.bigint();
    let n = 0;
    while (process.hrtime.bigint() < end) {
      await once();
      n++;
    }
    return n / (Number(process.hrtime.bigint() - start) / 1e9);
  };
  await run(warmup);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const rates = [];
  for (let k = 0; k < iterations; k++) rates.push(await run(seconds));
  const wall = Number(process.hrtime.bigint() - t0) / 1e3;
  const cpu = process.cpuUsage(cpu0);
  // after the measurement, so that reading ZEN's own timing costs the loop nothing
  const inEngine = [];
  for (let k = 0; k < 2000; k++) inEngine.push(micros((await once()).performance));
  console.log(JSON.stringify({
    side: 'zen', zen: ZEN_VERSION, node: process.version, states: which, count: bodies.length,
    rates: rates.map(Math.round), median: Math.round(median(rates)),
    engineMicrosMedian: median(inEngine), cpuPerWall: +((cpu.user + cpu.system) / wall).toFixed(2), sink: sink > 0,
  }));
}

async function agree(decision, file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const differ = [];
  for (const { name, state, ours } of lines) {
    const { next } = (await decision.evaluate(state)).result;
    const zen = { action: next.action, dueFrom: next.dueFrom ?? null, dueBy: next.dueBy ?? null };
    if (zen.action !== ours.action || zen.dueFrom !== ours.dueFrom || zen.dueBy !== ours.dueBy) {
      differ.push({ name, ours, zen, state });
    }
  }
  const scenarios = lines.filter((l) => !l.name.startsWith('population#')).length;
  const agreeIn = (pred) => lines.filter((l) => pred(l.name) && !differ.some((d) => d.name === l.name)).length;
  console.log(`agreement on next.action, next.dueFrom, next.dueBy: ${lines.length - differ.length} of ${lines.length} states`
    + ` (scenarios without holidays: ${agreeIn((n) => !n.startsWith('population#'))} of ${scenarios};`
    + ` generated without holidays: ${agreeIn((n) => n.startsWith('population#'))} of ${lines.length - scenarios})`);
  for (const d of differ.slice(0, 5)) console.log(JSON.stringify(d));
  process.exitCode = differ.length ? 1 : 0;
}

const [mode = 'bench', ...args] = process.argv.slice(2);
const engine = new ZenEngine();
const decision = engine.createDecision(graph());
if (mode === 'bench') {
  await bench(decision, args[0], ...args.slice(1).map(Number));
} else if (mode === 'agree') {
  await agree(decision, args[0]);
} else if (mode === 'decide') {
  for (const f of args) {
    const body = JSON.parse(readFileSync(f, 'utf8'));
    console.log(f, JSON.stringify((await decision.evaluate(body.state ?? body)).result.next));
  }
} else {
  throw new Error(`unknown mode ${mode}: bench, agree or decide`);
}
engine.dispose();
