// The form <-> contract 2.0's request (POST /api/v2/next-action): the job, the people, and the
// history as a list of events, each event's inputs drawn from the table in event-types.js.
// Every input that becomes a JSON value carries data-path = its JSON path in the body sent
// (events[2].at, people[0].email), the path the service names in a 400's errors[].field; that is
// how a message finds its input. Events are sent in the order shown, which is by date.

import { el, formatDate, formatDateTime } from './dom.js';
import { EVENT_TYPES, FIELDS, SIDES, PERSON_ROLES, roleName, sortKey } from './event-types.js';
import { fromVersion1 } from './v1-state.js';

const PERSON_KEYS = ['name', 'role', 'email', 'phone', 'title', 'addressAs'];
let serial = 0; // makes every row's input ids unique for the page's lifetime

export class HistoryForm {
  constructor(form) {
    this.form = form;
    this.people = form.querySelector('#people');
    this.events = form.querySelector('#events');
    this.contact = form.querySelector('#contact');
    this.personTemplate = document.getElementById('person-row');
    this.newType = form.querySelector('#new-event-type');
    this.newType.replaceChildren(...Object.entries(SIDES).map(([side, label]) => el('optgroup', { label: `${label}:` },
      Object.entries(EVENT_TYPES).filter(([, t]) => t.side === side).map(([type, t]) => el('option', { value: type }, t.choice)))));
    form.querySelector('#add-person').addEventListener('click', () => this.addPerson({}, true));
    form.querySelector('#add-event').addEventListener('click', () => this.addEvent({ type: this.newType.value }, true));
    const follow = (event) => {
      if (this.loading) return;
      if (event.target.closest('#people')) this.peopleChanged();
      const row = event.target.closest('#events > li');
      if (row) this.summarise(row);
      if (event.target.closest('#people, #events')) this.overview();
    };
    form.addEventListener('input', follow);
    form.addEventListener('change', follow);
  }

  field(id) {
    return this.form.querySelector('#' + id);
  }

  changed() {
    if (this.loading) return;
    this.form.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // ---- people -----------------------------------------------------------------------------

  addPerson(person = {}, focus = false) {
    const row = this.personTemplate.content.firstElementChild.cloneNode(true);
    const taken = new Set(this.personList().map((p) => p.id));
    let id = typeof person.id === 'string' && person.id ? person.id : '';
    for (let n = 1; !id || taken.has(id); n++) id = `p${n}`;
    row.dataset.personId = id;
    row.dataset.serial = String(++serial);
    for (const input of row.querySelectorAll('[data-key]')) {
      input.id = `person-${row.dataset.serial}-${input.dataset.key}`;
      row.querySelector(`label[data-for="${input.dataset.key}"]`).htmlFor = input.id;
    }
    row.querySelector('select[data-key="role"]').replaceChildren(
      ...PERSON_ROLES.map(([code, label]) => el('option', { value: code }, label)));
    for (const key of PERSON_KEYS) {
      const input = row.querySelector(`[data-key="${key}"]`);
      if (key === 'role') input.value = PERSON_ROLES.some(([code]) => code === person.role) ? person.role : 'INTERVIEWER';
      else input.value = typeof person[key] === 'string' ? person[key] : '';
    }
    row.querySelector('.remove').addEventListener('click', () => this.removePerson(row));
    this.people.append(row);
    this.renumberPeople();
    if (!this.loading) this.peopleChanged();
    if (focus) row.querySelector('input').focus();
    this.changed();
    return row;
  }

  removePerson(row) {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    this.renumberPeople();
    this.peopleChanged();
    (next?.querySelector('input') ?? this.field('add-person')).focus();
    this.changed();
  }

  renumberPeople() {
    [...this.people.children].forEach((row, i) => {
      row.querySelectorAll('.n').forEach((n) => { n.textContent = String(i + 1); });
    });
    this.field('no-people').hidden = this.people.children.length > 0;
  }

  /** The people as the form holds them now: id, what the page calls them, role. */
  personList() {
    return [...this.people.children].map((row, i) => {
      const name = row.querySelector('[data-key="name"]').value.trim();
      const role = row.querySelector('[data-key="role"]').value;
      return { id: row.dataset.personId, name, role, label: name || `Person ${i + 1} (no name yet)` };
    });
  }

  /** A person was added, renamed or removed: every list of people follows. */
  peopleChanged() {
    const people = this.personList();
    const contact = this.contact.value;
    this.contact.replaceChildren(
      el('option', { value: '' }, 'The usual: the first recruiter, else the first hiring manager, else someone you met'),
      ...people.filter((p) => p.role !== 'REFERRER').map((p) => el('option', { value: p.id }, `${p.label} (${roleName(p.role)})`)));
    this.contact.value = people.some((p) => p.id === contact && p.role !== 'REFERRER') ? contact : '';
    for (const row of this.events.children) {
      for (const control of row.controls.values()) control.people?.(people);
      this.summarise(row);
    }
  }

  // ---- events -----------------------------------------------------------------------------

  /** A row for event (a request's event object); open: with its inputs shown, focused. */
  addEvent(event, open = false) {
    const row = el('li', { class: 'row event' });
    row.dataset.serial = String(++serial);
    const summary = el('div', { class: 'event-summary' });
    const edit = el('button', { type: 'button', class: 'secondary edit', 'aria-expanded': 'false',
      'aria-controls': `event-${row.dataset.serial}-fields`, onclick: () => this.toggle(row) });
    const remove = el('button', { type: 'button', class: 'secondary remove', onclick: () => this.removeEvent(row) });
    const fields = el('fieldset', { class: 'event-fields', id: `event-${row.dataset.serial}-fields`, hidden: true });
    row.append(summary, el('p', { class: 'event-buttons' }, edit, ' ', remove), fields);
    if (typeof event.id === 'string') row.dataset.eventId = event.id;
    this.events.append(row);
    this.build(row, EVENT_TYPES[event.type] ? event.type : 'INTERVIEW', event);
    this.renumberEvents();
    if (open) {
      this.open(row, true);
      row.querySelector('.event-fields [data-role="at"]').focus();
    }
    this.overview();
    this.changed();
    return row;
  }

  /** (Re)draws row's inputs for type, filled from event. */
  build(row, type, event) {
    const spec = EVENT_TYPES[type];
    const s = row.dataset.serial;
    row.dataset.type = type;
    row.dataset.side = spec.side;
    const people = this.personList();
    const controls = new Map();
    const typeSelect = el('select', { id: `event-${s}-type`, class: 'event-type' },
      Object.entries(SIDES).map(([side, label]) => el('optgroup', { label: `${label}:` },
        Object.entries(EVENT_TYPES).filter(([, t]) => t.side === side).map(([code, t]) => el('option', { value: code }, t.choice)))));
    typeSelect.value = type;
    typeSelect.addEventListener('change', () => {
      const before = this.readEvent(row);
      this.build(row, typeSelect.value, before);
      this.summarise(row);
      row.querySelector('.event-type').focus();
    });
    controls.set('at', control({ key: 'at', kind: 'when', required: true, label: 'Date',
      hint: type === 'INTERVIEW' ? 'held or still to come' : null }, `event-${s}-at`, people));
    for (const name of spec.fields) controls.set(name, control(FIELDS[name], `event-${s}-${name}`, people));
    controls.set('note', control({ key: 'note', kind: 'note', label: 'Your note', hint: 'optional, for you: the advice ignores it' },
      `event-${s}-note`, people));
    row.controls = controls;
    for (const c of controls.values()) c.write(get(event, c.spec.key));
    const fields = row.querySelector('.event-fields');
    fields.replaceChildren(
      el('legend', { class: 'row-legend' }, 'Event ', el('span', { class: 'n' }), ': ', spec.name),
      el('div', { class: 'field' }, el('label', { for: typeSelect.id }, 'What happened'), typeSelect),
      el('div', { class: 'row-fields' }, [...controls.values()].map((c) => c.node)),
      el('button', { type: 'button', class: 'secondary done', onclick: () => this.close(row, true) }, 'Done'));
    this.renumberEvents();
    this.summarise(row);
  }

  toggle(row) {
    if (row.querySelector('.event-fields').hidden) this.open(row, true);
    else this.close(row, true);
  }

  /** Shows row's inputs (for an edit, or an error beside one of them). */
  open(row) {
    row.querySelector('.event-fields').hidden = false;
    row.classList.add('editing');
    row.querySelector('.edit').setAttribute('aria-expanded', 'true');
    this.renumberEvents();
  }

  /** Hides row's inputs; the list goes back into date order. */
  close(row, focus) {
    row.querySelector('.event-fields').hidden = true;
    row.classList.remove('editing');
    row.querySelector('.edit').setAttribute('aria-expanded', 'false');
    this.sortEvents();
    if (focus) row.querySelector('.edit').focus();
  }

  removeEvent(row) {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    this.renumberEvents();
    this.overview();
    (next?.querySelector('.edit') ?? this.newType).focus();
    this.changed();
  }

  /** Puts the rows in the order the service reads them: by date, a date alone after that day's times. */
  sortEvents() {
    const rows = [...this.events.children];
    const sorted = rows.map((row, i) => ({ row, i, key: sortKey(this.readEvent(row).at) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((x) => x.row);
    if (sorted.some((row, i) => row !== rows[i])) {
      const active = document.activeElement;
      this.events.append(...sorted);
      if (active instanceof HTMLElement && this.events.contains(active)) active.focus();
    }
    this.renumberEvents();
  }

  renumberEvents() {
    [...this.events.children].forEach((row, i) => {
      const name = EVENT_TYPES[row.dataset.type].name;
      row.querySelectorAll('.n').forEach((n) => { n.textContent = String(i + 1); });
      const open = !row.querySelector('.event-fields').hidden;
      row.querySelector('.edit').textContent = open ? `Close event ${i + 1}` : `Edit event ${i + 1}`;
      row.querySelector('.edit').setAttribute('aria-label', `${open ? 'Close' : 'Edit'} event ${i + 1}: ${name}`);
      row.querySelector('.remove').textContent = `Remove event ${i + 1}`;
      row.querySelector('.remove').setAttribute('aria-label', `Remove event ${i + 1}: ${name}`);
    });
    this.field('no-events').hidden = this.events.children.length > 0;
  }

  /** The row's event as a request's event object (without paths). */
  readEvent(row) {
    const event = { type: row.dataset.type };
    for (const c of row.controls.values()) put(event, c.spec.key, c.read());
    if (row.dataset.eventId) event.id = row.dataset.eventId;
    return event;
  }

  /** The one-line summary the list shows for row's event. */
  summarise(row) {
    const event = this.readEvent(row);
    const spec = EVENT_TYPES[event.type];
    const people = new Map(this.personList().map((p) => [p.id, p.label]));
    const t = {
      names: (ids) => ids.map((id) => people.get(id) ?? id).join(', '),
      date: formatDate,
      when: formatWhen,
    };
    const parts = [];
    for (const name of spec.fields) {
      const value = get(event, FIELDS[name].key);
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      parts.push(FIELDS[name].says(value, t));
    }
    row.querySelector('.event-summary').replaceChildren(
      el('p', { class: 'event-when' }, event.at ? el('time', { datetime: event.at }, formatWhen(event.at)) : el('span', { class: 'empty' }, 'No date yet')),
      el('p', { class: 'event-what' },
        el('span', { class: `badge side side-${spec.side}` }, SIDES[spec.side]), ' ',
        el('strong', {}, spec.name), parts.length ? `: ${parts.join(', ')}` : ''));
  }

  /** The people with their roles, and the rounds as the events make them (moved, cancelled). */
  overview() {
    if (this.loading) return;
    const people = this.personList();
    const contactId = this.contact.value || (people.find((p) => p.role === 'RECRUITER') ?? people.find((p) => p.role === 'HIRING_MANAGER'))?.id;
    const peopleList = this.field('people-overview');
    peopleList.replaceChildren(...people.map((p) => el('li', { 'data-person': p.id },
      el('strong', {}, p.label), ` – ${roleName(p.role)}`, p.id === contactId ? ', coordinates the process' : '')));
    peopleList.hidden = people.length === 0;
    this.field('no-people-overview').hidden = people.length > 0;

    const names = new Map(people.map((p) => [p.id, p.label]));
    const events = [...this.events.children].map((row) => this.readEvent(row))
      .map((e, i) => ({ e, i })).sort((a, b) => {
        const ka = sortKey(a.e.at); const kb = sortKey(b.e.at);
        return ka < kb ? -1 : ka > kb ? 1 : a.i - b.i;
      }).map((x) => x.e);
    const rounds = roundsOf(events);
    const list = this.field('rounds');
    list.replaceChildren(...rounds.map((r) => el('li', { class: r.cancelled ? 'cancelled' : '', 'data-round': r.round },
      el('strong', {}, `Round ${r.round}`), r.event.stage === 'SCREEN' ? ' (screening call)' : r.event.stage === 'FINAL' ? ' (final)' : '',
      ': ', el('time', { datetime: r.event.at }, formatWhen(r.event.at)),
      r.event.format === 'VIDEO' ? ', by video' : r.event.format === 'PHONE' ? ', by phone' : '',
      r.event.interviewers?.length ? `, with ${r.event.interviewers.map((a) => names.get(a.person) ?? a.person).join(', ')}` : '',
      ...r.changes.map((c) => el('span', { class: `change ${c.cancelled ? 'is-cancelled' : 'is-moved'}` }, ' ',
        c.cancelled ? ['– cancelled on ', formatWhen(c.at)] : ['– moved to ', el('time', { datetime: c.to }, formatWhen(c.to))])))));
    list.hidden = rounds.length === 0;
    this.field('no-rounds').hidden = rounds.length > 0;
  }

  // ---- form -> request ----------------------------------------------------------------------

  /**
   * The request body for the current form. Empty inputs are left out (the contract's defaults
   * apply), and every input gets the JSON path its value has in this body, so the service's
   * error paths map back to the right row.
   */
  toState() {
    const s = {};
    const text = (id) => this.field(id).value.trim();
    put(s, 'timezone', text('timezone'));
    put(s, 'language', this.field('language').value);
    put(s, 'company', text('company'));
    put(s, 'role', text('role'));
    const candidate = {};
    for (const key of ['name', 'email', 'phone']) put(candidate, key, text(`candidate-${key}`));
    if (Object.keys(candidate).length) s.candidate = candidate;
    if (this.field('firstChoice').checked) s.firstChoice = true;

    const people = [...this.people.children].map((row, i) => {
      const person = { id: row.dataset.personId };
      for (const key of PERSON_KEYS) {
        const input = row.querySelector(`[data-key="${key}"]`);
        input.dataset.path = `people[${i}].${key}`;
        const value = input.value.trim();
        if (key === 'role' && value === 'INTERVIEWER') continue; // the contract's default
        put(person, key, value);
      }
      row.dataset.path = `people[${i}]`;
      return person;
    });
    if (people.length) s.people = people;
    put(s, 'contact', this.contact.value);

    // Always sent, even empty, so a history without an interview is reported beside the list.
    s.events = [...this.events.children].map((row, i) => {
      const path = `events[${i}]`;
      row.dataset.path = path;
      for (const c of row.controls.values()) c.paths(`${path}.${c.spec.key}`);
      return this.readEvent(row);
    });

    const others = {};
    put(others, 'activeApplications', count(text('activeApplications')));
    put(others, 'upcomingInterviews', count(text('upcomingInterviews')));
    if (Object.keys(others).length) s.otherOpportunities = others;
    const region = text('holidays-region').toUpperCase();
    if (region) s.holidays = { region };
    return s;
  }

  // ---- state -> form ------------------------------------------------------------------------

  /** Fills the form from a saved request (a 1.1 state is read as its history); anything missing takes the form's default. */
  fromState(s, defaultZone) {
    this.loading = true;
    try {
      this.fill(s && typeof s === 'object' && !Array.isArray(s.events) && s.interview ? fromVersion1(s) : s, defaultZone);
    } finally {
      this.loading = false;
    }
    this.peopleChanged();
    const contact = this.pendingContact;
    if (contact && [...this.contact.options].some((o) => o.value === contact)) this.contact.value = contact;
    this.sortEvents();
    this.overview();
  }

  fill(s, defaultZone) {
    s = s && typeof s === 'object' ? s : {};
    const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const set = (id, v) => { this.field(id).value = typeof v === 'string' || typeof v === 'number' ? String(v) : ''; };
    set('company', s.company);
    set('role', s.role);
    const candidate = obj(s.candidate);
    for (const key of ['name', 'email', 'phone']) set(`candidate-${key}`, candidate[key]);
    this.field('firstChoice').checked = s.firstChoice === true;
    const others = obj(s.otherOpportunities);
    set('activeApplications', others.activeApplications);
    set('upcomingInterviews', others.upcomingInterviews);
    set('timezone', s.timezone || defaultZone);
    set('holidays-region', obj(s.holidays).region);
    this.field('language').value = s.language === 'de' || (s.language === undefined && browserLanguage() === 'de') ? 'de' : 'en';

    this.people.replaceChildren();
    this.events.replaceChildren();
    for (const person of Array.isArray(s.people) ? s.people : []) this.addPerson(obj(person));
    this.renumberPeople();
    this.pendingContact = typeof s.contact === 'string' ? s.contact : '';
    this.peopleChanged();
    for (const event of Array.isArray(s.events) ? s.events : []) this.addEvent(obj(event));
    this.renumberEvents();
  }
}

// ---- the inputs of one field -----------------------------------------------------------------

/**
 * The inputs for one field of an event: node (a .field, or a fieldset for a list of people),
 * read() -> the JSON value or undefined, write(value), paths(path) (labels the inputs with their
 * JSON paths), and for the fields that list people, people(list) to redraw them.
 */
function control(spec, id, people) {
  const label = (forId, ...extra) => el('label', { for: forId }, spec.label, spec.hint ? [' ', el('span', { class: 'hint' }, `(${spec.hint})`)] : null,
    spec.required && spec.kind !== 'select' ? [' ', el('span', { class: 'req' }, '(required)')] : null, ...extra);
  const field = (...children) => el('div', { class: `field kind-${spec.kind}` }, ...children);
  const plain = (input, read, write) => ({
    spec, node: null, read, write,
    paths(path) { input.dataset.path = path; },
  });
  let c;
  switch (spec.kind) {
    case 'date': case 'text': case 'number': case 'note': {
      const input = spec.kind === 'note'
        ? el('textarea', { id, rows: '2', maxlength: '1000' })
        : el('input', { id, type: spec.kind === 'date' ? 'date' : 'text', autocomplete: 'off',
          class: spec.kind === 'number' ? 'short' : null, inputmode: spec.kind === 'number' ? 'numeric' : null,
          maxlength: spec.kind === 'text' ? '100' : null, spellcheck: spec.kind === 'text' ? 'false' : null });
      c = plain(input, () => {
        const v = input.value.trim();
        return v === '' ? undefined : spec.kind === 'number' ? count(v) : v;
      }, (v) => { input.value = typeof v === 'string' || typeof v === 'number' ? String(v) : ''; });
      c.node = field(label(id), input);
      break;
    }
    case 'when': case 'moment': {
      const date = el('input', { id, type: 'date', 'data-role': spec.key });
      const time = el('input', { id: `${id}-time`, type: 'time' });
      c = plain(date, () => {
        if (!date.value) return undefined;
        return time.value ? `${date.value}T${time.value}` : date.value;
      }, (v) => {
        const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(typeof v === 'string' ? v : '');
        date.value = m ? m[1] : '';
        time.value = m?.[2] ?? '';
      });
      c.node = field(label(id), el('div', { class: 'inputs date-time' },
        date, el('span', { class: 'time' }, el('label', { for: time.id }, spec.kind === 'moment' ? 'Time' : 'Time (optional)'), time)));
      break;
    }
    case 'select': {
      const select = el('select', { id }, spec.options.map(([value, text]) => el('option', { value }, text)));
      c = plain(select, () => (select.value === spec.omit ? undefined : select.value), (v) => {
        select.value = spec.options.some(([value]) => value === v) ? v : (spec.omit ?? spec.options[0][0]);
      });
      c.node = field(label(id), select);
      break;
    }
    case 'check': {
      const box = el('input', { id, type: 'checkbox' });
      c = plain(box, () => (box.checked ? true : undefined), (v) => { box.checked = v === true; });
      c.node = el('div', { class: 'field check' }, box, label(id));
      break;
    }
    case 'person': {
      const select = el('select', { id });
      let chosen = '';
      c = plain(select, () => select.value || undefined, (v) => { chosen = typeof v === 'string' ? v : ''; select.value = chosen; });
      c.people = (list) => {
        const keep = select.options.length ? select.value : chosen;
        select.replaceChildren(el('option', { value: '' }, 'Nobody named'),
          ...list.map((p) => el('option', { value: p.id }, `${p.label} (${roleName(p.role)})`)));
        select.value = list.some((p) => p.id === keep) ? keep : '';
      };
      c.people(people);
      c.node = field(label(id), select);
      break;
    }
    case 'people': case 'attendance': {
      const attendance = spec.kind === 'attendance';
      const box = el('div', { class: 'choices' });
      const legend = el('legend', {}, spec.label, spec.hint ? [' ', el('span', { class: 'hint' }, `(${spec.hint})`)] : null);
      const none = el('p', { class: 'empty' }, 'No people yet: add them under “The people”.');
      let value = []; // [{person, talkedAbout?}] for both kinds
      const rows = () => [...box.children];
      const readAll = () => rows().filter((r) => r.querySelector('input[type="checkbox"]').checked).map((r) => {
        const about = r.querySelector('input[type="text"]')?.value.trim();
        return about ? { person: r.dataset.person, talkedAbout: about } : { person: r.dataset.person };
      });
      const draw = (list) => {
        box.replaceChildren(...list.map((p, i) => {
          const boxId = `${id}-${i}`;
          const was = value.find((a) => a.person === p.id);
          const check = el('input', { id: boxId, type: 'checkbox', 'data-name': p.label });
          check.checked = Boolean(was);
          const about = attendance ? el('input', { id: `${boxId}-about`, type: 'text', autocomplete: 'off', maxlength: '300' }) : null;
          if (about) about.value = was?.talkedAbout ?? '';
          const aboutField = about ? el('div', { class: 'field talked-about', hidden: !check.checked },
            el('label', { for: about.id }, `What you talked about with ${p.name || 'them'}`, ' ', el('span', { class: 'hint' }, '(optional: their note mentions it)')), about) : null;
          if (aboutField) check.addEventListener('change', () => { aboutField.hidden = !check.checked; });
          return el('div', { class: 'choice', 'data-person': p.id },
            el('div', { class: 'field check' }, check, el('label', { for: boxId }, p.label, ' ', el('span', { class: 'hint' }, `(${roleName(p.role)})`))),
            aboutField);
        }));
        none.hidden = list.length > 0;
      };
      c = {
        spec,
        read() {
          value = readAll();
          if (!value.length) return undefined;
          return attendance ? value : value.map((a) => a.person);
        },
        write(v) {
          const list = Array.isArray(v) ? v : [];
          value = list.map((a) => (attendance ? (a && typeof a === 'object' ? a : {}) : { person: a }))
            .filter((a) => typeof a.person === 'string');
          draw(people);
        },
        people(list) {
          value = readAll();
          draw(list);
        },
        paths(path) {
          let j = 0;
          for (const r of rows()) {
            const check = r.querySelector('input[type="checkbox"]');
            const about = r.querySelector('input[type="text"]');
            if (check.checked) {
              check.dataset.path = attendance ? `${path}[${j}].person` : `${path}[${j}]`;
              if (about) about.dataset.path = `${path}[${j}].talkedAbout`;
              j++;
            } else {
              delete check.dataset.path;
              if (about) delete about.dataset.path;
            }
          }
        },
      };
      c.node = el('fieldset', { class: `people-choice kind-${spec.kind}` }, legend, none, box);
      break;
    }
    default:
      throw new Error(`no input for a field of kind ${spec.kind}`);
  }
  return c;
}

// ---- helpers ---------------------------------------------------------------------------------

/** The rounds: interviews by date, each moved or cancelled as the contract applies the employer's messages. */
export function roundsOf(events) {
  const interviews = events.filter((e) => e.type === 'INTERVIEW' && e.at).map((event, i) => ({ event, i }))
    .sort((a, b) => compare(a.event.at, b.event.at) || a.i - b.i)
    .map(({ event }, i) => ({ event, round: Number.isInteger(event.round) ? event.round : i + 1, at: event.at, cancelled: false, changes: [] }));
  const earliestAfter = (at) => interviews.filter((r) => !r.cancelled && compare(r.at, at) > 0)
    .sort((a, b) => compare(a.at, b.at))[0];
  let lastCancelled = null;
  for (const e of events) {
    if (!e.at) continue;
    if (e.type === 'CANCELLED') {
      const target = earliestAfter(e.at);
      lastCancelled = target ?? null;
      if (target) {
        target.cancelled = true;
        target.changes.push({ cancelled: true, at: e.at });
      }
    } else if (e.type === 'RESCHEDULED' && typeof e.newAt === 'string' && e.newAt.includes('T')) {
      const next = earliestAfter(e.at);
      const target = lastCancelled?.cancelled && !next ? lastCancelled : next;
      if (target) {
        target.cancelled = false;
        target.at = e.newAt;
        target.changes.push({ to: e.newAt });
      }
    }
  }
  return interviews;
}

/** Compares two contract times; where one is a date alone, their dates. */
function compare(a, b) {
  if (a.length === 10 || b.length === 10) {
    const da = a.slice(0, 10); const db = b.slice(0, 10);
    return da < db ? -1 : da > db ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatWhen(iso) {
  return typeof iso === 'string' && iso.includes('T') ? formatDateTime(iso) : formatDate(iso);
}

function get(obj, key) {
  return key.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
}

function put(obj, key, value) {
  if (value === '' || value === undefined || value === null) return;
  const keys = key.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {});
  o[keys[keys.length - 1]] = value;
}

// A whole number goes as a number; anything else is sent as typed, so the service says what is
// wrong with it, next to the field, like every other check.
function count(text) {
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}

function browserLanguage() {
  return (navigator.language || 'en').slice(0, 2).toLowerCase();
}
