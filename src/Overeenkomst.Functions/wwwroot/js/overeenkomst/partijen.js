import { h, clear, dutchMoment, roleLabel } from '../dom.js';

// Every party approves the submitted version through one of its participants; submitting counts for the submitter's
// party. Before submission the parties come from the answers, so the owner sees who will have to approve.
export function showParties(slot, data) {
  clear(slot);
  const parties = data.parties?.length
    ? data.parties.map((party) => party.shortName)
    : (data.answers?.partijen ?? []).map((party) => party?.korte_naam).filter((name) => typeof name === 'string' && name.trim() !== '');
  if (parties.length === 0) {
    slot.append(h('p', {}, 'De partijen staan nog niet in de vragenlijst.'));
    return;
  }

  const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
  slot.append(h('table', { class: 'partijen' },
    h('caption', { class: 'onzichtbaar' }, 'Goedkeuring per partij'),
    h('thead', {}, h('tr', {}, ['Partij', 'Deelnemers', 'Goedkeuring'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, parties.map((party) => {
      const people = (data.participants ?? []).filter((p) => same(p.organisation, party));
      const approval = (data.approvals ?? []).find((a) => same(a.organisation, party) && a.version === data.submittedVersion);
      return h('tr', { 'data-partij': party },
        h('th', { scope: 'row' }, party),
        h('td', {}, people.length === 0 ? h('span', { class: 'fout' }, 'Nog geen deelnemer') : people.map((p) => h('div', {}, `${p.email} (${roleLabel(p.role)})`))),
        h('td', { class: 'goedkeuring' }, statusOf(data, approval)));
    }))));
}

function statusOf(data, approval) {
  if (!data.submittedVersion) return 'Nog niet ingediend';
  if (approval) return h('span', { class: 'goedgekeurd' }, `Goedgekeurd (versie ${approval.version}) door ${approval.email}, ${dutchMoment(approval.at)}`);
  return `Wacht op goedkeuring van versie ${data.submittedVersion}`;
}
