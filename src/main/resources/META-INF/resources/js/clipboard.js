// Copy text: the asynchronous Clipboard API where the browser allows it (secure pages, with
// focus), else the old select-and-execCommand way; if both fail, select the shown text so the
// person can copy it by hand. Resolves to whether the text reached the clipboard.

export async function copyText(text, shownIn = null) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, no focus): try the fallback.
  }
  if (legacyCopy(text)) return true;
  if (shownIn) selectContents(shownIn);
  return false;
}

function legacyCopy(text) {
  const active = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (active instanceof HTMLElement) active.focus();
  return ok;
}

function selectContents(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  node.focus();
}
