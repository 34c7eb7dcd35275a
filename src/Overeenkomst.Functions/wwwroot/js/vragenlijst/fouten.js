import { h, clear } from '../dom.js';
import { fieldId } from './antwoorden.js';

// Inline messages beside the fields, and a summary whose links lead to them (the GOV.UK / NL Design System pattern).

export function showInline(root, errors, shouldShow) {
  for (const slot of root.querySelectorAll('.foutplek')) clear(slot);
  for (const marked of root.querySelectorAll('[aria-invalid="true"]')) {
    marked.removeAttribute('aria-invalid');
    marked.setAttribute('aria-describedby', withoutError(marked.getAttribute('aria-describedby')));
  }

  for (const [path, messages] of Object.entries(errors)) {
    if (!shouldShow(path)) continue;
    const id = fieldId(path);
    const slot = root.querySelector(`#${CSS.escape(id)}-foutplek`);
    if (!slot) continue;
    slot.append(h('p', { class: 'fout', id: `${id}-fout` }, h('span', { class: 'onzichtbaar' }, 'Fout: '), messages.join(' ')));
    const field = root.querySelector(`#${CSS.escape(id)}`);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', [withoutError(field.getAttribute('aria-describedby')), `${id}-fout`].filter(Boolean).join(' '));
    }
  }
}

function withoutError(describedBy) {
  return (describedBy ?? '').split(' ').filter((id) => id && !id.endsWith('-fout')).join(' ');
}

// entries: [{ path, label, message }]; follow(path) shows the field's section and focuses it.
export function showSummary(container, entries, follow, heading) {
  clear(container);
  if (entries.length === 0) return;
  const summary = h('div', { class: 'foutenoverzicht', role: 'alert', tabindex: '-1', 'aria-labelledby': 'foutenoverzicht-kop' },
    h('h2', { id: 'foutenoverzicht-kop' }, heading ?? (entries.length === 1 ? 'Er is 1 punt om te verbeteren' : `Er zijn ${entries.length} punten om te verbeteren`)),
    h('ul', {}, entries.map((entry) => h('li', {},
      h('a', {
        href: `#${fieldId(entry.path)}`,
        onclick: (event) => {
          event.preventDefault();
          follow(entry.path);
        },
      }, entry.label ? `${entry.label}: ${entry.message}` : entry.message)))));
  container.append(summary);
  summary.focus();
}
