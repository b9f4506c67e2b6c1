// The rules page (/rules.html): the catalogue from GET /api/v1/rules, polled every 2 seconds, so
// a rule author who saves a file sees whether the service reloaded it, and if not, why.

import { el, formatInstant } from './dom.js';

const API = 'api/v1/rules';
const EVERY_MS = 2000;

const status = document.getElementById('reload-status');
const catalogue = document.getElementById('catalogue');
const checked = document.getElementById('checked');

let lastText = null;   // the last body rendered: only a change re-renders (and is announced)
let lastProblem = null;

poll();

async function poll() {
  if (!document.hidden) await refresh();
  setTimeout(poll, EVERY_MS);
}

async function refresh() {
  let problem = null;
  try {
    const response = await fetch(API, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const text = await response.text();
    if (!response.ok) {
      problem = response.status === 404 || response.status === 405
        ? 'This version of the service has no rule catalogue (GET /api/v1/rules answered ' + response.status + ').'
        : `GET /api/v1/rules answered ${response.status} ${response.statusText}.`;
    } else {
      const data = JSON.parse(text);
      if (!data || typeof data !== 'object' || !Array.isArray(data.rules)) throw new Error('the answer is not a rule catalogue');
      if (text !== lastText) {
        lastText = text;
        render(data);
      }
    }
  } catch (e) {
    problem = `The catalogue could not be read (${e.message}).`;
  }
  showProblem(problem);
  checked.textContent = `Last checked ${formatInstant(new Date().toISOString())}.`;
}

function showProblem(problem) {
  if (problem === lastProblem) return;
  lastProblem = problem;
  document.getElementById('connection')?.remove();
  if (!problem) return;
  if (lastText === null) {
    // Never loaded: say so plainly, in place of the catalogue.
    status.replaceChildren(el('div', { class: 'banner unavailable', id: 'connection' },
      el('h2', {}, 'Rule catalogue not available'), el('p', {}, problem),
      el('p', {}, 'This page keeps trying every 2 seconds.')));
    catalogue.replaceChildren();
  } else {
    status.prepend(el('div', { class: 'banner unavailable', id: 'connection' },
      el('h2', {}, 'Rule catalogue not available right now'),
      el('p', {}, problem, ' What is shown below is the catalogue as last read.')));
  }
}

function render(data) {
  status.replaceChildren(...[reloadBanner(data.lastReload, data.version)].filter(Boolean));
  const rules = data.rules;
  catalogue.replaceChildren(
    el('dl', { class: 'facts' },
      el('dt', {}, 'Loaded version'), el('dd', { id: 'version' }, el('code', {}, data.version ?? '?')),
      el('dt', {}, 'Loaded at'), el('dd', {}, data.loadedAt ? el('time', { datetime: data.loadedAt }, formatInstant(data.loadedAt)) : '?'),
      el('dt', {}, 'Rules'), el('dd', {}, String(rules.length)),
      el('dt', {}, 'Templates'), el('dd', {}, (data.templates ?? []).length
        ? (data.templates).map((t, i) => [i ? ', ' : '', el('code', {}, t)]) : 'none')),
    el('p', { class: 'hint' }, '“Fired” counts the answers each rule has contributed to since this version was loaded.'),
    el('div', { class: 'table-wrap' }, table(rules)));
}

function reloadBanner(reload, version) {
  if (!reload || !reload.status) return null;
  const at = reload.at ? [' at ', el('time', { datetime: reload.at }, formatInstant(reload.at))] : [];
  if (reload.status === 'FAILED') {
    const errors = Array.isArray(reload.errors) ? reload.errors : [];
    return el('div', { class: 'banner failed', role: 'alert', id: 'reload-failed' },
      el('h2', {}, 'The last reload failed'),
      el('p', {}, 'Your change was not loaded', ...at, '. The advisor is still answering with version ',
        el('code', {}, version ?? '?'), '. Fix these and save again:'),
      el('ul', {}, errors.map((e) => el('li', {}, el('pre', {}, e.text ?? describe(e))))));
  }
  const warnings = Array.isArray(reload.warnings) ? reload.warnings : [];
  const warningList = warnings.length === 0 ? [] : [
    el('p', {}, 'These scenarios fail, and the rules went live anyway because advisor.rules.scenarios-must-pass is off:'),
    el('ul', {}, warnings.map((e) => el('li', {}, el('pre', {}, e.text ?? describe(e)))))];
  const unexercised = Array.isArray(reload.unexercised) ? reload.unexercised : [];
  if (unexercised.length > 0) {
    warningList.push(el('p', {}, 'No scenario fires these rules yet; add a scenario for each, or ./check-rules fails:'),
      el('ul', {}, unexercised.map((e) => el('li', {}, el('pre', {}, e.text ?? describe(e))))));
  }
  if (reload.status === 'OK') {
    return el('div', { class: 'banner ok', id: 'reload-ok' },
      el('p', {}, el('strong', {}, 'Reloaded'), ...at, ': version ', el('code', {}, reload.version ?? version ?? '?'), ' is live.'),
      ...warningList);
  }
  return el('div', { class: 'banner neutral', id: 'reload-other' },
    el('p', {}, el('strong', {}, reload.status === 'UNCHANGED' ? 'Last reload: no change' : `Last reload: ${reload.status}`), ...at, '.'),
    ...warningList);
}

function describe(error) {
  const where = [error.file, error.line, error.column].filter((v) => v !== undefined && v !== null).join(':');
  return [where, error.message].filter(Boolean).join(' ');
}

function table(rules) {
  if (rules.length === 0) return el('p', { class: 'empty' }, 'No rules are loaded.');
  const head = ['Rule', 'Advice', 'Where', 'Fired'];
  return el('table', { class: 'rules-table' },
    el('caption', {}, 'Rule catalogue'),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rules.map((rule) => el('tr', {},
      el('th', { scope: 'row' }, el('span', { class: 'rule-name' }, rule.name ?? ''),
        rule.description ? el('p', { class: 'hint' }, rule.description) : null),
      el('td', { 'data-label': 'Advice' }, rule.advice ?? ''),
      el('td', { 'data-label': 'Where', class: 'where' }, el('code', {}, [rule.file, rule.line].filter((v) => v !== undefined && v !== null).join(':'))),
      el('td', { 'data-label': 'Fired', class: 'num' }, String(rule.fired ?? 0))))));
}
