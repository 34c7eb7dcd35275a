// @ts-check
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { statusTable } from '../overeenkomst/blokken.js';

// Beside the questions: which parties' own blocks (name, address, KvK, IBAN, signatories, e-mail domains) are still waiting,
// and for whom. Each party fills in and confirms its own block on the agreement's page; what the questionnaire types into
// another party's block counts only once that party confirms it.
const agreementId = decodeURIComponent(window.location.pathname.split('/')[2]);
const slot = document.getElementById('blokken-status');
const result = await api(`/api/agreements/${encodeURIComponent(agreementId)}/parties`);
clear(slot);
if (result.ok && result.data.length > 0) {
  const waiting = result.data.filter((block) => !block.confirmed).length;
  slot.append(
    h('p', {}, waiting === 0 ? 'Alle partijen hebben hun eigen gegevens bevestigd.' : `${waiting === 1 ? '1 partij moet' : `${waiting} partijen moeten`} de eigen gegevens nog bevestigen.`),
    statusTable(result.data),
    h('p', {}, h('a', { href: `/overeenkomsten/${encodeURIComponent(agreementId)}#blokken` }, 'Eigen gegevens invullen en bevestigen')));
} else {
  slot.append(h('p', {}, 'Zodra de partijen met hun korte naam zijn ingevuld, ziet u hier welke eigen gegevens nog op bevestiging wachten.'));
}
