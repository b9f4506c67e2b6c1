// The advisor page (/): the application's history as a form, the answer (contract 2.0), the
// calendar download, and the saved history.

import { el } from './dom.js';
import { HistoryForm } from './history-form.js';
import { FieldErrors } from './field-errors.js';
import { renderAnswer } from './answer.js';
import * as saved from './saved-state.js';

const API = 'api/v2/next-action';
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || '';

const form = document.getElementById('state-form');
const stateForm = new HistoryForm(form);
// An event's inputs may be folded away: a problem with one of them opens its event first.
const errors = new FieldErrors(form, document.getElementById('error-summary'), (target) => {
  const row = target.closest('#events > li');
  if (row) stateForm.open(row);
});
const answerSection = document.getElementById('answer');
const live = document.getElementById('answer-live');
const more = document.getElementById('answer-more');
const submit = document.getElementById('submit');
const stale = document.getElementById('answer-stale');
const calendarStatus = el('p', { class: 'calendar-status', role: 'status' });
const calendarButton = el('span', {},
  el('button', { type: 'button', class: 'secondary', id: 'calendar', onclick: downloadCalendar },
    'Add the plan to your calendar (.ics)'),
  calendarStatus);

let busy = false;
// Answers that came in a link (#state=...) are anyone's: they fill the form and nothing more. They
// are not sent, and do not replace the answers this browser saved, until the visitor asks for
// advice.
let fromLink = false;
const linkNotice = document.getElementById('link-notice');

fillTimeZones();
start();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  advise({ focusErrors: true });
});
form.addEventListener('input', debounce(() => remember(stateForm.toState()), 250));
form.addEventListener('input', () => { stale.hidden = !live.querySelector('.next-action'); });
form.addEventListener('change', () => remember(stateForm.toState()));
document.getElementById('start-over').addEventListener('click', () => {
  saved.forget();
  openedLink(false);
  stateForm.fromState({}, BROWSER_ZONE);
  errors.clear();
  resetAnswer();
  document.getElementById('company').focus();
});
// Another #state= link opened in this tab (other fragments, like the skip link's, are not answers).
window.addEventListener('hashchange', () => {
  const { state, from } = saved.load();
  if (state && from === 'address') {
    stateForm.fromState(state, BROWSER_ZONE);
    errors.clear();
    resetAnswer();
    openedLink(true);
  }
});

function start() {
  const { state, from, broken } = saved.load();
  stateForm.fromState(state, BROWSER_ZONE);
  if (broken) {
    errors.show({ title: 'The link could not be read', detail: 'The saved answers in this page\'s address are damaged; start again below.' }, false);
    return;
  }
  openedLink(from === 'address');
  // Coming back to an application saved in this browser: show today's advice for it straight away.
  const request = stateForm.toState();
  if (from === 'storage' && request.company && request.events.length) advise({ focusErrors: false });
}

function openedLink(yes) {
  fromLink = yes;
  linkNotice.hidden = !yes;
}

/** Keeps what the form holds: in the address, and in this browser unless it came from a link not yet sent. */
function remember(state) {
  if (fromLink) saved.saveInAddress(state);
  else saved.save(state);
}

async function advise({ focusErrors }) {
  if (busy) return;
  busy = true;
  submit.textContent = 'Asking the advisor…';
  answerSection.setAttribute('aria-busy', 'true');
  stateForm.sortEvents();
  const state = stateForm.toState();
  // asked for by the visitor: the answers are theirs now, a link's included
  openedLink(false);
  saved.save(state);
  try {
    const response = await post(state, 'application/json');
    const body = await readBody(response);
    if (response.ok && body && typeof body === 'object') {
      errors.clear();
      renderAnswer(body, live, more, calendarButton, (action) => stepDone(action, body));
      stale.hidden = true;
      calendarStatus.textContent = '';
      bringIntoView(answerSection);
    } else {
      clearAnswer();
      errors.show(problemOf(response, body), focusErrors);
    }
  } catch (e) {
    clearAnswer();
    errors.show({ title: 'The advisor could not be reached', detail: `Check your connection and try again. (${e.message})` }, focusErrors);
  } finally {
    busy = false;
    submit.textContent = 'Get advice';
    answerSection.removeAttribute('aria-busy');
  }
}

/** A step with no event of its own, done: a DONE event naming it, dated now by the answer's clock. */
function stepDone(action, answer) {
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(answer.asOf ?? '')?.[0];
  const row = stateForm.addEvent({ type: 'DONE', at, action: action.id });
  stateForm.sortEvents();
  row.querySelector('.edit').focus();
  stale.hidden = false;
}

async function downloadCalendar() {
  calendarStatus.textContent = 'Preparing the calendar file…';
  try {
    stateForm.sortEvents();
    const response = await post(stateForm.toState(), 'text/calendar', `${API}/calendar`);
    // An older service has no calendar path (404), or answers 406 or 415; one that ignores Accept
    // would send JSON, which is no calendar either.
    const type = response.headers.get('Content-Type') || '';
    if ([404, 406, 415].includes(response.status) || (response.ok && !/text\/calendar/i.test(type))) {
      calendarStatus.textContent = 'Calendar export is not available on this server yet.';
      return;
    }
    if (!response.ok) {
      const problem = problemOf(response, await readBody(response));
      if (response.status === 400) errors.show(problem, true);
      calendarStatus.textContent = `No calendar file: ${problem.title}.`;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: 'follow-up-plan.ics', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    calendarStatus.textContent = 'Saved follow-up-plan.ics: open it to add the dates to your calendar.';
  } catch (e) {
    calendarStatus.textContent = `The calendar file could not be fetched (${e.message}).`;
  }
}

function post(state, accept, path = API) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: accept },
    body: JSON.stringify(state),
  });
}

async function readBody(response) {
  const text = await response.text();
  if (!/json/i.test(response.headers.get('Content-Type') || '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function problemOf(response, body) {
  if (body && typeof body === 'object') return body;
  return { title: `The advisor answered ${response.status} ${response.statusText}`.trim(), detail: typeof body === 'string' ? body.slice(0, 300) : '' };
}

function resetAnswer() {
  stale.hidden = true;
  live.replaceChildren(el('p', { class: 'empty' }, 'Fill in the form and choose “Get advice”.'));
  more.replaceChildren();
}

function clearAnswer() {
  stale.hidden = true;
  live.replaceChildren(el('p', { class: 'empty' }, 'No advice yet: see the problems above the form.'));
  more.replaceChildren();
}

function bringIntoView(node) {
  const top = node.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    node.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  }
}

function fillTimeZones() {
  const list = document.getElementById('timezones');
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  list.replaceChildren(...[...new Set(['UTC', ...zones])].map((zone) => el('option', { value: zone })));
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
