// A contract 1.1 state (what this page saved before it asked for the history) as the 2.0 request
// the contract's table "1.1 as events" makes of it, so that a person coming back with an old link
// or an old save finds their application as a list of events. Only the form is filled: nothing is
// sent until they ask for advice.

export function fromVersion1(s) {
  const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
  const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
  const interview = obj(s.interview);
  const out = {};
  for (const key of ['timezone', 'language', 'company', 'role', 'firstChoice', 'otherOpportunities', 'holidays']) {
    if (s[key] !== undefined) out[key] = s[key];
  }
  if (str(s.candidateName)) out.candidate = { name: s.candidateName };

  const people = [];
  const attendance = [];
  (Array.isArray(interview.interviewers) ? interview.interviewers : []).forEach((p, i) => {
    const person = obj(p);
    const id = `interviewer-${i + 1}`;
    people.push(clean({ id, name: str(person.name), email: str(person.email), title: str(person.title), addressAs: str(person.addressAs) }));
    attendance.push(clean({ person: id, talkedAbout: str(person.talkedAbout) }));
  });
  const contact = obj(s.contact);
  if (Object.keys(contact).length) {
    // an interviewer matched by email, else by a name only one of them has, is that same person
    const same = people.find((p) => contact.email && p.email === contact.email)
      ?? (people.filter((p) => contact.name && p.name === contact.name).length === 1 ? people.find((p) => p.name === contact.name) : undefined);
    if (same) {
      out.contact = same.id;
    } else {
      people.push(clean({ id: 'contact', name: str(contact.name), email: str(contact.email), phone: str(contact.phone), addressAs: str(contact.addressAs) }));
      out.contact = 'contact';
    }
  }
  if (people.length) out.people = people;

  const events = [];
  const timeline = obj(s.timeline);
  const thankYou = obj(s.thankYou);
  events.push(clean({
    type: 'INTERVIEW', at: str(interview.at), round: interview.round, format: str(interview.format),
    interviewers: attendance.length ? attendance : undefined,
    timeline: Object.keys(timeline).length ? timeline : undefined,
    thankYouNotWanted: thankYou.notWanted === true ? true : undefined,
  }));
  if (str(thankYou.sentAt)) events.push({ type: 'THANK_YOU', at: thankYou.sentAt });
  for (const f of Array.isArray(s.followUps) ? s.followUps : []) {
    events.push(clean({ type: 'FOLLOW_UP', at: str(obj(f).at), channel: str(obj(f).channel) ?? 'EMAIL' }));
  }
  const outcome = s.outcome ?? 'PENDING';
  const now = localNow();
  if (outcome === 'PENDING' && str(s.lastHeardAt)) events.push({ type: 'STILL_DECIDING', at: s.lastHeardAt });
  if (outcome === 'OFFER' || outcome === 'REJECTED') {
    events.push({ type: outcome === 'OFFER' ? 'OFFER' : 'REJECTION', at: str(s.lastHeardAt) ?? str(s.repliedAt) ?? now });
  }
  if (str(s.repliedAt)) events.push({ type: 'REPLIED', at: s.repliedAt });
  if (outcome === 'ACCEPTED') events.push({ type: 'ACCEPTED', at: now });
  if (outcome === 'WITHDRAWN') events.push({ type: 'WITHDREW', at: now });
  out.events = events;
  return out;
}

function clean(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

function localNow() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
