import { api, problemSummary } from '../api.js';
import { h, clear, roleLabel } from '../dom.js';

// Who takes part: the owner's side names the organisations' people; only they see the agreement.
// Each role with what it does here, so the owner picks the right one.
// A function, not a list made when the module loads: the labels arrive with the signed-in user, after that.
const roles = () => [['opleiding', 'leidt de overeenkomst'], ['zorg', 'beoordeelt'], ['juridisch', 'past artikelen aan en stelt definitief vast']]
  .map(([value, task]) => [value, `${roleLabel(value)} (${task})`]);

export function showParticipants(slot, agreement, canEdit, onSaved) {
  clear(slot);
  const participants = agreement.data.participants ?? [];
  if (!canEdit) {
    slot.append(participants.length === 0
      ? h('p', {}, 'Er zijn nog geen deelnemers genoemd.')
      : h('ul', {}, participants.map((p) => h('li', {}, `${p.email} — ${p.organisation} (${roleLabel(p.role)})`))));
    return;
  }

  // Each participant speaks for one of the parties the answers name (by its short name); before there are parties, any organisation.
  const parties = (agreement.data.answers?.partijen ?? []).map((party) => party?.korte_naam).filter((name) => typeof name === 'string' && name.trim() !== '');
  const organisationField = (id, value) => parties.length === 0
    ? h('input', { type: 'text', id, name: 'organisation', value })
    : h('select', { id, name: 'organisation' },
      h('option', { value: '' }, 'Kies de partij'),
      (parties.includes(value) || !value ? parties : [value, ...parties]).map((party) => h('option', { value: party, selected: party === value }, party)));
  const rows = h('div', { id: 'deelnemers-rijen' });
  const message = h('div', { role: 'status' });
  const owner = (agreement.data.createdBy ?? '').trim().toLowerCase();
  const addRow = (participant = { email: '', organisation: '', role: 'zorg' }) => {
    const n = rows.children.length + 1;
    const id = `deelnemer-${Date.now()}-${n}`;
    // The owner stays a participant with the role that can edit (the server refuses anything else), so the form offers
    // no way to remove them or change their e-mail or role.
    const isOwner = participant.email.trim().toLowerCase() === owner;
    rows.append(h('fieldset', { class: 'deelnemer', 'data-eigenaar': isOwner ? 'true' : null },
      h('legend', { class: 'onzichtbaar' }, isOwner ? `Deelnemer ${n} (eigenaar)` : `Deelnemer ${n}`),
      h('div', {}, h('label', { for: `${id}-email` }, 'E-mailadres'), h('input', { type: 'email', id: `${id}-email`, name: 'email', value: participant.email, autocomplete: 'off', readonly: isOwner })),
      h('div', {}, h('label', { for: `${id}-org` }, parties.length ? 'Partij' : 'Organisatie'), organisationField(`${id}-org`, participant.organisation)),
      h('div', {}, h('label', { for: `${id}-rol` }, 'Rol'),
        h('select', { id: `${id}-rol`, name: 'role', disabled: isOwner }, roles().map(([value, label]) => h('option', { value, selected: participant.role === value }, label)))),
      isOwner
        ? h('p', { class: 'eigenaar' }, 'Eigenaar: blijft altijd deelnemer.')
        : h('div', {}, h('button', { type: 'button', onclick: (event) => event.currentTarget.closest('fieldset').remove() }, 'Verwijderen'))));
  };
  participants.forEach(addRow);

  const form = h('form', { class: 'formulier', novalidate: true, onsubmit: save },
    h('p', {}, 'Alleen wie hier staat, ziet deze overeenkomst. De eigenaar blijft altijd deelnemer. Elke partij keurt de versie goed via een van haar deelnemers.'),
    rows,
    h('div', { class: 'knoppen' },
      h('button', { type: 'button', id: 'deelnemer-toevoegen', onclick: () => { addRow(); rows.lastElementChild.querySelector('input').focus(); } }, 'Deelnemer toevoegen'),
      h('button', { type: 'submit', class: 'primair', id: 'deelnemers-opslaan' }, 'Deelnemers opslaan')),
    message);
  slot.append(form);

  async function save(event) {
    event.preventDefault();
    const list = [...rows.querySelectorAll('fieldset')].map((row) => ({
      email: row.querySelector('[name=email]').value.trim(),
      organisation: row.querySelector('[name=organisation]').value.trim(),
      role: row.querySelector('[name=role]').value,
    }));
    const result = await api(`/api/agreements/${encodeURIComponent(agreement.data.id)}/participants`,
      { method: 'PUT', body: { participants: list }, etag: agreement.etag });
    clear(message);
    if (result.ok) {
      // The page reloads the agreement (new ETag, maybe a new role for the user) and confirms there.
      onSaved(result);
      return;
    }
    message.append(problemSummary(result.problem, { role: 'alert' }));
  }
}
