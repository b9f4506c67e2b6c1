// Browser tests of the advisor's web page, in headless Debian Chromium driven by playwright-core.
//
//   node src/test/web/browser-test.mjs http://localhost:8081
//
// Run by WebPageBrowserTest during ./mvnw verify (against the @QuarkusTest server on the fixture
// rules, src/test/resources/fixture-rules, whose clock is
// pinned to 2026-11-24T08:00Z). Every scenario runs at a desktop and a phone width; screenshots
// go to target/screenshots/. Exits 1 if any check fails.
//   CHROMIUM=/path/to/chromium   another browser binary (default /usr/bin/chromium)

import { mkdirSync, rmSync } from 'node:fs';
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

// The contract's example application: with the test clock (24 Nov, 09:00 in Berlin) the advice is
// to follow up, overdue since 23 Nov. Sent without asOf, as a person would.
const APPLICATION = {
  company: 'Acme',
  role: 'Data Analyst',
  candidateName: 'Sam Lee',
  interviewAt: '2026-11-12T10:00',
  person: { name: 'Dana Smith', email: 'dana@acme.example', title: 'Head of Data' },
  expectedBy: '2026-11-19',
  thankYouSentAt: '2026-11-12T18:00',
  activeApplications: '4',
  upcomingInterviews: '1',
};

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
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    await scenario(`${name}: fill the form and get advice, copy a draft, come back by the link`, viewport,
      (page, context) => adviceScenario(page, context, name));
    await scenario(`${name}: a #state= link fills the form, sends nothing and keeps the saved answers`, viewport,
      (page) => linkScenario(page, name));
    await scenario(`${name}: a validation error shows beside its field`, viewport, (page) => validationScenario(page, name));
    await scenario(`${name}: a second-round video interview with a contact, answered in German`, viewport,
      (page) => secondRoundScenario(page, name));
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
    check(false, `no exception (${e.message.split('\n')[0]})`);
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

// ---- scenarios ---------------------------------------------------------------------------------

async function fillApplication(page) {
  const a = APPLICATION;
  await page.getByLabel('Company').fill(a.company);
  await page.getByLabel('Role').fill(a.role);
  await page.getByLabel('Your name').fill(a.candidateName);
  await page.getByLabel('Date and time it started').fill(a.interviewAt);
  const person = page.locator('#people > li').first();
  await person.getByLabel('Name').fill(a.person.name);
  await person.getByLabel('Email').fill(a.person.email);
  await person.getByLabel('Job title').fill(a.person.title);
  await page.getByLabel('I asked when to expect news').check();
  await page.getByLabel('They said they would get back by').fill(a.expectedBy);
  await page.getByLabel('Sent on').fill(a.thankYouSentAt);
  await page.getByLabel('Other applications in progress').fill(a.activeApplications);
  await page.getByLabel('Other interviews coming up').fill(a.upcomingInterviews);
  await page.getByLabel('This job is my first choice').check();
}

async function getAdvice(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/next-action') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Get advice' }).click(),
  ]);
  return response;
}

async function adviceScenario(page, context, name) {
  await page.goto(base + '/');
  equal(await page.getByLabel('Your time zone').inputValue(), ZONE, 'the time zone defaults to the browser\'s');
  await accessibleAndFits(page);

  // keyboard: the skip link comes first and shows where focus is
  await page.keyboard.press('Tab');
  await focusIsVisible(page, '.skip-link', 'the skip link');

  await fillApplication(page);
  await page.getByRole('button', { name: 'Add a person' }).click();
  equal(await page.locator('#people > li').count(), 2, 'Add a person adds a row');
  check(await page.locator('#interview-interviewers-1-name').evaluate((n) => n === document.activeElement),
    'the new row\'s name input has focus');
  await page.getByRole('button', { name: 'Remove person 2' }).click();
  equal(await page.locator('#people > li').count(), 1, 'Remove person takes it away again');

  const response = await getAdvice(page);
  const sent = response.request().postDataJSON();
  equal(response.status(), 200, 'the advisor answers 200');
  check(!('asOf' in sent), 'the page sends no asOf, so the service uses now');
  equal(sent.timezone, ZONE, 'the page sends the browser\'s time zone');
  equal(sent.interview?.interviewers?.[0]?.email, APPLICATION.person.email, 'the person met is sent');
  const answer = await response.json();
  equal(answer.next.action, 'FOLLOW_UP', 'the advice for the contract example (test clock) is to follow up');

  const title = page.locator('#next-title');
  await title.waitFor();
  equal((await title.textContent()).trim(), answer.next.title, 'the next action\'s title is shown');
  const inView = await page.waitForFunction(() => {
    const r = document.getElementById('next-title').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 3000 }).then(() => true, () => false);
  check(inView, 'the next action is scrolled into view');
  check(await page.locator('#answer-live').getAttribute('aria-live') === 'polite', 'the answer is a live region');
  const titleSize = await title.evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
  check(titleSize >= 24, `the next action is large (${titleSize}px)`);
  check(await page.locator('.next-action .badge.overdue').isVisible(), 'it is marked overdue');
  const dates = await page.locator('.next-action .dates time').first().getAttribute('datetime');
  equal(dates, answer.next.dueFrom ?? answer.next.dueBy, 'its first date is shown');
  check((await page.locator('.next-action .why').textContent()).includes(answer.next.why.slice(0, 40)), 'its why is shown');
  equal(await page.locator('.timeline > li').count(), answer.plan.length, 'the plan is a timeline with every step');
  equal(await page.locator('.cards .action-card').count(), answer.also.length, 'the other actions are listed');
  equal(await page.locator('.draft').count(), answer.next.drafts.length, 'every draft is shown');
  await accessibleAndFits(page);
  await shot(page, `${name}-1-advice`);

  // copy the first draft
  const draft = answer.next.drafts[0];
  const copy = page.locator('.draft').first().getByRole('button', { name: /^Copy (the message|what to say)$/ });
  await copy.click();
  await page.locator('.draft').first().locator('.copy-status').filter({ hasText: 'Copied.' }).waitFor();
  check(true, 'the Copy button confirms "Copied."');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `unreadable: ${e.message}`);
  equal(clipboard, draft.body, 'the clipboard holds the draft\'s text');
  await shot(page, `${name}-2-copied`);

  // the state is in the address: a fresh browser (no localStorage) opening it gets the same form,
  // and the same advice once it asks
  const url = page.url();
  check(/#state=[A-Za-z0-9_-]+$/.test(url), 'the page address holds the state');
  const other = await browser.newContext({ viewport: page.viewportSize(), timezoneId: ZONE, locale: 'en-GB' });
  try {
    const again = await other.newPage();
    again.setDefaultTimeout(TIMEOUT);
    await again.goto(url);
    equal(await again.getByLabel('Company').inputValue(), APPLICATION.company, 'opening the link fills the form');
    equal(await again.locator('#people > li').first().getByLabel('Email').inputValue(), APPLICATION.person.email,
      'opening the link fills the people met');
    await getAdvice(again);
    await again.locator('#next-title').waitFor();
    equal((await again.locator('#next-title').textContent()).trim(), answer.next.title,
      'asked from the link, the advice is the same');
  } finally {
    await other.close();
  }

  // and a plain visit to / in the same browser finds it in localStorage
  await page.goto(base + '/');
  equal(await page.getByLabel('Company').inputValue(), APPLICATION.company, 'a plain visit restores the form from localStorage');
  await page.getByRole('button', { name: 'Start over' }).click();
  equal(await page.getByLabel('Company').inputValue(), '', 'Start over empties the form');
  equal(await page.evaluate(() => localStorage.length), 0, 'Start over forgets the saved state');
}

// A link to the page with #state= is anyone's to write: opening it must not send those answers to
// the advisor, nor replace the answers this browser saved, until the visitor asks for advice.
async function linkScenario(page, name) {
  // this browser's own application, saved by asking for advice
  await page.goto(base + '/');
  await fillApplication(page);
  await getAdvice(page);
  const mine = await page.evaluate(() => localStorage.getItem('follow-up-advisor.state'));
  check(JSON.parse(mine ?? '{}').company === APPLICATION.company, 'asking for advice saves the answers in this browser');

  // a link someone else made, with other answers
  const theirs = { company: 'Initech', role: 'Tester', candidateName: 'Pat Doe', interview: { at: '2026-11-10T09:00' } };
  const link = `${base}/#state=${Buffer.from(JSON.stringify(theirs)).toString('base64url')}`;
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
  await page.goto(base + '/rules.html'); // leave the page, so the link is a fresh visit
  await page.goto(link);
  equal(await page.getByLabel('Company').inputValue(), 'Initech', 'the link fills the form');
  equal(await page.getByLabel('Your name').inputValue(), 'Pat Doe', 'with all its answers');
  check(await page.locator('#link-notice').isVisible(), 'the page says the answers come from a link');
  await page.waitForTimeout(1000); // time for a request the page should not send
  equal(posts.length, 0, 'opening the link sends nothing to the advisor');
  equal(await page.locator('#answer-live .next-action').count(), 0, 'and shows no advice');
  equal(await page.evaluate(() => localStorage.getItem('follow-up-advisor.state')), mine,
    'the answers saved in this browser are kept');

  // editing the link's answers does not replace the saved ones either
  await page.getByLabel('Role').fill('Senior Tester');
  await page.getByLabel('Role').blur();
  await page.waitForTimeout(500); // past the page's 250 ms before it saves what is typed
  equal(await page.evaluate(() => localStorage.getItem('follow-up-advisor.state')), mine,
    'editing the link\'s answers keeps the saved ones');
  check(/#state=/.test(page.url()), 'the address follows the edits');
  await accessibleAndFits(page);
  await shot(page, `${name}-2b-from-a-link`);

  // a plain visit still finds this browser's own answers
  await page.goto(base + '/rules.html');
  await page.goto(base + '/');
  equal(await page.getByLabel('Company').inputValue(), APPLICATION.company, 'a plain visit restores this browser\'s answers');

  // once the visitor asks for advice, the link's answers are theirs and are saved
  await page.goto(link);
  const response = await getAdvice(page);
  equal(response.request().postDataJSON()?.company, 'Initech', 'asking for advice sends the link\'s answers');
  check(await page.locator('#link-notice').isHidden(), 'and the notice goes');
  equal(JSON.parse(await page.evaluate(() => localStorage.getItem('follow-up-advisor.state')) ?? '{}').company, 'Initech',
    'and saves them in this browser');
}

async function validationScenario(page, name) {
  await page.goto(base + '/');
  await fillApplication(page);
  await page.getByLabel('Company').fill('');
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  const second = page.locator('#follow-ups > li').nth(1);
  await page.locator('#follow-ups > li').first().getByLabel('Date and time').fill('2026-11-20T09:00');
  await second.getByLabel('Date and time').fill('2026-11-10T09:00'); // before the interview (12 Nov)
  await second.getByLabel('By').selectOption('PHONE');
  // a blank person row is not sent, so person 3 is interviewers[1] in the request
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  const person3 = page.locator('#people > li').nth(2);
  await person3.getByLabel('Name').fill('Lee Park');
  await person3.getByLabel('Email').fill('lee@acme');

  const response = await getAdvice(page);
  equal(response.status(), 400, 'the advisor answers 400');
  const problem = await response.json();
  const paths = problem.errors.map((e) => e.field).sort();
  equal(JSON.stringify(paths), JSON.stringify(['company', 'followUps[1].at', 'interview.interviewers[1].email']),
    'the service names the three fields');

  const dateField = second.locator('.field').filter({ has: page.locator('input[type="datetime-local"]') });
  const message = dateField.locator('.field-error');
  await message.waitFor();
  check(/must not be before/i.test(await message.textContent()), 'the message sits beside follow-up 2\'s date input');
  equal(await second.getByLabel('Date and time').getAttribute('aria-invalid'), 'true', 'that input is marked invalid');
  const describedBy = await second.getByLabel('Date and time').getAttribute('aria-describedby');
  equal(describedBy, await message.getAttribute('id'), 'and described by the message');
  equal(await page.locator('#follow-ups > li').first().locator('.field-error').count(), 0, 'follow-up 1 has no message');
  check(/is required/i.test(await page.locator('.field').filter({ has: page.locator('#company') }).locator('.field-error').textContent()),
    'the company message sits beside the company input');

  check(/valid email/i.test(await person3.locator('.field').filter({ has: page.locator('input[type="email"]') })
    .locator('.field-error').textContent()), 'the email message sits beside person 3\'s email input');
  equal(await page.locator('#people > li').nth(1).locator('.field-error').count(), 0, 'the blank person 2 has no message');

  const summary = page.locator('#error-summary');
  check(await summary.isVisible(), 'the summary at the top is shown');
  check(await summary.evaluate((n) => n === document.activeElement), 'and has focus');
  equal(await summary.locator('li').count(), 3, 'it lists every problem');
  check(await page.locator('#answer-live .next-action').count() === 0, 'no stale advice is left on screen');
  await accessibleAndFits(page);
  await shot(page, `${name}-3-validation`);

  // a summary link takes keyboard focus to the field
  await summary.getByRole('link', { name: /Follow-up 2/ }).click();
  check(await second.getByLabel('Date and time').evaluate((n) => n === document.activeElement), 'the summary link focuses the field');

  // a path the form has no input for goes to the summary only
  await page.route('**/api/v1/next-action', (route) => route.fulfill({
    status: 400, contentType: 'application/problem+json',
    body: JSON.stringify({ title: 'Invalid application state', status: 400, errors: [{ field: 'interview.duration', message: 'is not a known field' }] }),
  }));
  await getAdvice(page);
  await summary.locator('li', { hasText: 'interview.duration' }).waitFor();
  check((await summary.textContent()).includes('is not a known field'), 'an unknown path is reported in the summary');
  equal(await page.locator('.field-error').count(), 0, 'and beside no field');
  await page.unroute('**/api/v1/next-action');

  // fixing it clears the messages and gives advice
  await page.getByLabel('Company').fill('Acme');
  await page.getByRole('button', { name: 'Remove follow-up 2' }).click();
  await person3.getByLabel('Email').fill('lee@acme.example');
  // by keyboard alone: Enter in a field submits the form
  await page.getByLabel('Company').focus();
  const [fixed] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/next-action')),
    page.keyboard.press('Enter'),
  ]);
  equal(fixed.status(), 200, 'fixed and submitted with Enter, the advisor answers 200');
  await page.locator('#next-title').waitFor();
  equal(await page.locator('.field-error').count(), 0, 'the messages are gone');
  check(await summary.isHidden(), 'the summary is gone');
  check(await page.locator('#answer-stale').isHidden(), 'the advice is current');
  await page.getByLabel('Role').fill('Senior Data Analyst');
  check(await page.locator('#answer-stale').isVisible(), 'editing the form says the advice needs updating');
}

async function secondRoundScenario(page, name) {
  await page.goto(base + '/');
  await fillApplication(page);
  await page.getByLabel('How it took place').selectOption('VIDEO');
  await page.getByLabel('Which round').fill('2');
  const person = page.locator('#people > li').first();
  await person.getByLabel('Greet them as').fill('Dana');
  await person.getByLabel('What you talked about').fill('the new data warehouse');
  await page.locator('#contact-name').fill('Lee Park');
  await page.locator('#contact-email').fill('lee@acme.example');
  await page.locator('#contact-phone').fill('+49 30 1234567');
  await page.getByLabel('Language of the advice and drafts').selectOption('de');

  const response = await getAdvice(page);
  const sent = response.request().postDataJSON();
  equal(response.status(), 200, 'the advisor answers 200');
  equal(sent.interview?.round, 2, 'the round is sent as a number');
  equal(sent.interview?.format, 'VIDEO', 'the format is sent');
  equal(sent.interview?.interviewers?.[0]?.addressAs, 'Dana', 'how to greet the person is sent');
  equal(sent.interview?.interviewers?.[0]?.talkedAbout, 'the new data warehouse', 'what was talked about is sent');
  equal(sent.contact?.name, 'Lee Park', 'the contact is sent');
  equal(sent.contact?.phone, '+49 30 1234567', 'the contact\'s phone is sent');
  equal(sent.language, 'de', 'the language is sent');
  equal(response.headers()['content-language'], 'de', 'the answer is in German');
  const answer = await response.json();
  equal(answer.next.drafts?.[0]?.recipient?.name, 'Lee Park', 'the follow-up goes to the contact');
  const title = page.locator('#next-title');
  await title.waitFor();
  equal((await title.textContent()).trim(), answer.next.title, 'the German title is shown');
  check((await page.locator('.draft').first().textContent()).includes('Lee Park'), 'the draft to the contact is shown');
  await accessibleAndFits(page);
  await shot(page, `${name}-3b-second-round-german`);

  // an offer told this morning (the test clock says 09:00 in Berlin): the reply comes first, with its draft
  await page.getByLabel('Where the application stands').selectOption('OFFER');
  await page.getByLabel('The employer last contacted you on').fill('2026-11-24T08:30');
  const offered = await getAdvice(page);
  equal(offered.status(), 200, 'the advisor answers the offer');
  const reply = await offered.json();
  equal(reply.next.action, 'REPLY', 'after an offer, the next action is to reply');
  await page.locator('.next-action[data-action="REPLY"]').waitFor();
  check(await page.locator('.next-action').textContent().then((t) => t.includes('Reply') || t.includes(reply.next.title)),
    'the reply is shown as the next action');
  check((await page.locator('.draft').first().textContent()).includes('Lee Park'), 'the reply\'s draft, to the contact, is shown');
  await shot(page, `${name}-3c-reply`);
}

async function calendarScenario(page, name) {
  await page.goto(base + '/');
  await fillApplication(page);
  await getAdvice(page);
  const button = page.getByRole('button', { name: /calendar/ });
  const status = page.locator('.calendar-status');

  // the real service: a file if it can export, else a short message (never an error page)
  const calendarRequests = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/next-action/calendar') && r.method() === 'POST') calendarRequests.push(r);
  });
  const download = page.waitForEvent('download').then((d) => `download ${d.suggestedFilename()}`).catch(() => null);
  await button.click();
  const outcome = await Promise.race([
    download,
    status.filter({ hasText: /not available|Saved/ }).waitFor().then(() => status.textContent()),
  ]);
  check(/follow-up-plan\.ics|not available|Saved follow-up-plan\.ics/.test(outcome ?? ''), `the service's calendar answer is handled (${outcome})`);
  check(calendarRequests.length === 1, 'the calendar button POSTs to /api/v1/next-action/calendar');
  check(/follow-up-plan\.ics/.test(outcome ?? ''), `this service exports the calendar (${outcome})`);

  // an older service without the calendar path: 404
  await page.route('**/api/v1/next-action/calendar', (route) => route.fulfill({
    status: 404, contentType: 'application/problem+json', body: '{"title":"Not found","status":404}' }));
  await button.click();
  await status.filter({ hasText: 'Calendar export is not available' }).waitFor();
  check(true, 'a 404 shows "calendar export is not available"');
  await shot(page, `${name}-4-calendar-unavailable`);
  await page.unroute('**/api/v1/next-action/calendar');

  // a service with the export: the file is saved as follow-up-plan.ics, with the same JSON sent
  let sentAccept = null;
  let sentBody = null;
  await page.route('**/api/v1/next-action/calendar', (route) => {
    sentAccept = route.request().headers().accept;
    sentBody = route.request().postDataJSON();
    return route.fulfill({ status: 200, contentType: 'text/calendar', body: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' });
  });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  equal(file.suggestedFilename(), 'follow-up-plan.ics', 'the calendar is saved as follow-up-plan.ics');
  equal(sentAccept, 'text/calendar', 'it asks with Accept: text/calendar');
  equal(sentBody?.company, APPLICATION.company, 'it sends the application state');
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
