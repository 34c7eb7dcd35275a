import { api, problemText } from '../api.js';
import { h, clear, dutchMoment } from '../dom.js';
import { sameValue } from './antwoorden.js';

// Explains a 412: someone saved in between. Shows, per question the user changed, their answer beside the stored one,
// and lets them load the stored version with their own changes on top — or without them. Nothing typed is lost until
// they choose.
export async function explainConflict({ panel, agreementId, mine, changedIds, labelOf, onResolved }) {
  const latest = await api(`/api/agreements/${encodeURIComponent(agreementId)}`);
  clear(panel);
  panel.hidden = false;
  if (!latest.ok) {
    panel.append(h('p', { class: 'fout' }, problemText(latest.problem)));
    return;
  }

  const stored = latest.data;
  const differing = changedIds.filter((id) => !sameValue(mine[id], stored.answers?.[id]));
  const heading = h('h2', { tabindex: '-1' }, 'Iemand anders heeft deze overeenkomst intussen gewijzigd');
  panel.append(
    heading,
    h('p', {}, `${stored.updatedBy || 'Een andere gebruiker'} heeft op ${dutchMoment(stored.updatedAt)} antwoorden opgeslagen. ` +
      'Uw laatste wijzigingen zijn daardoor niet opgeslagen, maar ze staan nog op deze pagina.'),
    differing.length === 0
      ? h('p', {}, 'Uw wijzigingen zijn gelijk aan wat nu is opgeslagen.')
      : h('table', { class: 'verschillen' },
        h('caption', {}, 'Uw antwoorden naast de opgeslagen antwoorden'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Vraag'), h('th', { scope: 'col' }, 'Uw antwoord'), h('th', { scope: 'col' }, 'Opgeslagen antwoord'))),
        h('tbody', {}, differing.map((id) => h('tr', { 'data-vraag': id },
          h('th', { scope: 'row' }, labelOf(id)), h('td', {}, shown(mine[id])), h('td', {}, shown(stored.answers?.[id])))))),
    h('div', { class: 'knoppen' },
      h('button', { type: 'button', class: 'primair', id: 'conflict-behouden', onclick: () => finish(true) },
        'Opgeslagen versie laden en mijn wijzigingen behouden'),
      h('button', { type: 'button', id: 'conflict-verwerpen', onclick: () => finish(false) },
        'Opgeslagen versie laden zonder mijn wijzigingen')));
  heading.focus();

  function finish(keepMine) {
    const answers = structuredClone(stored.answers ?? {});
    if (keepMine) for (const id of changedIds) {
      if (mine[id] === undefined) delete answers[id];
      else answers[id] = structuredClone(mine[id]);
    }
    panel.hidden = true;
    clear(panel);
    onResolved(answers, latest.etag, keepMine);
  }
}

function shown(value) {
  if (value === undefined || value === null || value === '') return '(leeg)';
  if (value === true) return 'Ja';
  if (value === false) return 'Nee';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.join(', ') : `${value.length} ingevulde regel(s)`;
  return String(value);
}
