import { api } from '../api.js';
import { h, clear, dutchMoment } from '../dom.js';
import { findClause, questionLinks } from './vragen.js';

// A request for changes stays at the top of the agreement page until a changed version is submitted: who asked, what,
// about which article (a link to it in the version they reviewed), and the questions that article is written from.
export async function showChangeRequest(slot, { agreementId, data, versions, reviews, onRead }) {
  clear(slot);
  if (data.status !== 'concept' || !data.changesRequestedVersion) return;
  const request = [...reviews].reverse().find((r) => r.kind === 'wijziging_gevraagd' && r.version === data.changesRequestedVersion);
  if (!request) return;

  const version = versions.find((v) => v.number === request.version);
  const box = h('section', { class: 'melding wijzigingsverzoek', id: 'wijzigingsverzoek-inhoud', 'aria-labelledby': 'wijzigingsverzoek-kop' },
    h('h2', { id: 'wijzigingsverzoek-kop' }, `Wijziging gevraagd in versie ${request.version}`),
    h('p', {}, `${request.name} (${request.organisation}) op ${dutchMoment(request.at)}:`),
    h('blockquote', { class: 'beoordeling-tekst' }, request.text));
  slot.append(box);
  if (!request.article) return;

  const clause = version ? await findClause(version.preview, request.article) : null;
  // The page may have loaded again meanwhile, with a box of its own.
  if (!box.isConnected) return;
  if (!clause) {
    box.append(h('p', {}, `Over ${request.article}.`));
    return;
  }

  box.append(h('p', {}, 'Over ', h('a', {
    href: `${version.preview}#${encodeURIComponent(clause.id)}`,
    id: 'wijzigingsverzoek-artikel',
    onclick: (event) => {
      event.preventDefault();
      onRead(version, clause.id);
    },
  }, clause.title), '.'));
  const clauses = await api(`/api/agreements/${encodeURIComponent(agreementId)}/clauses`);
  const found = clauses.ok ? clauses.data.find((c) => c.id === clause.id) : null;
  const links = await questionLinks(agreementId, found?.questions);
  if (links && box.isConnected) box.append(h('p', {}, 'Deze vragen bepalen de tekst van dit artikel:'), links);
}
