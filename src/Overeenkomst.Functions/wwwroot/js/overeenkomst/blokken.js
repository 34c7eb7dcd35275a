import { api, problemSummary } from '../api.js';
import { h, clear, dutchMoment, fill, roleLabel } from '../dom.js';

// A party's own block: the fixed data of its organisation. Each party's participants fill it in and confirm it — only
// their own party's, in any role — and may take it from the organisation's profile. The fields are those of
// OrganisationBlock.Fields on the server; which of them apply (BRIN only for schools, …) the server decides when it checks.
const blockFields = ['naam', 'soort', 'rechtsvorm', 'vestigingsplaats', 'adres', 'postcode', 'plaats', 'kvk', 'brin', 'iban',
  'vertegenwoordiger_naam', 'vertegenwoordiger_functie', 'vertegenwoordiger_email', 'bevoegdheid', 'vertegenwoordiger_grondslag',
  'tweede_vertegenwoordiger', 'vertegenwoordiger2_naam', 'vertegenwoordiger2_functie', 'vertegenwoordiger2_email', 'email_domeinen'];

export async function showBlocks(slot, { base, agreement, participant, canAct, onSaved }) {
  const result = await api(`${base}/parties`);
  clear(slot);
  if (!result.ok) return;
  const blocks = result.data;
  if (blocks.length === 0) {
    slot.append(h('p', {}, 'De partijen staan nog niet in de vragenlijst.'));
    return;
  }

  slot.append(statusTable(blocks));
  const own = participant && blocks.find((block) => same(block.party, participant.organisation));
  const open = ['concept', 'in_review', 'approved'].includes(agreement.data.status);
  if (own && open && canAct) slot.append(await blockForm(own));

  async function blockForm(block) {
    const questionnaire = await api('/api/questionnaire');
    const group = questionnaire.ok
      ? questionnaire.data.sections.flatMap((section) => section.questions).find((question) => question.id === 'partijen')
      : null;
    const row = (agreement.data.answers?.partijen ?? []).find((party) => same(party?.korte_naam ?? '', block.party)) ?? {};
    const inputs = new Map();
    const fields = blockFields.map((id) => {
      const question = group?.questions.find((candidate) => candidate.id === id) ?? { id, label: id, type: 'tekst' };
      const input = inputFor(question, row[id]);
      inputs.set(id, { input, question });
      const help = question.help ? h('p', { class: 'hulp', id: `blok-${id}-hulp` }, question.help) : null;
      if (help) input.setAttribute('aria-describedby', help.id);
      return h('div', { class: 'veld' }, h('label', { for: input.id }, question.label), help, input);
    });

    const form = h('form', { class: 'blok', id: 'eigen-blok', onsubmit: (event) => { event.preventDefault(); save(false); } },
      h('h3', {}, `De gegevens van ${block.party}`),
      h('p', {}, `Deze gegevens vult alleen ${block.party} zelf in en bevestigt alleen ${block.party}. Pas na de bevestiging tellen de e-mailadressen van de ondertekenaars.`),
      block.profileExists && block.kvk ? h('p', {}, h('button', { type: 'button', id: 'uit-profiel', onclick: fromProfile }, 'Overnemen uit het profiel van de organisatie')) : null,
      fields,
      h('div', { class: 'knoppen' },
        h('button', { type: 'submit', id: 'blok-opslaan' }, 'Opslaan'),
        h('button', { type: 'button', class: 'primair', id: 'blok-bevestigen', onclick: () => save(true) }, `Gegevens van ${block.party} bevestigen`)));
    return form;

    async function fromProfile() {
      const profile = await api(`/api/organisations/${encodeURIComponent(block.kvk)}`);
      if (!profile.ok) {
        showProblem(profile.problem);
        return;
      }
      for (const [id, { input }] of inputs) {
        if (profile.data.fields[id] === undefined) continue;
        if (input.type === 'checkbox') input.checked = Boolean(profile.data.fields[id]);
        else input.value = String(profile.data.fields[id]);
      }
      document.getElementById('blok-opslaan')?.focus();
    }

    async function save(confirm) {
      const body = {};
      for (const [id, { input, question }] of inputs) {
        if (input.type === 'checkbox') body[id] = input.checked;
        else if (input.value.trim() !== '') body[id] = question.type === 'getal' ? Number(input.value) : input.value.trim();
      }
      const saved = await api(`${base}/parties/${encodeURIComponent(block.party)}/block`, { method: 'PUT', body, etag: agreement.etag });
      if (!saved.ok) {
        showProblem(saved.problem);
        return;
      }
      if (!confirm) {
        onSaved(`De gegevens van ${block.party} zijn opgeslagen.`);
        return;
      }
      const confirmed = await api(`${base}/parties/${encodeURIComponent(block.party)}/confirmation`, { method: 'POST', etag: saved.etag });
      if (confirmed.ok) onSaved(`De gegevens van ${block.party} zijn bevestigd.`);
      else {
        showProblem(confirmed.problem);
        onSaved(null);
      }
    }
  }
}

// Which blocks are confirmed, and which wait for whom.
export function statusTable(blocks) {
  return h('table', { class: 'blokken' },
    h('caption', { class: 'onzichtbaar' }, 'Eigen gegevens per partij'),
    h('thead', {}, h('tr', {}, ['Partij', 'Eigen gegevens'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, blocks.map((block) => h('tr', { 'data-blok': block.party },
      h('th', { scope: 'row' }, block.party),
      h('td', {}, block.confirmed
        ? h('span', { class: 'goedgekeurd' }, `Bevestigd door ${block.confirmed.name} (${block.confirmed.by}), ${dutchMoment(block.confirmed.at)}`)
        : waiting(block))))));
}

function waiting(block) {
  if (block.waitingFor.length === 0) return h('span', { class: 'fout' }, `Wacht op ${block.party}: voeg eerst een deelnemer van ${block.party} toe.`);
  return [`Wacht op ${block.party}: ${block.waitingFor.map((person) => `${person.email} (${roleLabel(person.role)})`).join(', ')}`,
    block.profileExists ? h('br') : null,
    block.profileExists ? h('span', { class: 'hulp' }, `Het profiel van ${block.name ?? block.party} is bekend: ${block.party} neemt de gegevens met één klik over.`) : null];
}

function inputFor(question, value) {
  const id = `blok-${question.id}`;
  if (question.type === 'ja_nee') return h('input', { type: 'checkbox', id, checked: value === true });
  if (question.type === 'keuze') {
    return h('select', { id }, h('option', { value: '' }, 'Kies…'),
      (question.options ?? []).map((option) => h('option', { value: option, selected: option === value }, option)));
  }
  const type = question.type === 'email' ? 'email' : 'text';
  return h('input', { type, id, value: value === undefined || value === null ? '' : String(value), autocomplete: 'off' });
}

function same(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function showProblem(problem) {
  const message = document.getElementById('melding');
  fill(message, problemSummary(problem, { tabindex: '-1' }));
  /** @type {HTMLElement} */ (message.firstChild).focus();
}
