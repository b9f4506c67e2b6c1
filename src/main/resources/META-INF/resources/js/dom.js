// Small helpers shared by the pages: building elements without innerHTML (every text from the
// service or the user goes in as text, never as markup), and dates written for a person.

/** el('p', {class: 'x'}, 'text', child) -> <p class="x">text<child/></p>; null/false children are skipped. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// A contract date (2026-11-24) is a day on the applicant's calendar, not an instant: build it
// from its parts so no time zone can move it to the day before.
function localDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** '2026-11-24' -> 'Tue, 24 Nov 2026' in the reader's language; unparseable text is returned as is. */
export function formatDate(iso) {
  const d = localDate(iso);
  return d ? DAY.format(d) : String(iso ?? '');
}

/** '2026-11-24T09:00:00' -> 'Tue, 24 Nov 2026, 09:00'. */
export function formatDateTime(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
  if (!m) return String(iso ?? '');
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return `${DAY.format(d)}, ${TIME.format(d)}`;
}

/** A <time> element showing a contract date for a person, with the machine value kept. */
export function timeEl(iso, withTime = false) {
  return el('time', { datetime: iso }, withTime ? formatDateTime(iso) : formatDate(iso));
}

/** 'UTC timestamp' (2026-11-26T06:56:48Z) -> local date and time for the reader. */
export function formatInstant(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso ?? '') : `${DAY.format(d)}, ${new Intl.DateTimeFormat(undefined,
    { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d)}`;
}
