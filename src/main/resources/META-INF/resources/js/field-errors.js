// Shows a problem+json answer: each errors[].field (a JSON path such as events[2].at or
// people[0].email) next to the input whose data-path it names (first opening a folded event, by
// the reveal callback), and all of them in a summary at the top of the form with
// links to the inputs. Paths with no input on the page (and problems with no errors[]) are
// shown in the summary only.

import { el } from './dom.js';

export class FieldErrors {
  constructor(form, summary, reveal = () => {}) {
    this.form = form;
    this.summary = summary;
    this.reveal = reveal;
  }

  clear() {
    this.form.querySelectorAll('.field-error').forEach((node) => node.remove());
    this.form.querySelectorAll('[aria-invalid]').forEach((input) => {
      input.removeAttribute('aria-invalid');
      const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.startsWith('error-'));
      if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
      else input.removeAttribute('aria-describedby');
    });
    this.form.querySelectorAll('.has-error').forEach((node) => node.classList.remove('has-error'));
    this.summary.replaceChildren();
    this.summary.hidden = true;
  }

  /** problem: the parsed problem+json body (or a stand-in {title, detail}). */
  show(problem, focus = true) {
    this.clear();
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    const items = errors.map((error, i) => this.showOne(error, i));
    const heading = errors.length === 0 ? problem.title || 'Something went wrong'
      : errors.length === 1 ? 'There is a problem with 1 answer' : `There is a problem with ${errors.length} answers`;
    this.summary.append(
      el('h2', { id: 'error-summary-title' }, heading),
      errors.length === 0 ? el('p', {}, problem.detail || '') : el('ul', {}, items),
    );
    this.summary.setAttribute('aria-labelledby', 'error-summary-title');
    this.summary.hidden = false;
    if (focus) this.summary.focus();
  }

  showOne(error, i) {
    const path = String(error.field ?? '$');
    const message = humanize(String(error.message ?? 'is not valid'));
    const target = this.find(path);
    if (!target) {
      return el('li', { 'data-error-path': path }, el('code', {}, path === '$' ? 'request' : path), ' ', message);
    }
    this.reveal(target);
    const input = target.matches('input, select, textarea') ? target : null;
    const { row, field } = namesOf(target);
    // "Company is required": the service's message reads on from the field's name.
    const sentence = field ? `${field} ${message}` : capitalize(message);
    const id = `error-${i}`;
    const inline = el('p', { class: 'field-error', id, 'data-error-path': path },
      el('span', { class: 'visually-hidden' }, 'Error: '), sentence);
    if (input) {
      const field = input.closest('.field');
      field.classList.add('has-error');
      // Under the label, above the input: read before the value, and beside it on every width.
      // (a date beside its time: above the pair)
      if (field.classList.contains('check')) field.lastElementChild.after(inline);
      else (input.closest('.inputs') ?? input).before(inline);
      input.setAttribute('aria-invalid', 'true');
      const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      input.setAttribute('aria-describedby', [...described, id].join(' '));
    } else {
      target.classList.add('has-error');
      const legend = target.querySelector('.row-legend, legend');
      if (legend) legend.after(inline); else target.prepend(inline);
    }
    const focusTarget = input ?? target.querySelector('input, select') ?? target;
    return el('li', { 'data-error-path': path },
      el('a', {
        href: '#' + (focusTarget.id || ''),
        onclick: (event) => { event.preventDefault(); focusTarget.focus(); },
      }, row ? `${row}: ${field ? lowerFirst(field) + ' ' + message : message}` : sentence));
  }

  find(path) {
    return [...this.form.querySelectorAll('[data-path]')].find((node) => node.dataset.path === path) ?? null;
  }
}

/** What a person calls the input: its row's legend ("Follow-up 2") and its label, without the hints. */
function namesOf(target) {
  const rowNode = target.closest('.row');
  const row = rowNode ? rowNode.querySelector('.row-legend').textContent.trim() : '';
  let field = target.dataset.name || '';
  if (!field && target.id) {
    const label = document.querySelector(`label[for="${target.id}"]`);
    if (label) {
      const copy = label.cloneNode(true);
      copy.querySelectorAll('.hint, .req').forEach((node) => node.remove());
      field = copy.textContent.trim();
    }
  }
  return { row, field };
}

function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// The service names other fields by JSON path; say them the way the form does (events[2] is the
// form's event 3).
function humanize(message) {
  return message.replace(/\bevents\[(\d+)\]/g, (_, i) => `event ${Number(i) + 1}`);
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
