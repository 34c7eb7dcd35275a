import { api, problemText } from '../api.js';
import { h, clear, whileBusy } from '../dom.js';

// The preview: the current answers rendered as the agreement will read, shown in a sandboxed frame that can run no
// script (and the server's page carries its own no-script policy too). Nothing is stored.
export async function showPreview(region, answers, onErrors, questionnaireVersion) {
  const frameSlot = region.querySelector('#voorbeeld-kader');
  const result = await whileBusy(region, 'Het voorbeeld wordt opgesteld…',
    () => api('/api/preview', { method: 'POST', body: answers, accept: 'text/html, application/problem+json', questionnaireVersion }));
  clear(frameSlot);
  if (result.ok && result.html !== undefined) {
    const frame = h('iframe', { id: 'voorbeeld-frame', title: 'Voorbeeld van de overeenkomst', sandbox: '' });
    frame.srcdoc = result.html;
    frameSlot.append(frame);
    return;
  }

  frameSlot.append(h('p', { class: 'fout' }, problemText(result.problem)));
  if (result.problem?.errors) onErrors(result.problem.errors);
}

// A draft version: stored, numbered, marked CONCEPT, with links to read it in the browser and to download the .docx.
export async function renderDraft(region, agreementId, beforeRender, onErrors) {
  const slot = region.querySelector('#concept-resultaat');
  const result = await whileBusy(region, 'Het concept wordt opgesteld…', async () => {
    if (!(await beforeRender())) return { ok: false, problem: { title: 'Sla eerst uw antwoorden op; daarna kan het concept worden opgesteld.' } };
    return api(`/api/agreements/${encodeURIComponent(agreementId)}/versions`, { method: 'POST' });
  });
  clear(slot);
  if (result.ok) {
    const version = result.data;
    slot.append(h('div', { class: 'gelukt', role: 'status' },
      h('p', {}, `Concept versie ${version.number} is opgesteld.`),
      h('ul', {},
        h('li', {}, h('a', { href: version.preview, id: 'concept-lezen' }, `Versie ${version.number} lezen in de browser`)),
        h('li', {}, h('a', { href: version.document, id: 'concept-downloaden', download: '' }, `Versie ${version.number} downloaden (Word, .docx)`)),
        h('li', {}, h('a', { href: `/overeenkomsten/${encodeURIComponent(agreementId)}` }, 'Deelnemers noemen en ter beoordeling aanbieden')))));
    return;
  }

  slot.append(h('p', { class: 'fout' }, problemText(result.problem)));
  if (result.problem?.errors) onErrors(result.problem.errors);
}
