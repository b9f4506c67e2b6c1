// Renders a 200 from POST /api/v2/next-action: the next action large, with its dates and why;
// where the application stands (status); the other actions that apply now; the plan as a
// timeline; every draft with a Copy button. An action code this page does not know is shown by
// its title and why, as the contract asks.

import { el, timeEl, formatDateTime } from './dom.js';
import { copyText } from './clipboard.js';

const ACTION_NAMES = {
  REPLY: 'Reply',
  ANSWER_OFFER: 'Answer the offer',
  ASK_TO_EXPEDITE: 'Ask them to speed up',
  UPDATE_REFERRER: 'Update your referrer',
  SUBMIT_ASSIGNMENT: 'Hand in the assignment',
  WITHDRAW_ELSEWHERE: 'Withdraw elsewhere',
  ASK_FOR_TIMELINE: 'Ask for the timeline',
  SEND_THANK_YOU: 'Send a thank-you note',
  WAIT: 'Wait',
  FOLLOW_UP: 'Follow up',
  MOVE_ON: 'Move on',
  KEEP_SEARCHING: 'Keep searching',
  NONE: 'Nothing to do',
};

const CHANNEL_NAMES = { EMAIL: 'email', PHONE: 'phone' };

// The steps with no event of their own: the history says they are done with a DONE naming the step.
const DONE_STEPS = ['ASK_TO_EXPEDITE', 'UPDATE_REFERRER', 'WITHDRAW_ELSEWHERE', 'MOVE_ON'];

const OUTCOMES = {
  OPEN: 'Open: no decision yet',
  ON_HOLD: 'On hold',
  OFFER: 'An offer is on the table',
  ACCEPTED: 'You accepted',
  DECLINED: 'You declined',
  REJECTED: 'They said no',
  WITHDRAWN: 'You withdrew',
  MOVED_ON: 'Moved on: your follow-ups went unanswered',
};
const WAITING_ON = { CANDIDATE: 'You', EMPLOYER: 'The employer', NOBODY: 'Nobody' };

let draftCount = 0;

let markDone = null;

/**
 * Fills live (announced: the next action) and more (status, drafts, other actions, plan, rules).
 * onDone(action): the person says they did a step that has no event of its own.
 */
export function renderAnswer(answer, live, more, calendarButton, onDone = null) {
  draftCount = 0;
  markDone = onDone;
  const next = answer.next ?? {};
  live.replaceChildren(nextCard(next, answer));

  const parts = [];
  if (next.drafts?.length) parts.push(section('Drafts for this step', 'drafts-heading', drafts(next.drafts)));
  if (answer.status && typeof answer.status === 'object') parts.push(section('Where things stand', 'status-heading', status(answer.status)));
  const also = answer.also ?? [];
  const plan = answer.plan ?? [];
  // A calendar only helps when something has a date.
  if ([next, ...also, ...plan].some((a) => a.dueFrom || a.dueBy)) parts.push(el('div', { class: 'calendar' }, calendarButton));
  if (also.length) {
    parts.push(section('Also, now', 'also-heading', el('ul', { class: 'cards' }, also.map((a) => el('li', {}, actionCard(a, 'h4'))))));
  }
  parts.push(section('The plan from here', 'plan-heading', plan.length
    ? [el('p', { class: 'hint' }, 'If you do each step on time and hear nothing back:'), timeline(plan)]
    : el('p', { class: 'empty' }, 'Nothing more is planned.')));
  parts.push(rulesNote(answer));
  more.replaceChildren(...parts);
}

function section(title, id, ...content) {
  return el('section', { 'aria-labelledby': id, class: 'answer-part' }, el('h3', { id }, title), ...content);
}

function nextCard(next, answer) {
  return el('article', { class: `next-action${next.overdue ? ' is-overdue' : ''}`, 'data-action': next.action ?? '', 'data-id': next.id ?? null },
    badges(next),
    el('h3', { class: 'next-title', id: 'next-title' }, next.title || ACTION_NAMES[next.action] || next.action || ''),
    dates(next),
    next.why ? el('p', { class: 'why' }, next.why) : null,
    channels(next),
    doneButton(next),
    el('p', { class: 'as-of' }, 'Advice as of ', timeEl(answer.asOf, true), ` (${answer.timezone}).`));
}

function actionCard(action, heading) {
  return el('article', { class: `action-card${action.overdue ? ' is-overdue' : ''}`, 'data-action': action.action ?? '', 'data-id': action.id ?? null },
    badges(action),
    el(heading, { class: 'action-title' }, action.title || ACTION_NAMES[action.action] || action.action),
    dates(action),
    action.why ? el('p', { class: 'why' }, action.why) : null,
    channels(action),
    action.drafts?.length ? drafts(action.drafts) : null,
    doneButton(action));
}

function doneButton(action) {
  if (!markDone || !action.id || !DONE_STEPS.includes(action.action)) return null;
  return el('p', { class: 'done-row' }, el('button', { type: 'button', class: 'secondary mark-done', onclick: () => markDone(action) },
    'I did this: add it to the events'));
}

/** The answer's status: each value in words, its code kept in data-value. */
function status(s) {
  const row = (key, label, value, words) => [
    el('dt', {}, label),
    el('dd', { 'data-status': key, 'data-value': value === null || value === undefined ? '' : String(value) }, words)];
  return el('dl', { class: 'facts status' },
    row('outcome', 'Outcome', s.outcome, OUTCOMES[s.outcome] ?? s.outcome ?? '–'),
    row('waitingOn', 'Waiting on', s.waitingOn, WAITING_ON[s.waitingOn] ?? s.waitingOn ?? '–'),
    row('round', 'Rounds held', s.round, s.round === 0 ? 'None yet' : s.round ?? '–'),
    row('nextInterviewAt', 'Next interview', s.nextInterviewAt, s.nextInterviewAt ? timeEl(s.nextInterviewAt, true) : 'None booked'),
    row('referenceDate', 'They should have answered by', s.referenceDate, s.referenceDate ? timeEl(s.referenceDate) : '–'),
    row('region', 'Public holidays of', s.region, s.region === 'NONE' ? 'None: weekends only' : s.region ?? '–'));
}

function badges(action) {
  return el('p', { class: 'badges' },
    el('span', { class: 'badge action-code', title: action.action }, ACTION_NAMES[action.action] ?? action.action),
    action.overdue ? el('span', { class: 'badge overdue' }, 'Overdue') : null);
}

/** dueFrom/dueBy in words: "Due on ...", "Between ... and ...", "By ...", "From ...". */
function dates(action) {
  const { dueFrom, dueBy, overdue } = action;
  if (!dueFrom && !dueBy) return null;
  let text;
  if (dueFrom && dueBy && dueFrom === dueBy) text = ['Due on ', timeEl(dueBy)];
  else if (dueFrom && dueBy) text = ['Between ', timeEl(dueFrom), ' and ', timeEl(dueBy)];
  else if (dueBy) text = ['By ', timeEl(dueBy)];
  else text = ['From ', timeEl(dueFrom)];
  return el('p', { class: 'dates' }, ...text,
    overdue ? el('strong', { class: 'overdue-text' }, ' (overdue: do it as soon as you can)') : null);
}

function channels(action) {
  if (!action.channels?.length) return null;
  return el('p', { class: 'channels' }, 'By ', action.channels.map((c) => CHANNEL_NAMES[c] ?? c).join(' or '), '.');
}

function drafts(list) {
  return el('ul', { class: 'drafts' }, list.map((draft) => el('li', {}, draftCard(draft))));
}

function draftCard(draft) {
  const n = ++draftCount;
  const bodyId = `draft-${n}-body`;
  const status = el('span', { class: 'copy-status', role: 'status', id: `draft-${n}-status` });
  const kind = draft.channel === 'PHONE' ? 'Phone call' : 'Email';
  const heading = draft.to ? `${kind} to ${draft.to}` : kind;
  const body = el('pre', { class: 'draft-body', id: bodyId }, draft.body ?? '');
  const copy = el('button', {
    type: 'button', class: 'secondary copy', 'aria-describedby': `draft-${n}-heading`,
    onclick: async () => {
      const ok = await copyText(draft.body ?? '', body);
      status.textContent = ok ? 'Copied.' : 'Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).';
      setTimeout(() => { status.textContent = ''; }, 6000);
    },
  }, draft.channel === 'PHONE' ? 'Copy what to say' : 'Copy the message');
  let subject = null;
  if (draft.subject) {
    const subjectStatus = el('span', { class: 'copy-status', role: 'status' });
    subject = el('p', { class: 'subject' }, el('strong', {}, 'Subject: '), el('span', { class: 'subject-text' }, draft.subject), ' ',
      el('button', {
        type: 'button', class: 'link-button', 'aria-describedby': `draft-${n}-heading`,
        onclick: async () => {
          subjectStatus.textContent = (await copyText(draft.subject)) ? 'Subject copied.' : 'Could not copy the subject.';
          setTimeout(() => { subjectStatus.textContent = ''; }, 6000);
        },
      }, 'Copy subject'), ' ', subjectStatus);
  }
  return el('article', { class: 'draft', 'data-channel': draft.channel ?? '' },
    el('h4', { id: `draft-${n}-heading` }, heading),
    subject, body, el('p', { class: 'copy-row' }, copy, ' ', status));
}

function timeline(plan) {
  return el('ol', { class: 'timeline' }, plan.map((step) => el('li', { 'data-action': step.action ?? '', 'data-id': step.id ?? null },
    el('p', { class: 'when' }, step.dueFrom || step.dueBy
      ? (step.dueFrom && step.dueBy && step.dueFrom !== step.dueBy
        ? [timeEl(step.dueFrom), ' – ', timeEl(step.dueBy)]
        : timeEl(step.dueFrom || step.dueBy))
      : 'Later'),
    el('p', { class: 'what' }, el('strong', {}, step.title || ACTION_NAMES[step.action] || step.action)),
    step.why ? el('p', { class: 'why' }, step.why) : null)));
}

function rulesNote(answer) {
  const fired = answer.rules?.fired ?? [];
  return el('details', { class: 'rules-note' },
    el('summary', {}, 'Which rules answered'),
    el('p', {}, 'Rule set ', el('code', {}, answer.rules?.version ?? '?'), ', as of ', formatDateTime(answer.asOf),
      ` (${answer.timezone}). `, el('a', { href: 'rules.html' }, 'See all rules'), '.'),
    fired.length ? el('ul', {}, fired.map((name) => el('li', {}, name))) : null);
}
