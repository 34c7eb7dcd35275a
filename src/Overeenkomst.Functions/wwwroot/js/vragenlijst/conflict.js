import { api, problemText } from '../api.js';
import { append, h, clear, dutchMoment } from '../dom.js';
import { itemNoun, sameValue } from './antwoorden.js';

// Explains a 412: someone saved in between. Shows, per question the user changed, their answer beside the stored one;
// for a repeatable group changed on both sides, the rows side by side with a choice per row. The user loads the stored
// version with their own changes on top (as chosen per row) or without them. What they type while the panel is open
// is kept whichever they choose: it was typed knowing what the panel says. Nothing is overwritten unseen.
// current() gives the page's answers as they are now; definitions maps ids to questions.
export async function explainConflict({ panel, agreementId, current, changedIds, definitions, onResolved }) {
  const mine = structuredClone(current());
  const latest = await api(`/api/agreements/${encodeURIComponent(agreementId)}`);
  clear(panel);
  panel.hidden = false;
  if (!latest.ok) {
    panel.append(h('p', { class: 'fout' }, problemText(latest.problem)));
    return;
  }

  const stored = latest.data;
  const theirs = stored.answers ?? {};
  const differing = changedIds.filter((id) => !sameValue(mine[id], theirs[id]));
  const groups = differing.filter((id) => definitions.get(id)?.type === 'groep' && Array.isArray(mine[id]) && Array.isArray(theirs[id]));
  const singles = differing.filter((id) => !groups.includes(id));
  const heading = h('h2', { tabindex: '-1' }, 'Iemand anders heeft deze overeenkomst intussen gewijzigd');
  append(panel,
    heading,
    h('p', {}, `${stored.updatedBy || 'Een andere gebruiker'} heeft op ${dutchMoment(stored.updatedAt)} antwoorden opgeslagen. ` +
      'Uw laatste wijzigingen zijn daardoor niet opgeslagen, maar ze staan nog op deze pagina. Wat u nu nog typt, blijft bewaard.'),
    differing.length === 0 ? h('p', {}, 'Uw wijzigingen zijn gelijk aan wat nu is opgeslagen.') : null,
    singles.length === 0 ? null : h('table', { class: 'verschillen' },
      h('caption', {}, 'Uw antwoorden naast de opgeslagen antwoorden'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Vraag'), h('th', { scope: 'col' }, 'Uw antwoord'), h('th', { scope: 'col' }, 'Opgeslagen antwoord'))),
      h('tbody', {}, singles.map((id) => h('tr', { 'data-vraag': id },
        h('th', { scope: 'row' }, labelOf(id)), h('td', {}, shown(mine[id])), h('td', {}, shown(theirs[id])))))),
    groups.map((id) => rowChoices(id, mine[id], theirs[id])),
    h('div', { class: 'knoppen' },
      h('button', { type: 'button', class: 'primair', id: 'conflict-behouden', onclick: () => finish(true) },
        'Opgeslagen versie laden en mijn wijzigingen behouden'),
      h('button', { type: 'button', id: 'conflict-verwerpen', onclick: () => finish(false) },
        'Opgeslagen versie laden zonder mijn wijzigingen')));
  heading.focus();

  function labelOf(id) {
    return definitions.get(id)?.label ?? id;
  }

  // A group changed on both sides: row by row, the user's row beside the stored one, and which to keep.
  function rowChoices(id, ours, stored) {
    const count = Math.max(ours.length, stored.length);
    return h('table', { class: 'verschillen', 'data-groep': id },
      h('caption', {}, `${labelOf(id)}: kies per regel`),
      h('thead', {}, h('tr', {}, ['Regel', 'Uw regel', 'Opgeslagen regel', 'Bewaren'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, Array.from({ length: count }, (_, index) => {
        const name = `conflict-${id}-${index}`;
        const noun = `${itemNoun(id)} ${index + 1}`;
        const same = sameValue(ours[index], stored[index]);
        return h('tr', { 'data-regel': index },
          h('th', { scope: 'row' }, noun),
          h('td', {}, shown(ours[index])),
          h('td', {}, shown(stored[index])),
          h('td', {}, same ? 'Gelijk' : h('fieldset', { class: 'keuzes' },
            h('legend', { class: 'onzichtbaar' }, `${noun}: welke regel bewaren?`),
            choice(name, 'mijn', `Uw regel`, ours[index] !== undefined),
            choice(name, 'opgeslagen', `Opgeslagen regel`, ours[index] === undefined))));
      })));
  }

  function choice(name, value, label, checked) {
    const id = `${name}-${value}`;
    return h('div', { class: 'keuze' }, h('input', { type: 'radio', id, name, value, checked }), h('label', { for: id }, label));
  }

  function finish(keepMine) {
    const now = current();
    const answers = structuredClone(theirs);
    const put = (id, value) => {
      if (value === undefined) delete answers[id];
      else answers[id] = structuredClone(value);
    };
    if (keepMine) {
      for (const id of changedIds) put(id, groups.includes(id) ? chosenRows(id, now[id] ?? [], theirs[id]) : now[id]);
    }
    // Typed while the panel was open: kept either way.
    const typedSince = Object.keys({ ...mine, ...now }).filter((id) => !sameValue(mine[id], now[id]));
    for (const id of typedSince) {
      if (!(keepMine && groups.includes(id))) put(id, now[id]);
    }
    panel.hidden = true;
    clear(panel);
    onResolved(answers, latest.etag, keepMine || typedSince.length > 0);
  }

  function chosenRows(id, ours, stored) {
    const count = Math.max(ours.length, stored.length);
    return Array.from({ length: count }, (_, index) => {
      const picked = panel.querySelector(`input[name="conflict-${CSS.escape(id)}-${index}"]:checked`)?.value;
      return picked === 'opgeslagen' ? stored[index] : ours[index] ?? (picked ? undefined : stored[index]);
    }).filter((row) => row !== undefined);
  }
}

function shown(value) {
  if (value === undefined || value === null || value === '') return '(leeg)';
  if (value === true) return 'Ja';
  if (value === false) return 'Nee';
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.join(', ') : `${value.length} ingevulde regel(s)`;
  if (typeof value === 'object') return Object.values(value).filter((v) => typeof v !== 'object').map(shown).join(', ');
  return String(value);
}
