// Where the page keeps the application state so a person can come back to it: in the page's
// address (#state=<base64url JSON>, which a bookmark or a link keeps) and in localStorage (which
// a plain visit to / finds). Nothing is sent anywhere but to the advisor's POST.

const KEY = 'follow-up-advisor.state';
const HASH = 'state=';

export function encode(state) {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decode(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** The state in the address if there is one, else the one last saved here; null if neither (or unreadable). */
export function load() {
  const hash = location.hash.slice(1);
  if (hash.startsWith(HASH)) {
    try {
      return { state: decode(hash.slice(HASH.length)), from: 'address' };
    } catch {
      return { state: null, from: 'address', broken: true };
    }
  }
  try {
    const saved = localStorage.getItem(KEY);
    if (saved) return { state: JSON.parse(saved), from: 'storage' };
  } catch {
    // Storage may be disabled (private mode, policy): the address still works.
  }
  return { state: null, from: null };
}

export function save(state) {
  saveInAddress(state);
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // See load().
  }
}

/** Only in the address: the answers of a link opened here, which must not replace the ones saved here. */
export function saveInAddress(state) {
  // replaceState, not location.hash =: typing must not fill the Back button's history.
  history.replaceState(null, '', `${location.pathname}${location.search}#${HASH}${encode(state)}`);
}

export function forget() {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  try {
    localStorage.removeItem(KEY);
  } catch {
    // See load().
  }
}
