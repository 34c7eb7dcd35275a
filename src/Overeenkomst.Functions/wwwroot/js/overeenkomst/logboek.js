import { h, clear, dutchMoment } from '../dom.js';

// The audit trail: who did what, when, and why.
export function showLog(slot, entries) {
  clear(slot);
  if (entries.length === 0) {
    slot.append(h('p', {}, 'Het logboek is leeg.'));
    return;
  }
  slot.append(h('table', {},
    h('caption', { class: 'onzichtbaar' }, 'Logboek van de overeenkomst'),
    h('thead', {}, h('tr', {}, ['Wanneer', 'Wie', 'Wat', 'Toelichting'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, [...entries].reverse().map((entry) => h('tr', {},
      h('td', {}, dutchMoment(entry.at)),
      h('td', {}, entry.name ? `${entry.name} (${entry.by})` : entry.by),
      h('td', {}, entry.action, entry.version ? ` (versie ${entry.version})` : ''),
      h('td', {}, entry.detail ?? ''))))));
}
