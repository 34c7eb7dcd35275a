import { h, clear, dutchMoment } from '../dom.js';

// The audit trail: who did what, when, and why. The stored log keeps every save; here consecutive saves by the same
// person are one entry (autosave writes one every few seconds of typing), with every question they changed.
const saved = 'antwoorden opgeslagen';
const mostShown = 12;

export function showLog(slot, entries) {
  clear(slot);
  if (entries.length === 0) {
    slot.append(h('p', {}, 'Het logboek is leeg.'));
    return;
  }
  slot.append(h('table', {},
    h('caption', { class: 'onzichtbaar' }, 'Logboek van de overeenkomst'),
    h('thead', {}, h('tr', {}, ['Wanneer', 'Wie', 'Wat', 'Toelichting'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, groupSaves(entries).reverse().map((entry) => h('tr', { 'data-actie': entry.action },
      h('td', {}, entry.count > 1 ? `${dutchMoment(entry.at)} – ${dutchMoment(entry.until)}` : dutchMoment(entry.at)),
      h('td', {}, entry.name && entry.name !== entry.by ? `${entry.name} (${entry.by})` : entry.by),
      h('td', {}, entry.action, entry.count > 1 ? ` (${entry.count} keer)` : '', entry.version ? ` (versie ${entry.version})` : ''),
      h('td', {}, entry.detail ?? '', changesOf(entry)))))));
}

// Oldest first in, oldest first out: a save directly after a save by the same person joins it.
export function groupSaves(entries) {
  const groups = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && entry.action === saved && last.action === saved && last.by === entry.by) {
      last.count += 1;
      last.until = entry.at;
      for (const change of entry.changes ?? []) {
        if (!last.changes.some((known) => known.path === change.path)) last.changes.push(change);
      }
    } else {
      groups.push({ ...entry, until: entry.at, count: 1, changes: [...(entry.changes ?? [])] });
    }
  }
  return groups;
}

function changesOf(entry) {
  if (entry.action !== saved || entry.changes.length === 0) return null;
  const shown = entry.changes.slice(0, mostShown);
  const more = entry.changes.length - shown.length;
  return h('div', { class: 'wijzigingen' },
    h('p', {}, entry.changes.length === 1 ? 'Gewijzigd:' : `${entry.changes.length} antwoorden gewijzigd:`),
    h('ul', {}, shown.map((change) => h('li', {}, describe(change))), more > 0 ? h('li', {}, `en ${more} andere`) : null));
}

// "KvK-nummer (partijen 2)": the question as people know it, and for an answer inside a group which row it is in.
function describe(change) {
  const where = change.path.includes('[')
    ? change.path.replace(/\.[^.[\]]+$/, '').replace(/\[(\d+)\]/g, (_, index) => ` ${Number(index) + 1}`).replaceAll('.', ' › ')
    : null;
  if (!change.label) return where ?? change.path;
  return where ? `${change.label} (${where})` : change.label;
}
