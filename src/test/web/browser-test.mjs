// Browser tests of the advisor's web page, in headless Debian Chromium driven by playwright-core.
//
//   node src/test/web/browser-test.mjs http://localhost:8081
//
// Run by WebPageBrowserTest during ./mvnw verify (against the @QuarkusTest server on the fixture
// rules, src/test/resources/fixture-rules, whose clock is
// pinned to 2026-11-24T08:00Z). Every scenario runs at a desktop and a phone width; screenshots
// go to target/screenshots/. Exits 1 if any check fails.
//   CHROMIUM=/path/to/chromium   another browser binary (default /usr/bin/chromium)
//   ONLY_VIEWPORT=desktop|phone   run the scenarios at one width only

import { mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || 'http://localhost:8081').replace(/\/$/, '');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = resolve(dirname(fileURLToPath(import.meta.url)), '../../../target/screenshots');
rmSync(shots, { recursive: true, force: true }); // only this run's pictures
mkdirSync(shots, { recursive: true });

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
};
const ZONE = 'Europe/Berlin';
const TIMEOUT = 10_000;

// An application's history, entered one event at a time and deliberately not in date order (the
// page keeps the list in date order). With the test clock (24 Nov, 09:00 in Berlin) the offer came
// half an hour ago. Sent without asOf, as a person would. The advice itself is never written
// here: the checks compare the page with what /api/v2/next-action answers for the same body.
const APPLICATION = {
  company: 'Acme',
  role: 'Data Analyst',
  candidateName: 'Sam Lee',
  people: [
    { name: 'Dana Smith', role: 'HIRING_MANAGER', roleName: 'Hiring manager', email: 'dana@acme.example', title: 'Head of Data' },
    { name: 'Lee Park', role: 'RECRUITER', roleName: 'Recruiter', email: 'lee@acme.example' },
  ],
  events: [
    { type: 'INTERVIEW', date: '2026-11-12', time: '10:00', format: 'VIDEO', with: ['Dana Smith', 'Lee Park'],
      talkedAbout: { 'Dana Smith': 'the new data warehouse' }, expectedBy: '2026-11-19' },
    { type: 'THANK_YOU', date: '2026-11-12', time: '18:00' },
    { type: 'FOLLOW_UP', date: '2026-11-23', time: '09:00', channel: 'EMAIL', to: ['Lee Park'] },
    { type: 'STILL_DECIDING', date: '2026-11-20', time: '14:00', from: 'Lee Park', expectedBy: '2026-11-27' },
    { type: 'OFFER', date: '2026-11-24', time: '08:30', from: 'Lee Park', answerBy: '2026-11-30' },
  ],
};
// the same events in the order the service reads them
const IN_DATE_ORDER = ['INTERVIEW', 'THANK_YOU', 'STILL_DECIDING', 'FOLLOW_UP', 'OFFER'];

const failures = [];
let checks = 0;

function check(condition, what) {
  checks++;
  if (condition) {
    console.log(`    ok   ${what}`);
  } else {
    console.log(`    FAIL ${what}`);
    failures.push(`${current}: ${what}`);
  }
}

function equal(actual, expected, what) {
  check(actual === expected, `${what} (expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)})`);
}

let current = '';

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  for (const [name, viewport] of Object.entries(VIEWPORTS).filter(([n]) => !process.env.ONLY_VIEWPORT || n === process.env.ONLY_VIEWPORT)) {
    await scenario(`${name}: build the history one event at a time, get advice in English and German, copy a draft, come back by the link`,
      viewport, (page, context) => historyScenario(page, context, name));
    if (name === 'phone') {
      // the fields each type takes do not depend on the width; the narrowest shows whether 20 open forms still fit
      await scenario(`${name}: every event type of the contract can be added, with only the fields it takes`, viewport,
        (page) => everyEventTypeScenario(page, name));
    }
    await scenario(`${name}: a #state= link fills the form, sends nothing and keeps the saved history`, viewport,
      (page) => linkScenario(page, name));
    await scenario(`${name}: a validation error shows beside its event's field`, viewport, (page) => validationScenario(page, name));
    await scenario(`${name}: calendar download`, viewport, (page) => calendarScenario(page, name));
    await scenario(`${name}: rules page`, viewport, (page) => rulesScenario(page, name));
  }
} finally {
  await browser.close();
}

console.log(`\n${checks - failures.length} of ${checks} checks passed; screenshots in ${shots}`);
if (failures.length) {
  console.log(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

// ---- harness -------------------------------------------------------------------------------------

async function scenario(title, viewport, body) {
  current = title;
  console.log(`\n  ${title}`);
  const context = await browser.newContext({ viewport, timezoneId: ZONE, locale: 'en-GB', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    // A failed fetch the page handles (404 of a missing endpoint, 406) is logged by Chromium too.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageErrors.push(m.text());
  });
  const foreign = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  try {
    await body(page, context);
  } catch (e) {
    check(false, `no exception (${e.message.split('\n').slice(0, 4).join(' / ')})`);
    await page.screenshot({ path: `${shots}/failure-${slug(title)}.png`, fullPage: true }).catch(() => {});
  }
  check(pageErrors.length === 0, `no script errors${pageErrors.length ? ': ' + pageErrors.join(' | ') : ''}`);
  check(foreign.length === 0, `nothing loaded from another host${foreign.length ? ': ' + foreign.join(', ') : ''}`);
  await context.close();
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  console.log(`    shot ${name}.png`);
}

// ---- checks every page must pass ---------------------------------------------------------------

async function accessibleAndFits(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    for (const input of document.querySelectorAll('input, select, textarea')) {
      if (input.type === 'hidden') continue;
      const named = input.labels?.length || input.getAttribute('aria-label') || input.getAttribute('aria-labelledby');
      if (!named) out.push(`unlabelled ${input.outerHTML.slice(0, 80)}`);
    }
    for (const fieldset of document.querySelectorAll('fieldset')) {
      if (fieldset.firstElementChild?.tagName !== 'LEGEND') out.push('fieldset without a legend');
    }
    const ids = [...document.querySelectorAll('[id]')].map((n) => n.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length) out.push(`duplicate ids ${[...new Set(dup)].join(', ')}`);
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      out.push(`wider than the screen: ${document.documentElement.scrollWidth}px > ${window.innerWidth}px`);
    }
    return out;
  });
  check(problems.length === 0, `labels, legends, unique ids, no sideways scrolling${problems.length ? ': ' + problems.join('; ') : ''}`);
}

async function focusIsVisible(page, selector, what) {
  const outline = await page.locator(selector).evaluate((node) => {
    const style = getComputedStyle(node);
    return { focused: document.activeElement === node, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  check(outline.focused && outline.style !== 'none' && outline.width >= 2, `${what} shows a visible focus outline`);
}

// ---- entering a history, as a person does --------------------------------------------------------

async function fillJob(page, a = APPLICATION) {
  await page.getByLabel('Company').fill(a.company);
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill(a.role);
  await page.getByLabel('Your name').fill(a.candidateName);
}

async function addPerson(page, p) {
  await page.getByRole('button', { name: 'Add a person' }).click();
  const row = page.locator('#people > li').last();
  check(await row.getByLabel('Name').evaluate((n) => n === document.activeElement), `the new person's name has focus (${p.name})`);
  await row.getByLabel('Name').fill(p.name);
  await row.getByLabel('Role').selectOption(p.role);
  if (p.email) await row.getByLabel('Email').fill(p.email);
  if (p.title) await row.getByLabel('Job title').fill(p.title);
  return row;
}

function personOption(name) {
  const p = APPLICATION.people.find((x) => x.name === name);
  return { label: `${p.name} (${p.roleName})` };
}

/** Chooses the event's type, adds it, fills its form, and (unless keepOpen) closes it with Done. */
async function addEvent(page, e, { keepOpen = false } = {}) {
  await page.getByLabel('What happened next').selectOption(e.type);
  await page.getByRole('button', { name: 'Add this event' }).click();
  const row = page.locator('#events > li').last();
  const date = row.getByLabel(/^Date/);
  check(await date.evaluate((n) => n === document.activeElement), `the new ${e.type} event's date has focus`);
  await date.fill(e.date);
  if (e.time) await row.getByLabel(/^Time/).first().fill(e.time);
  if (e.format) await row.getByLabel('How it takes place').selectOption(e.format);
  for (const person of [...(e.with ?? []), ...(e.to ?? [])]) await row.getByRole('checkbox', { name: new RegExp(person) }).check();
  for (const [person, about] of Object.entries(e.talkedAbout ?? {})) await row.getByLabel(`What you talked about with ${person}`).fill(about);
  if (e.expectedBy) {
    await row.getByLabel(e.type === 'INTERVIEW' ? 'They said they would decide by' : 'Their new date for a decision').fill(e.expectedBy);
  }
  if (e.channel) await row.getByLabel('By', { exact: true }).selectOption(e.channel);
  if (e.from) await row.getByLabel('From').selectOption(personOption(e.from));
  if (e.answerBy) await row.getByLabel('Answer it by').fill(e.answerBy);
  if (!keepOpen) await row.getByRole('button', { name: 'Done' }).click();
  return row;
}

async function enterApplication(page) {
  await fillJob(page);
  for (const p of APPLICATION.people) await addPerson(page, p);
  for (const e of APPLICATION.events) await addEvent(page, e);
}

async function getAdvice(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v2/next-action') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Get advice' }).click(),
  ]);
  return response;
}

async function eventTypes(page) {
  return page.locator('#events > li').evaluateAll((rows) => rows.map((r) => r.dataset.type));
}

/**
 * Asks the API itself for the answer to sent, and checks the page shows it: the next action, the
 * actions also due now, the plan (by their ids), every draft, and the status. Returns the answer.
 */
async function showsTheAnswerFor(page, sent, what) {
  const api = await page.request.post(`${base}/api/v2/next-action`, { data: sent });
  equal(api.status(), 200, `the API answers the same history 200 (${what})`);
  const answer = await api.json();
  const title = page.locator('#next-title');
  await title.waitFor();
  equal((await title.textContent()).trim(), answer.next.title, `the page shows the API's next action (${what})`);
  equal(await page.locator('#answer-live .next-action').getAttribute('data-id'), answer.next.id, `the same step, ${answer.next.id}`);
  const also = await page.locator('#answer-more .cards .action-card').evaluateAll((nodes) => nodes.map((n) => n.dataset.id));
  equal(JSON.stringify(also), JSON.stringify((answer.also ?? []).map((a) => a.id)), 'the actions also due now');
  const plan = await page.locator('#answer-more .timeline > li').evaluateAll((nodes) => nodes.map((n) => n.dataset.id));
  equal(JSON.stringify(plan), JSON.stringify((answer.plan ?? []).map((a) => a.id)), 'the plan\'s steps');
  const drafts = await page.locator('#answer-more .draft-body').allTextContents();
  const expected = [answer.next, ...(answer.also ?? [])].flatMap((a) => (a.drafts ?? []).map((d) => d.body));
  check(expected.length > 0, `the answer has drafts to show (${expected.length})`);
  equal(JSON.stringify(drafts), JSON.stringify(expected), 'every draft due now, word for word');
  for (const key of ['outcome', 'round', 'waitingOn', 'referenceDate', 'nextInterviewAt', 'region']) {
    const value = answer.status?.[key];
    equal(await page.locator(`[data-status="${key}"]`).getAttribute('data-value'), value === null || value === undefined ? '' : String(value),
      `status.${key} is shown`);
  }
  return answer;
}

// ---- scenarios ---------------------------------------------------------------------------------

async function historyScenario(page, context, name) {
  await page.goto(base + '/');
  equal(await page.getByLabel('Your time zone').inputValue(), ZONE, 'the time zone defaults to the browser\'s');
  await accessibleAndFits(page);

  // keyboard: the skip link comes first and shows where focus is
  await page.keyboard.press('Tab');
  await focusIsVisible(page, '.skip-link', 'the skip link');

  await fillJob(page);
  for (const p of APPLICATION.people) await addPerson(page, p);
  equal(await page.locator('#people > li').count(), 2, 'two people');

  // one event at a time; the first with its form open, as a person sees it
  for (const [i, e] of APPLICATION.events.entries()) {
    const row = await addEvent(page, e, { keepOpen: i === 0 });
    if (i === 0) {
      await accessibleAndFits(page);
      await shot(page, `${name}-1a-adding-an-interview`);
      await row.getByRole('button', { name: 'Done' }).click();
      check(await row.locator('.event-fields').isHidden(), 'Done folds the event\'s form away');
      check(await row.getByRole('button', { name: /^Edit event/ }).evaluate((n) => n === document.activeElement),
        'and focus goes to its Edit button');
    }
    equal(await page.locator('#events > li').count(), i + 1, `the ${e.type} event is in the list`);
  }
  equal(JSON.stringify(await eventTypes(page)), JSON.stringify(IN_DATE_ORDER), 'the list shows the events in date order');
  const summaries = await page.locator('#events .event-summary').allTextContents();
  check(summaries[0].includes('Dana Smith') && summaries[0].includes('Lee Park'), `the interview's summary names the people met (${summaries[0]})`);
  check(summaries[4].includes('Lee Park'), `the offer's summary says whom it came from (${summaries[4]})`);

  // the people with their roles, and the rounds
  const people = await page.locator('#people-overview > li').allTextContents();
  for (const p of APPLICATION.people) {
    check(people.some((t) => t.includes(p.name) && t.includes(p.roleName)), `${p.name} is shown as ${p.roleName}`);
  }
  const rounds = await page.locator('#rounds > li').allTextContents();
  equal(rounds.length, 1, 'one round is shown');
  check(/Round 1/.test(rounds[0] ?? '') && rounds[0].includes('Dana Smith') && rounds[0].includes('Lee Park'),
    `round 1 shows when and whom (${rounds[0]})`);

  // edit an event: the follow-up was a call
  await page.getByRole('button', { name: 'Edit event 4: Follow-up' }).click();
  const followUp = page.locator('#events > li').nth(3);
  check(await followUp.locator('.event-fields').isVisible(), 'Edit opens the event\'s form');
  await followUp.getByLabel('By', { exact: true }).selectOption('PHONE');
  await followUp.getByRole('button', { name: 'Done' }).click();
  check((await followUp.locator('.event-summary').textContent()).includes('by phone'), 'the edited summary says by phone');

  // remove an event added by mistake
  await addEvent(page, { type: 'REJECTION', date: '2026-11-24', time: '08:45' });
  equal(await page.locator('#events > li').count(), 6, 'the mistaken event is in the list');
  await page.getByRole('button', { name: 'Remove event 6: A no' }).click();
  equal(JSON.stringify(await eventTypes(page)), JSON.stringify(IN_DATE_ORDER), 'Remove takes it away again');

  const response = await getAdvice(page);
  const sent = response.request().postDataJSON();
  equal(response.status(), 200, 'the advisor answers 200');
  equal(response.request().url(), `${base}/api/v2/next-action`, 'the page asks contract 2.0\'s path');
  check(!('asOf' in sent), 'the page sends no asOf, so the service uses its clock');
  equal(sent.timezone, ZONE, 'the page sends the browser\'s time zone');
  equal(sent.candidate?.name, APPLICATION.candidateName, 'the candidate signs the drafts');
  const ids = Object.fromEntries((sent.people ?? []).map((p) => [p.name, p.id]));
  equal(sent.people?.find((p) => p.name === 'Dana Smith')?.role, 'HIRING_MANAGER', 'each person is sent with a role');
  equal(sent.people?.find((p) => p.name === 'Lee Park')?.email, 'lee@acme.example', 'and their email');
  equal(JSON.stringify(sent.events.map((e) => e.type)), JSON.stringify(IN_DATE_ORDER), 'the events are sent in date order');
  const [interview, thanks, , followUpSent, offer] = sent.events;
  equal(interview.at, '2026-11-12T10:00', 'the interview\'s date and time');
  equal(interview.format, 'VIDEO', 'its format');
  equal(JSON.stringify(interview.interviewers),
    JSON.stringify([{ person: ids['Dana Smith'], talkedAbout: 'the new data warehouse' }, { person: ids['Lee Park'] }]),
    'its people, by their ids, with what was talked about');
  equal(interview.timeline?.expectedBy, '2026-11-19', 'the date they gave');
  equal(JSON.stringify(Object.keys(thanks).sort()), JSON.stringify(['at', 'type']), 'a thank-you with nothing ticked sends no recipients');
  equal(followUpSent.channel, 'PHONE', 'the edited follow-up');
  equal(JSON.stringify(followUpSent.to), JSON.stringify([ids['Lee Park']]), 'to whom');
  equal(offer.from, ids['Lee Park'], 'the offer\'s sender');
  equal(offer.answerBy, '2026-11-30', 'and its answer-by date');
  const english = await showsTheAnswerFor(page, sent, 'English');
  equal(english.language, 'en', 'the answer is in English');
  await accessibleAndFits(page);
  await shot(page, `${name}-1-advice`);

  // copy the first draft
  const draft = [english.next, ...(english.also ?? [])].flatMap((a) => a.drafts ?? [])[0];
  const copy = page.locator('.draft').first().getByRole('button', { name: /^Copy (the message|what to say)$/ });
  await copy.click();
  await page.locator('.draft').first().locator('.copy-status').filter({ hasText: 'Copied.' }).waitFor();
  check(true, 'the Copy button confirms "Copied."');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `unreadable: ${e.message}`);
  equal(clipboard, draft?.body, 'the clipboard holds the draft\'s text');

  // the same history in German
  await page.getByLabel('Language of the advice and drafts').selectOption('de');
  const german = await getAdvice(page);
  equal(german.request().postDataJSON().language, 'de', 'the language is sent');
  equal(german.headers()['content-language'], 'de', 'the answer is in German');
  const deAnswer = await showsTheAnswerFor(page, german.request().postDataJSON(), 'German');
  equal(deAnswer.language, 'de', 'the API\'s answer is German too');
  check(deAnswer.next.title !== english.next.title, 'and its words are not the English ones');
  await accessibleAndFits(page);
  await shot(page, `${name}-2-advice-german`);

  // the history is in the address: a fresh browser (no localStorage) opening it finds every event
  const url = page.url();
  check(/#state=[A-Za-z0-9_-]+$/.test(url), 'the page address holds the history');
  const other = await browser.newContext({ viewport: page.viewportSize(), timezoneId: ZONE, locale: 'en-GB' });
  try {
    const again = await other.newPage();
    again.setDefaultTimeout(TIMEOUT);
    await again.goto(url);
    equal(await again.getByLabel('Company').inputValue(), APPLICATION.company, 'opening the link fills the form');
    equal(await again.locator('#people > li').count(), 2, 'with the people');
    equal(JSON.stringify(await eventTypes(again)), JSON.stringify(IN_DATE_ORDER), 'and every event, in date order');
    const rounds2 = await again.locator('#rounds > li').allTextContents();
    equal(JSON.stringify(rounds2), JSON.stringify(rounds), 'and the same rounds');
    const back = await getAdvice(again);
    equal(JSON.stringify(back.request().postDataJSON()), JSON.stringify(german.request().postDataJSON()),
      'asked from the link, the same history is sent');
    await showsTheAnswerFor(again, back.request().postDataJSON(), 'from the link');
  } finally {
    await other.close();
  }

  // and a plain visit to / in the same browser finds it in localStorage, and advises straight away
  await page.goto(base + '/rules.html');
  const [restored] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v2/next-action') && r.request().method() === 'POST'),
    page.goto(base + '/'),
  ]);
  equal(JSON.stringify(await eventTypes(page)), JSON.stringify(IN_DATE_ORDER), 'a plain visit restores the events from localStorage');
  await showsTheAnswerFor(page, restored.request().postDataJSON(), 'coming back');
  await page.getByRole('button', { name: 'Start over' }).click();
  equal(await page.getByLabel('Company').inputValue(), '', 'Start over empties the form');
  equal(await page.locator('#events > li').count(), 0, 'and the events');
  equal(await page.evaluate(() => localStorage.length), 0, 'Start over forgets the saved history');
}

/**
 * Every event type the OpenAPI document's discriminator lists can be chosen and added, and its form
 * asks for exactly the fields that type's schema has (no more: the service refuses a field the
 * type does not take).
 */
async function everyEventTypeScenario(page, name) {
  const openapi = await (await page.request.get(`${base}/q/openapi?format=json`)).json();
  const schemas = openapi.components.schemas;
  const mapping = Object.values(schemas).find((s) => s.discriminator?.propertyName === 'type' && s.oneOf)?.discriminator.mapping ?? {};
  const contractTypes = Object.keys(mapping);
  check(contractTypes.length >= 20, `the OpenAPI document lists the event types (${contractTypes.length})`);

  await page.goto(base + '/');
  const offered = await page.locator('#new-event-type option').evaluateAll((nodes) => nodes.map((n) => n.value));
  equal(JSON.stringify([...offered].sort()), JSON.stringify([...contractTypes].sort()), 'the page offers every event type, and no other');

  await fillJob(page);
  for (const p of APPLICATION.people) await addPerson(page, p);
  for (const type of contractTypes) {
    await page.getByLabel('What happened next').selectOption(type);
    await page.getByRole('button', { name: 'Add this event' }).click();
    const row = page.locator('#events > li').last();
    // fill in everything the form asks for this type
    await row.locator('.event-fields input[type="checkbox"]').evaluateAll((boxes) => boxes.forEach((b) => b.click()));
    for (const input of await row.locator('.event-fields input:visible, .event-fields textarea').all()) {
      const kind = await input.getAttribute('type');
      if (kind === 'checkbox') continue;
      if (kind === 'date') await input.fill('2026-11-20');
      else if (kind === 'time') await input.fill('10:00');
      else if (await input.getAttribute('inputmode') === 'numeric') await input.fill('2');
      else await input.fill('some text');
    }
    for (const select of await row.locator('.event-fields select:not(.event-type)').all()) {
      const last = await select.locator('option').last().getAttribute('value');
      await select.selectOption(last);
    }
  }
  const response = await getAdvice(page);
  const sent = response.request().postDataJSON();
  await accessibleAndFits(page); // every kind of input open at once
  await shot(page, `${name}-1b-every-event-type`);
  for (const type of contractTypes) {
    const event = sent.events.find((e) => e.type === type);
    const schema = schemas[mapping[type].split('/').pop()];
    const takes = Object.keys(schema.properties).filter((k) => !['type', 'at', 'id', 'note'].includes(k)).sort();
    const given = Object.keys(event ?? {}).filter((k) => !['type', 'at', 'id', 'note'].includes(k)).sort();
    equal(JSON.stringify(given), JSON.stringify(takes), `${type}: the form asks for the fields the contract gives it`);
  }
  const problem = response.status() === 200 ? { errors: [] } : await response.json();
  const strays = (problem.errors ?? []).filter((e) => /is not a field/.test(e.message));
  equal(strays.length, 0, `the service finds no field the event type does not take${strays.length ? ': ' + strays.map((e) => e.field).join(', ') : ''}`);
}

// A link to the page with #state= is anyone's to write: opening it must not send that history to
// the advisor, nor replace the one this browser saved, until the visitor asks for advice.
async function linkScenario(page, name) {
  // this browser's own application, saved by asking for advice
  await page.goto(base + '/');
  await fillJob(page);
  for (const p of APPLICATION.people) await addPerson(page, p);
  await addEvent(page, APPLICATION.events[0]);
  await getAdvice(page);
  const mine = await page.evaluate(() => localStorage.getItem('follow-up-advisor.state'));
  check(JSON.parse(mine ?? '{}').company === APPLICATION.company, 'asking for advice saves the history in this browser');

  // a link someone else made, with another history
  const theirs = {
    company: 'Initech', role: 'Tester', candidate: { name: 'Pat Doe' },
    people: [{ id: 'kim', name: 'Kim Lo', role: 'RECRUITER' }],
    events: [{ type: 'INTERVIEW', at: '2026-11-10T09:00', interviewers: [{ person: 'kim' }] }, { type: 'QUESTION', at: '2026-11-11', from: 'kim', about: 'SALARY' }],
  };
  const link = `${base}/#state=${Buffer.from(JSON.stringify(theirs)).toString('base64url')}`;
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
  await page.goto(base + '/rules.html'); // leave the page, so the link is a fresh visit
  await page.goto(link);
  equal(await page.getByLabel('Company').inputValue(), 'Initech', 'the link fills the form');
  equal(await page.getByLabel('Your name').inputValue(), 'Pat Doe', 'with all its answers');
  equal(JSON.stringify(await eventTypes(page)), JSON.stringify(['INTERVIEW', 'QUESTION']), 'and its events');
  check((await page.locator('#events > li').nth(1).textContent()).includes('Kim Lo'), 'naming its people');
  check(await page.locator('#link-notice').isVisible(), 'the page says the answers come from a link');
  await page.waitForTimeout(1000); // time for a request the page should not send
  equal(posts.length, 0, 'opening the link sends nothing to the advisor');
  equal(await page.locator('#answer-live .next-action').count(), 0, 'and shows no advice');
  equal(await page.evaluate(() => localStorage.getItem('follow-up-advisor.state')), mine,
    'the history saved in this browser is kept');

  // editing the link's answers does not replace the saved ones either
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Senior Tester');
  await page.getByRole('textbox', { name: 'Role', exact: true }).blur();
  await page.waitForTimeout(500); // past the page's 250 ms before it saves what is typed
  equal(await page.evaluate(() => localStorage.getItem('follow-up-advisor.state')), mine,
    'editing the link\'s answers keeps the saved ones');
  check(/#state=/.test(page.url()), 'the address follows the edits');
  await accessibleAndFits(page);
  await shot(page, `${name}-2b-from-a-link`);

  // an old link, of the page that asked for a contract 1.1 state, opens as that state's events
  const old = { company: 'Globex', interview: { at: '2026-11-09T15:00', interviewers: [{ name: 'Ana Ruiz' }] },
    thankYou: { sentAt: '2026-11-09T19:00' }, followUps: [{ at: '2026-11-20T09:00', channel: 'EMAIL' }] };
  await page.goto(base + '/rules.html');
  await page.goto(`${base}/#state=${Buffer.from(JSON.stringify(old)).toString('base64url')}`);
  equal(await page.getByLabel('Company').inputValue(), 'Globex', 'an old 1.1 link fills the form');
  equal(JSON.stringify(await eventTypes(page)), JSON.stringify(['INTERVIEW', 'THANK_YOU', 'FOLLOW_UP']), 'as the events the contract makes of it');
  equal(await page.locator('#people > li').first().getByLabel('Name').inputValue(), 'Ana Ruiz', 'its interviewer is a person');

  // a plain visit still finds this browser's own history
  await page.goto(base + '/rules.html');
  await page.goto(base + '/');
  equal(await page.getByLabel('Company').inputValue(), APPLICATION.company, 'a plain visit restores this browser\'s history');

  // once the visitor asks for advice, the link's history is theirs and is saved
  await page.goto(link);
  const response = await getAdvice(page);
  equal(response.request().postDataJSON()?.company, 'Initech', 'asking for advice sends the link\'s history');
  check(await page.locator('#link-notice').isHidden(), 'and the notice goes');
  equal(JSON.parse(await page.evaluate(() => localStorage.getItem('follow-up-advisor.state')) ?? '{}').events?.length, 2,
    'and saves it in this browser');
}

async function validationScenario(page, name) {
  await page.goto(base + '/');
  await fillJob(page);
  await page.getByLabel('Company').fill('');
  await addPerson(page, APPLICATION.people[0]);
  await addPerson(page, { ...APPLICATION.people[1], email: 'lee@acme' });
  await addEvent(page, APPLICATION.events[0]);
  // a follow-up before the interview (12 Nov), and a message from the future (the clock says 24 Nov)
  await addEvent(page, { type: 'FOLLOW_UP', date: '2026-11-10', time: '09:00' });
  await addEvent(page, { type: 'STILL_DECIDING', date: '2026-11-30', from: 'Lee Park' });
  equal(JSON.stringify(await eventTypes(page)), JSON.stringify(['FOLLOW_UP', 'INTERVIEW', 'STILL_DECIDING']), 'in date order');

  const response = await getAdvice(page);
  equal(response.status(), 400, 'the advisor answers 400');
  const problem = await response.json();
  const paths = problem.errors.map((e) => e.field).sort();
  equal(JSON.stringify(paths), JSON.stringify(['company', 'events[0].at', 'events[2].at', 'people[1].email']),
    'the service names the four fields, events by their place in the list');

  // each message beside the input its path names; an event's form opens to show it
  for (const error of problem.errors) {
    const input = page.locator(`[data-path="${error.field}"]`);
    equal(await input.count(), 1, `one input has the path ${error.field}`);
    const field = page.locator('.field').filter({ has: input });
    const message = field.locator('.field-error');
    check(await message.isVisible(), `the message for ${error.field} is visible beside its field`);
    equal(await input.getAttribute('aria-invalid'), 'true', `${error.field}: the input is marked invalid`);
    equal(await input.getAttribute('aria-describedby'), await message.getAttribute('id'), `${error.field}: and described by the message`);
  }
  const future = page.locator('#events > li').nth(2);
  check(await future.locator('.event-fields').isVisible(), 'the future message\'s form is open');
  check(/must not be after/i.test(await future.locator('.field-error').textContent()), 'its message sits beside its date');
  const early = page.locator('#events > li').nth(0);
  check(/event 2/i.test(await early.locator('.field-error').textContent()), 'the follow-up\'s message names the interview as the form numbers it');
  equal(await page.locator('#events > li').nth(1).locator('.field-error').count(), 0, 'the interview has no message');
  check(await page.locator('#events > li').nth(1).locator('.event-fields').isHidden(), 'and stays folded');
  check(/valid email/i.test(await page.locator('#people > li').nth(1).locator('.field-error').textContent()),
    'the email message sits beside person 2\'s email');

  const summary = page.locator('#error-summary');
  check(await summary.isVisible(), 'the summary at the top is shown');
  check(await summary.evaluate((n) => n === document.activeElement), 'and has focus');
  equal(await summary.locator('li').count(), 4, 'it lists every problem');
  check(await page.locator('#answer-live .next-action').count() === 0, 'no stale advice is left on screen');
  await accessibleAndFits(page);
  await shot(page, `${name}-3-validation`);

  // a summary link takes keyboard focus to the field
  await summary.getByRole('link', { name: /Event 3/ }).click();
  check(await future.getByLabel(/^Date/).evaluate((n) => n === document.activeElement), 'the summary link focuses the event\'s date');

  // a path the form has no input for goes to the summary only
  await page.route('**/api/v2/next-action', (route) => route.fulfill({
    status: 400, contentType: 'application/problem+json',
    body: JSON.stringify({ title: 'Invalid application history', status: 400, errors: [{ field: 'events[1].duration', message: 'is not a field of an INTERVIEW event' }] }),
  }));
  await getAdvice(page);
  await summary.locator('li', { hasText: 'events[1].duration' }).waitFor();
  check((await summary.textContent()).includes('is not a field'), 'an unknown path is reported in the summary');
  equal(await page.locator('.field-error').count(), 0, 'and beside no field');
  await page.unroute('**/api/v2/next-action');

  // fixing it clears the messages and gives advice
  await page.getByLabel('Company').fill('Acme');
  await page.getByRole('button', { name: 'Remove event 1: Follow-up' }).click();
  await page.locator('#events > li').nth(1).getByLabel(/^Date/).fill('2026-11-20');
  await page.locator('#people > li').nth(1).getByLabel('Email').fill('lee@acme.example');
  // by keyboard alone: Enter in a field submits the form
  await page.getByLabel('Company').focus();
  const [fixed] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v2/next-action')),
    page.keyboard.press('Enter'),
  ]);
  equal(fixed.status(), 200, 'fixed and submitted with Enter, the advisor answers 200');
  await page.locator('#next-title').waitFor();
  equal(await page.locator('.field-error').count(), 0, 'the messages are gone');
  check(await summary.isHidden(), 'the summary is gone');
  check(await page.locator('#answer-stale').isHidden(), 'the advice is current');
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Senior Data Analyst');
  check(await page.locator('#answer-stale').isVisible(), 'editing the form says the advice needs updating');
}

async function calendarScenario(page, name) {
  await page.goto(base + '/');
  await enterApplication(page);
  const advice = await getAdvice(page);
  const sent = advice.request().postDataJSON();
  const button = page.getByRole('button', { name: /calendar/ });
  const status = page.locator('.calendar-status');

  // the real service: the file the API gives for the same history
  const calendarRequests = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v2/next-action/calendar') && r.method() === 'POST') calendarRequests.push(r);
  });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  equal(download.suggestedFilename(), 'follow-up-plan.ics', 'the calendar is saved as follow-up-plan.ics');
  await status.filter({ hasText: 'Saved' }).waitFor();
  check(calendarRequests.length === 1, 'the calendar button POSTs to /api/v2/next-action/calendar');
  equal(calendarRequests[0]?.headers().accept, 'text/calendar', 'it asks with Accept: text/calendar');
  equal(JSON.stringify(calendarRequests[0]?.postDataJSON()), JSON.stringify(sent), 'it sends the history the advice was for');
  const file = await readFile(await download.path(), 'utf8');
  const api = await page.request.post(`${base}/api/v2/next-action/calendar`, { data: sent, headers: { Accept: 'text/calendar' } });
  const unstamped = (text) => text.replace(/^DTSTAMP:.*$/gm, '');
  check(file.startsWith('BEGIN:VCALENDAR'), 'the file is a calendar');
  equal(unstamped(file), unstamped(await api.text()), 'the file is what the API gives for the same history');
  await shot(page, `${name}-4-calendar`);

  // an older service without the calendar path: 404
  await page.route('**/api/v2/next-action/calendar', (route) => route.fulfill({
    status: 404, contentType: 'application/problem+json', body: '{"title":"Not found","status":404}' }));
  await button.click();
  await status.filter({ hasText: 'Calendar export is not available' }).waitFor();
  check(true, 'a 404 shows "calendar export is not available"');
  await page.unroute('**/api/v2/next-action/calendar');
}

async function rulesScenario(page, name) {
  // the real service: the catalogue, or (until the endpoint exists) a clear "not available"
  await page.goto(base + '/rules.html');
  await page.locator('#catalogue table, #connection').first().waitFor();
  const real = await page.locator('#catalogue table').count() ? 'the catalogue' : (await page.locator('#connection h2').textContent());
  check(/catalogue|not available/i.test(real), `the rules page shows ${real}`);
  await accessibleAndFits(page);
  await shot(page, `${name}-5-rules-live`);

  // no endpoint at all
  await page.route('**/api/v1/rules', (route) => route.fulfill({
    status: 404, contentType: 'application/problem+json', body: '{"title":"Not found","status":404}' }));
  await page.reload();
  await page.getByRole('heading', { name: 'Rule catalogue not available' }).waitFor();
  check(true, 'a 404 shows "Rule catalogue not available"');
  await page.unroute('**/api/v1/rules');

  // a failed reload, then a fixed one: the page follows within a poll or two
  let catalogue = sampleCatalogue('FAILED');
  await page.route('**/api/v1/rules', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(catalogue) }));
  await page.reload();
  const failed = page.locator('#reload-failed');
  await failed.waitFor();
  check((await failed.textContent()).includes('move-on.drl:30:4 unable to resolve MOVE_ONN'), 'a FAILED reload shows a red banner with each error\'s text');
  const colour = await failed.evaluate((n) => getComputedStyle(n).borderTopColor);
  equal(colour, 'rgb(164, 22, 26)', 'the banner is red');
  equal(await page.locator('.rules-table tbody tr').count(), 2, 'the catalogue lists every rule');
  check((await page.locator('#version').textContent()).includes('e59969b907dc'), 'the loaded version is shown');
  check((await page.locator('.facts').textContent()).includes('follow-up, thanks'), 'the templates are listed');
  await accessibleAndFits(page);
  await shot(page, `${name}-6-rules-failed`);

  catalogue = sampleCatalogue('OK');
  await page.locator('#reload-ok').waitFor({ timeout: 6000 });
  check(await failed.count() === 0, 'after a good reload the red banner goes, without reloading the page');
  check((await page.locator('#version').textContent()).includes('0a1b2c3d4e5f'), 'and the new version is shown');
  equal((await page.locator('.rules-table tbody tr').first().locator('td.num').textContent()).trim(), '4', 'fired counts refresh');
  await shot(page, `${name}-7-rules-ok`);
}

function sampleCatalogue(status) {
  const failed = status === 'FAILED';
  return {
    version: failed ? 'e59969b907dc' : '0a1b2c3d4e5f',
    loadedAt: failed ? '2026-11-26T06:56:48Z' : '2026-11-26T07:03:00Z',
    rules: [
      {
        name: 'Follow up', file: 'follow-up.drl', line: 25,
        description: 'From the follow-up day on, follow up by email.',
        advice: 'Follow up', fired: failed ? 3 : 4,
      },
      {
        name: 'Move on after the follow-ups', file: 'move-on.drl', line: 9,
        description: 'Some days after the last unanswered follow-up, move on.',
        advice: 'Move on', fired: 0,
      },
    ],
    templates: ['follow-up', 'thanks'],
    lastReload: failed
      ? {
        status: 'FAILED', at: '2026-11-26T07:01:02Z', version: 'e59969b907dc',
        errors: [{ file: 'move-on.drl', line: 30, column: 4, message: 'unable to resolve MOVE_ONN', text: 'move-on.drl:30:4 unable to resolve MOVE_ONN' }],
      }
      : { status: 'OK', at: '2026-11-26T07:03:00Z', version: '0a1b2c3d4e5f' },
  };
}
