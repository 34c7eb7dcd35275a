import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { answersSummary } from './controleren.js';
import { showQuality } from './kwaliteit.js';

// After submission the answers are fixed: the page says so and why, shows them as "Controleer uw antwoorden" does but
// without links, and offers nothing to press (no steps, no saving, no draft). Returns the server's check of the answers.
export async function showReadOnly({ form, agreement, agreementId, answers, sections, labelFor }) {
  const result = await api('/api/answers/check', { method: 'POST', body: answers });
  const report = result.ok ? result.data : { errors: {}, visibleQuestionIds: [], sections: [], findings: [], shown: {} };
  for (const id of ['opslagstatus', 'nu-opslaan', 'foutenoverzicht', 'voorbeeld', 'concept']) document.getElementById(id).hidden = true;
  /** @type {HTMLElement} */ (document.querySelector('.navigatie')).hidden = true;
  fill(form,
    h('h2', { id: 'sectie-kop', tabindex: '-1' }, 'Uw antwoorden (alleen lezen)'),
    h('div', { class: 'melding', id: 'alleen-lezen' }, reason(agreement),
      ' ', h('a', { href: `/overeenkomsten/${encodeURIComponent(agreementId)}` }, 'Naar de versies en de beoordeling')),
    answersSummary({ sections, report, answers, labelFor, follow: () => {}, readOnly: true }));
  fill(document.getElementById('voortgang'),
    h('h2', { id: 'voortgang-kop' }, 'Voortgang'),
    h('p', {}, 'De vragenlijst is ingevuld en aangeboden; er valt hier niets meer in te vullen.'));
  showQuality(document.getElementById('kwaliteit'), report.findings);
  return report;
}

function reason(agreement) {
  const version = agreement.finalVersion ?? agreement.submittedVersion;
  if (agreement.status === 'definitief') {
    return `Deze overeenkomst is definitief (versie ${version}). Een definitieve overeenkomst verandert niet meer: wie iets anders wil afspreken, maakt een nieuwe overeenkomst.`;
  }
  if (agreement.status === 'approved') {
    return `Versie ${version} is goedgekeurd en wacht op de jurist, die haar definitief maakt. De antwoorden liggen vast, zodat de definitieve tekst precies is wat is goedgekeurd.`;
  }
  return `Versie ${version} is ter beoordeling aangeboden. Tijdens de beoordeling liggen de antwoorden vast, zodat iedereen dezelfde tekst beoordeelt. Vraagt een zorgorganisatie om een wijziging, dan kunt u de antwoorden hier weer aanpassen.`;
}
