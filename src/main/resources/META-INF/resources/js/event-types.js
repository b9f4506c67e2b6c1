// The events of contract 2.0's history (docs/api-contract-v2.md, "Events"), as one table: whose
// event it is, what the page calls it, and the fields it takes besides type, at and note (the same
// lists as EventType.java). The event form, the summaries and the timeline are all drawn from it,
// so an event type the contract adds is one line here plus, for a new kind of field, one entry in
// FIELDS.

/** side: 'you' (the candidate's events) or 'employer'; fields: in the order the form shows them. */
export const EVENT_TYPES = {
  INTERVIEW: { side: 'you', name: 'Interview', choice: 'An interview (held or booked)',
    fields: ['round', 'stage', 'format', 'interviewers', 'timelineAsked', 'timelineExpectedBy', 'thankYouNotWanted'] },
  THANK_YOU: { side: 'you', name: 'Thank-you note sent', choice: 'I sent a thank-you note', fields: ['to'] },
  FOLLOW_UP: { side: 'you', name: 'Follow-up', choice: 'I followed up (email or call)', fields: ['channel', 'to'] },
  REPLIED: { side: 'you', name: 'I replied', choice: 'I replied to their message', fields: ['to'] },
  SUBMITTED: { side: 'you', name: 'Assignment submitted', choice: 'I handed in the assignment', fields: [] },
  OTHER_OFFER: { side: 'you', name: 'Another offer', choice: 'I got an offer from another employer', fields: ['otherAnswerBy'] },
  ACCEPTED: { side: 'you', name: 'I accepted the offer', choice: 'I accepted their offer', fields: [] },
  DECLINED: { side: 'you', name: 'I declined the offer', choice: 'I declined their offer', fields: [] },
  WITHDREW: { side: 'you', name: 'I withdrew', choice: 'I withdrew from the process', fields: [] },
  REFERRER_UPDATED: { side: 'you', name: 'Referrer updated', choice: 'I told my referrer how things stand', fields: ['to'] },
  DONE: { side: 'you', name: 'Step done', choice: 'I did a step the advice gave', fields: ['action'] },
  STILL_DECIDING: { side: 'employer', name: 'Still deciding', choice: 'They are still deciding', fields: ['from', 'expectedBy'] },
  QUESTION: { side: 'employer', name: 'A question', choice: 'They asked me something', fields: ['from', 'about'] },
  INVITATION: { side: 'employer', name: 'An invitation', choice: 'They invited me to an interview (no date yet)', fields: ['from', 'invitationRound'] },
  RESCHEDULED: { side: 'employer', name: 'Interview moved', choice: 'They moved an interview', fields: ['from', 'newAt'] },
  CANCELLED: { side: 'employer', name: 'Interview cancelled', choice: 'They cancelled an interview (no new date)', fields: ['from'] },
  ON_HOLD: { side: 'employer', name: 'On hold', choice: 'They put the position on hold', fields: ['from'] },
  ASSIGNMENT: { side: 'employer', name: 'An assignment', choice: 'They gave me an assignment', fields: ['from', 'due'] },
  OFFER: { side: 'employer', name: 'An offer', choice: 'They made me an offer', fields: ['from', 'answerBy'] },
  REJECTION: { side: 'employer', name: 'A no', choice: 'They turned me down', fields: ['from'] },
};

export const SIDES = { you: 'You', employer: 'The employer' };

/**
 * The kinds of field. key: the JSON path inside the event ('timeline.expectedBy'); kind: how it is
 * asked for; required: the contract refuses the event without it; omit: the contract's default,
 * not sent; says: how the event's one-line summary puts the value (t: formatters and the people's
 * names).
 *   date       <input type=date>, a date
 *   when       a date and an optional time: a date-time, or a date alone
 *   moment     a date and a time, both needed: a date-time
 *   number     a whole number
 *   select     one of options (omit: the default, not sent; '' = not said)
 *   check      true or left out
 *   text       one line
 *   people     ticks among the people: a list of ids
 *   attendance ticks among the people, each with what you talked about: [{person, talkedAbout?}]
 *   person     one of the people, or nobody named
 */
export const FIELDS = {
  round: { key: 'round', kind: 'number', label: 'Which round', hint: 'empty: its place among the interviews',
    says: (v) => `round ${v}` },
  invitationRound: { key: 'round', kind: 'number', label: 'Which round', hint: 'optional', says: (v) => `to round ${v}` },
  stage: { key: 'stage', kind: 'select', label: 'What kind of interview', omit: 'INTERVIEW',
    options: [['SCREEN', 'A screening call'], ['INTERVIEW', 'An interview'], ['FINAL', 'The final interview']],
    says: (v) => ({ SCREEN: 'screening call', FINAL: 'final' })[v] ?? v },
  format: { key: 'format', kind: 'select', label: 'How it takes place', omit: 'IN_PERSON',
    options: [['IN_PERSON', 'In person'], ['VIDEO', 'By video'], ['PHONE', 'By phone']],
    says: (v) => ({ VIDEO: 'by video', PHONE: 'by phone' })[v] ?? v },
  interviewers: { key: 'interviewers', kind: 'attendance', label: 'Who you met (or will meet)',
    hint: 'the people listed under “The people”; each gets a thank-you note',
    says: (v, t) => `with ${t.names(v.map((a) => a.person))}` },
  timelineAsked: { key: 'timeline.asked', kind: 'check', label: 'I asked when to expect news', says: () => 'asked for the timeline' },
  timelineExpectedBy: { key: 'timeline.expectedBy', kind: 'date', label: 'They said they would decide by',
    hint: 'leave empty if they gave no date', says: (v, t) => `decision expected by ${t.date(v)}` },
  thankYouNotWanted: { key: 'thankYouNotWanted', kind: 'check', label: 'They asked for no thank-you notes',
    says: () => 'no thank-you notes wanted' },
  to: { key: 'to', kind: 'people', label: 'To whom', hint: 'tick nobody for the usual people',
    says: (v, t) => `to ${t.names(v)}` },
  channel: { key: 'channel', kind: 'select', label: 'By', required: true, options: [['EMAIL', 'Email'], ['PHONE', 'Phone']],
    says: (v) => ({ EMAIL: 'by email', PHONE: 'by phone' })[v] ?? v },
  otherAnswerBy: { key: 'answerBy', kind: 'date', label: 'It must be answered by', required: true,
    says: (v, t) => `to answer by ${t.date(v)}` },
  answerBy: { key: 'answerBy', kind: 'date', label: 'Answer it by', hint: 'optional: the date they asked for',
    says: (v, t) => `answer by ${t.date(v)}` },
  action: { key: 'action', kind: 'text', label: 'Which step', required: true,
    hint: 'the step’s id from the advice, like acme-27fb.move-on', says: (v) => v },
  from: { key: 'from', kind: 'person', label: 'From', hint: 'optional', says: (v, t) => `from ${t.names([v])}` },
  expectedBy: { key: 'expectedBy', kind: 'date', label: 'Their new date for a decision', hint: 'optional',
    says: (v, t) => `new date ${t.date(v)}` },
  about: { key: 'about', kind: 'select', label: 'About', omit: '',
    options: [['', 'Not said'], ['AVAILABILITY', 'When I am available'], ['REFERENCES', 'References'],
      ['DOCUMENTS', 'Documents'], ['SALARY', 'Salary'], ['OTHER', 'Something else']],
    says: (v) => `about ${({ AVAILABILITY: 'availability', REFERENCES: 'references', DOCUMENTS: 'documents', SALARY: 'salary', OTHER: 'something else' })[v] ?? v}` },
  newAt: { key: 'newAt', kind: 'moment', label: 'The new date and time', required: true, says: (v, t) => `to ${t.when(v)}` },
  due: { key: 'due', kind: 'when', label: 'Due', required: true, says: (v, t) => `due ${t.when(v)}` },
};

export const PERSON_ROLES = [
  ['INTERVIEWER', 'Interviewer'],
  ['HIRING_MANAGER', 'Hiring manager'],
  ['RECRUITER', 'Recruiter'],
  ['REFERRER', 'Referrer (kept informed, never chased)'],
];

export function roleName(role) {
  const found = PERSON_ROLES.find(([code]) => code === (role || 'INTERVIEWER'));
  return found ? found[1].replace(/ \(.*\)$/, '') : role;
}

/** A date alone sorts after the timed events of its day; ties keep their order (the sort is stable). */
export function sortKey(at) {
  if (typeof at !== 'string' || !at) return '\uffff';
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T99` : at;
}
