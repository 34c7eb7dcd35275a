import { api, problemSummary, problemText } from '../api.js';
import { h, clear, fill, dutchMoment } from '../dom.js';
import { questionLinks } from './vragen.js';

// The jurist's desk: choose an article or member, read the text the templates give it, write an own text with a
// reason, or go back to the templates' text. After saving, the redline of the current draft against the latest version
// shows the change in place.
export async function showClauseDesk(slot, { agreementId, selected, onSaved }) {
  const base = `/api/agreements/${encodeURIComponent(agreementId)}`;
  const result = await api(`${base}/clauses`);
  clear(slot);
  if (!result.ok) {
    slot.append(h('p', { class: 'melding' }, problemText(result.problem)));
    return;
  }

  const clauses = result.data;
  const choice = h('select', { id: 'artikel-keuze' },
    h('option', { value: '' }, 'Kies een artikel of lid'),
    clauses.map((clause) => h('option', { value: clause.id, selected: clause.id === selected }, optionLabel(clause))));
  const details = h('div', { id: 'artikel-details' });
  slot.append(
    h('p', {}, 'Een eigen tekst vervangt de tekst uit de sjablonen in elke volgende versie, met uw naam en reden. Een aangepast artikel wordt gemarkeerd als de sjablonen er later iets anders van maken.'),
    h('p', {}, h('label', { for: 'artikel-keuze' }, 'Artikel of lid'), choice),
    details);
  choice.addEventListener('change', () => show(clauses.find((clause) => clause.id === choice.value)));
  if (selected) show(clauses.find((clause) => clause.id === selected));

  function show(clause) {
    clear(details);
    if (!clause) return;
    const message = h('div', { id: 'artikel-melding', role: 'status' });
    const text = h('textarea', { id: 'artikel-tekst', rows: 10, maxlength: 20000 });
    text.value = clause.editedText ?? clause.templateText ?? '';
    const reason = h('textarea', { id: 'artikel-reden', rows: 3, maxlength: 1000 });
    reason.value = clause.reason ?? '';
    const form = h('form', { class: 'formulier', novalidate: true, onsubmit: (event) => { event.preventDefault(); save(); } },
      clause.flagged ? h('p', { class: 'melding', id: 'artikel-vlag' }, clause.flagged) : null,
      clause.editedText ? h('p', {}, `Aangepast door ${clause.editedBy} op ${dutchMoment(clause.editedAt)}.`) : null,
      clause.templateText !== null ? [h('h3', {}, 'Tekst uit de sjablonen'), h('pre', { class: 'sjabloontekst', id: 'artikel-sjabloon' }, clause.templateText)] : null,
      h('p', {}, h('label', { for: 'artikel-tekst' }, 'Eigen tekst (alinea’s gescheiden door een witregel, opsommingen met "- ")'), text),
      h('p', {}, h('label', { for: 'artikel-reden' }, 'Reden van de afwijking (verplicht)'), reason),
      h('div', { class: 'knoppen' },
        h('button', { type: 'submit', class: 'primair', id: 'artikel-opslaan' }, 'Eigen tekst opslaan'),
        clause.editedText ? h('button', { type: 'button', id: 'artikel-terugzetten', onclick: restore }, 'Terug naar de tekst uit de sjablonen') : null),
      message);
    details.append(form);
    questionLinks(agreementId, clause.questions).then((links) => {
      if (links && form.isConnected) form.append(h('p', {}, 'Of pas de antwoorden aan op deze vragen, waaruit dit artikel volgt:'), links);
    });

    async function save() {
      const saved = await api(`${base}/clauses/${encodeURIComponent(clause.id)}`,
        { method: 'PUT', body: { text: text.value, reason: reason.value }, etag: result.etag });
      done(saved, 'De eigen tekst is opgeslagen.');
    }

    async function restore() {
      const restored = await api(`${base}/clauses/${encodeURIComponent(clause.id)}`, { method: 'DELETE', etag: result.etag });
      done(restored, 'Het artikel heeft weer de tekst uit de sjablonen.');
    }

    function done(outcome, text) {
      if (!outcome.ok) {
        fill(message, problemSummary(outcome.problem, { role: 'alert' }));
        return;
      }
      onSaved(clause.id, text);
    }
  }
}

function optionLabel(clause) {
  const name = clause.kind === 'lid' ? `Lid ${clause.number ?? '(vervangen)'}` : `Artikel ${clause.number ?? '(vervallen)'} ${clause.title}`;
  return `${name}${clause.editedText !== null ? ' — eigen tekst' : ''}${clause.flagged ? ' — controleren' : ''}`;
}
