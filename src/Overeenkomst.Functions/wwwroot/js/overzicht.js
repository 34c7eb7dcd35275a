// @ts-check
import { api, problemText } from './api.js';
import { h, clear, fill, dutchMoment, statusLabel, whileBusy } from './dom.js';
import { showSignedInUser } from './header.js';
import { dateText } from './overeenkomst/agenda.js';

// The start page: the agreements the user takes part in, and (for an opleidingsmanager) a way to start a new one.
const user = await showSignedInUser();
const list = document.getElementById('lijst');
const message = document.getElementById('melding');

if (user?.roles.includes('opleiding')) {
  document.getElementById('nieuw').append(
    h('button', { type: 'button', class: 'primair', id: 'nieuwe-overeenkomst', onclick: startNew }, 'Nieuwe overeenkomst starten'));
}

await showList();

async function showList() {
  const result = await api('/api/agreements');
  clear(list);
  if (!result.ok) {
    list.append(h('p', { class: 'fout' }, problemText(result.problem)));
    return;
  }

  if (result.data.length === 0) {
    list.append(h('p', {}, 'U doet nog niet mee in een overeenkomst.'));
    return;
  }

  const rows = [...result.data].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
  list.append(h('table', { class: 'lijst' },
    h('caption', { class: 'onzichtbaar' }, 'Overeenkomsten met status en laatste wijziging'),
    h('thead', {}, h('tr', {}, ['Overeenkomst', 'Status', 'Eerstvolgende datum', 'Laatst gewijzigd'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((agreement) => h('tr', { 'data-overeenkomst': agreement.id },
      h('td', {}, h('a', { href: `/overeenkomsten/${encodeURIComponent(agreement.id)}` }, agreement.title || 'Naamloze overeenkomst')),
      h('td', {}, h('span', { class: `status status-${agreement.status}` }, statusLabel(agreement.status))),
      h('td', { class: 'volgende' }, '…'),
      h('td', {}, dutchMoment(agreement.updatedAt)))))));
  // The next date per agreement, by the server's clock: filled in as each agenda arrives, the list shows meanwhile.
  await Promise.all(rows.map((agreement) => showNext(agreement.id)));
}

async function showNext(id) {
  const cell = list.querySelector(`tr[data-overeenkomst="${CSS.escape(id)}"] td.volgende`);
  const agenda = await api(`/api/agreements/${encodeURIComponent(id)}/agenda`);
  const next = agenda.ok ? agenda.data.next : null;
  fill(cell, next ? [h('strong', {}, dateText(next.date)), h('br'), next.summary.split(' – ')[0]] : '—');
}

async function startNew(event) {
  const button = event.currentTarget;
  button.disabled = true;
  const result = await whileBusy(document.getElementById('nieuw'), 'Nieuwe overeenkomst wordt aangemaakt…',
    () => api('/api/agreements', { method: 'POST', body: {} }));
  if (result.ok) {
    window.location.assign(`/overeenkomsten/${encodeURIComponent(result.data.id)}/vragenlijst`);
    return;
  }

  button.disabled = false;
  fill(message, h('p', { class: 'fout' }, problemText(result.problem)));
}
