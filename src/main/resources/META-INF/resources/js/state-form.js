// The form <-> the application state of the API contract (POST /api/v1/next-action).
// Every input that becomes a JSON value carries data-path = its JSON path, the same path the
// service names in a 400's errors[].field; that is how a message finds its input.

const PERSON_KEYS = ['name', 'email', 'title', 'addressAs', 'talkedAbout'];

export class StateForm {
  constructor(form) {
    this.form = form;
    this.people = form.querySelector('#people');
    this.followUps = form.querySelector('#follow-ups');
    this.personTemplate = document.getElementById('person-row');
    this.followUpTemplate = document.getElementById('follow-up-row');
    form.querySelector('#add-person').addEventListener('click', () => this.addPerson({}, true));
    form.querySelector('#add-follow-up').addEventListener('click', () => this.addFollowUp({}, true));
  }

  field(id) {
    return this.form.querySelector('#' + id);
  }

  // ---- rows -------------------------------------------------------------------------------

  addPerson(person = {}, focus = false) {
    const row = this.addRow(this.people, this.personTemplate, 'interview-interviewers');
    for (const key of PERSON_KEYS) row.querySelector(`[data-key="${key}"]`).value = person[key] ?? '';
    if (focus) row.querySelector('input').focus();
    return row;
  }

  addFollowUp(followUp = {}, focus = false) {
    const row = this.addRow(this.followUps, this.followUpTemplate, 'followUps');
    row.querySelector('[data-key="at"]').value = followUp.at ?? '';
    if (followUp.channel) row.querySelector('[data-key="channel"]').value = followUp.channel;
    if (focus) row.querySelector('input').focus();
    return row;
  }

  addRow(list, template, idPrefix) {
    const row = template.content.firstElementChild.cloneNode(true);
    row.dataset.idPrefix = idPrefix;
    row.querySelector('.remove').addEventListener('click', () => this.removeRow(list, row));
    list.append(row);
    this.renumber(list);
    this.changed();
    return row;
  }

  removeRow(list, row) {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    this.renumber(list);
    // Keep keyboard focus near where it was: the neighbouring row, else the Add button.
    (next?.querySelector('input') ?? list.parentElement.querySelector('button[id^="add-"]')).focus();
    this.changed();
  }

  /** Row numbers, ids and label targets follow the rows' order on screen. */
  renumber(list) {
    [...list.children].forEach((row, i) => {
      row.querySelectorAll('.n').forEach((n) => { n.textContent = String(i + 1); });
      for (const input of row.querySelectorAll('[data-key]')) {
        input.id = `${row.dataset.idPrefix}-${i}-${input.dataset.key}`;
        row.querySelector(`label[data-for="${input.dataset.key}"]`).htmlFor = input.id;
      }
    });
    const empty = this.form.querySelector('#no-follow-ups');
    if (empty) empty.hidden = this.followUps.children.length > 0;
  }

  changed() {
    if (this.loading) return;
    this.form.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // ---- form -> request ----------------------------------------------------------------------

  /**
   * The request body for the current form. Empty inputs are left out (the contract's defaults
   * apply); people rows left entirely blank are skipped, and every row input gets the JSON path
   * its value has in this body, so the service's error paths map back to the right row.
   */
  toState() {
    const s = {};
    const text = (id) => this.field(id).value.trim();
    const put = (obj, key, value) => { if (value !== '' && value !== undefined && value !== null) obj[key] = value; };

    put(s, 'asOf', this.field('asOf').value);
    put(s, 'timezone', text('timezone'));
    put(s, 'company', text('company'));
    put(s, 'role', text('role'));
    put(s, 'candidateName', text('candidateName'));

    const interview = {};
    put(interview, 'at', this.field('interview-at').value);
    put(interview, 'round', count(text('interview-round')));
    const format = this.field('interview-format').value;
    if (format !== 'IN_PERSON') interview.format = format;
    const interviewers = [];
    for (const row of this.people.children) {
      const person = {};
      for (const key of PERSON_KEYS) put(person, key, row.querySelector(`[data-key="${key}"]`).value.trim());
      const inputs = row.querySelectorAll('[data-key]');
      if (Object.keys(person).length === 0) {
        inputs.forEach((input) => input.removeAttribute('data-path'));
        delete row.dataset.path;
        continue;
      }
      const path = `interview.interviewers[${interviewers.length}]`;
      row.dataset.path = path;
      inputs.forEach((input) => { input.dataset.path = `${path}.${input.dataset.key}`; });
      interviewers.push(person);
    }
    if (interviewers.length) interview.interviewers = interviewers;
    // Always sent, even empty, so a missing start time is reported as interview.at, beside its input.
    s.interview = interview;

    const contact = {};
    for (const key of ['name', 'email', 'phone', 'addressAs']) put(contact, key, text(`contact-${key}`));
    if (Object.keys(contact).length) s.contact = contact;

    const timeline = {};
    if (this.field('timeline-asked').checked) timeline.asked = true;
    put(timeline, 'expectedBy', this.field('timeline-expectedBy').value);
    if (Object.keys(timeline).length) s.timeline = timeline;

    const thankYou = {};
    put(thankYou, 'sentAt', this.field('thankYou-sentAt').value);
    if (this.field('thankYou-notWanted').checked) thankYou.notWanted = true;
    if (Object.keys(thankYou).length) s.thankYou = thankYou;

    const followUps = [...this.followUps.children].map((row, i) => {
      const path = `followUps[${i}]`;
      row.dataset.path = path;
      row.querySelectorAll('[data-key]').forEach((input) => { input.dataset.path = `${path}.${input.dataset.key}`; });
      const followUp = {};
      put(followUp, 'at', row.querySelector('[data-key="at"]').value);
      followUp.channel = row.querySelector('[data-key="channel"]').value;
      return followUp;
    });
    if (followUps.length) s.followUps = followUps;

    put(s, 'lastHeardAt', this.field('lastHeardAt').value);
    put(s, 'repliedAt', this.field('repliedAt').value);
    const outcome = this.field('outcome').value;
    if (outcome !== 'PENDING') s.outcome = outcome;

    const others = {};
    put(others, 'activeApplications', count(text('activeApplications')));
    put(others, 'upcomingInterviews', count(text('upcomingInterviews')));
    if (Object.keys(others).length) s.otherOpportunities = others;
    if (this.field('firstChoice').checked) s.firstChoice = true;
    const region = text('holidays-region').toUpperCase();
    if (region) s.holidays = { region };
    put(s, 'language', this.field('language').value);
    return s;
  }

  // ---- state -> form ------------------------------------------------------------------------

  /** Fills the form from a saved state; anything missing takes the form's default. */
  fromState(s, defaultZone) {
    this.loading = true;
    try {
      this.fill(s, defaultZone);
    } finally {
      this.loading = false;
    }
  }

  fill(s, defaultZone) {
    s = s && typeof s === 'object' ? s : {};
    const str = (v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
    const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const set = (id, v) => { this.field(id).value = str(v); };
    const interview = obj(s.interview);
    const timeline = obj(s.timeline);
    const thankYou = obj(s.thankYou);
    const others = obj(s.otherOpportunities);

    set('company', s.company);
    set('role', s.role);
    set('candidateName', s.candidateName);
    set('interview-at', interview.at);
    set('interview-round', interview.round);
    this.field('interview-format').value = ['VIDEO', 'PHONE'].includes(interview.format) ? interview.format : 'IN_PERSON';
    const contact = obj(s.contact);
    for (const key of ['name', 'email', 'phone', 'addressAs']) set(`contact-${key}`, contact[key]);
    this.field('timeline-asked').checked = timeline.asked === true;
    set('timeline-expectedBy', timeline.expectedBy);
    set('thankYou-sentAt', thankYou.sentAt);
    this.field('thankYou-notWanted').checked = thankYou.notWanted === true;
    set('lastHeardAt', s.lastHeardAt);
    set('repliedAt', s.repliedAt);
    this.field('outcome').value = ['OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'].includes(s.outcome) ? s.outcome : 'PENDING';
    set('activeApplications', others.activeApplications);
    set('upcomingInterviews', others.upcomingInterviews);
    this.field('firstChoice').checked = s.firstChoice === true;
    set('timezone', s.timezone || defaultZone);
    set('holidays-region', obj(s.holidays).region ?? defaultRegion());
    this.field('language').value = s.language === 'de' || (s.language === undefined && browserLanguage() === 'de') ? 'de' : 'en';
    set('asOf', s.asOf);

    this.people.replaceChildren();
    this.followUps.replaceChildren();
    const people = Array.isArray(interview.interviewers) ? interview.interviewers : [];
    for (const person of people) this.addPerson(obj(person));
    if (people.length === 0) this.addPerson();
    for (const followUp of Array.isArray(s.followUps) ? s.followUps : []) this.addFollowUp(obj(followUp));
    this.renumber(this.followUps);
  }
}

// A whole number goes as a number; anything else is sent as typed, so the service says what is
// wrong with it, next to the field, like every other check.
function count(text) {
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}

// The browser's own country (de-DE gives DE), as the region whose holidays count until the person
// says otherwise; none when the locale names no country.
function defaultRegion() {
  const match = /^[a-z]{2,3}-([A-Z]{2})\b/.exec(navigator.language || '');
  return match ? match[1] : '';
}

function browserLanguage() {
  return (navigator.language || 'en').slice(0, 2).toLowerCase();
}
