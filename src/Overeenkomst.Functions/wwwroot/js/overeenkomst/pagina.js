import { api, problemSummary, problemText } from '../api.js';
import { append, h, clear, fill, statusLabel, whileBusy } from '../dom.js';
import { showSignedInUser } from '../header.js';
import { showReviewForm, showReviews } from './beoordeling.js';
import { showParticipants } from './deelnemers.js';
import { showLog } from './logboek.js';
import { read, showVersions } from './versies.js';

// One agreement for everyone who takes part: the opleidingsmanager drafts, names participants and submits; a care
// organisation reads and reviews; a jurist finalises. What each sees follows their role in this agreement.
const agreementId = decodeURIComponent(window.location.pathname.split('/')[2]);
const base = `/api/agreements/${encodeURIComponent(agreementId)}`;
const message = document.getElementById('melding');
const user = await showSignedInUser();
let agreement;
let versions = [];

await load();

async function load() {
  agreement = await api(base);
  if (!agreement.ok) {
    document.getElementById('titel').textContent = 'Overeenkomst niet gevonden';
    fill(message, h('p', { class: 'fout' }, problemText(agreement.problem)));
    for (const id of ['versies', 'deelnemers', 'beoordelingen', 'logboek']) document.getElementById(id).hidden = true;
    return;
  }

  const data = agreement.data;
  document.title = `${data.title || 'Overeenkomst'} – Overeenkomst`;
  document.getElementById('titel').textContent = data.title || 'Naamloze overeenkomst';
  const status = document.getElementById('status');
  status.textContent = statusLabel(data.status);
  status.className = `status status-${data.status}`;

  const listed = await api(`${base}/versions`);
  versions = listed.ok ? listed.data : [];
  showVersions(document.getElementById('versies-lijst'), document.getElementById('lezen'), versions);
  showActions(data);
  showParticipants(document.getElementById('deelnemers-inhoud'), agreement, can('opleiding') && data.status === 'concept',
    async () => {
      await load();
      announce('De deelnemers zijn opgeslagen.');
    });
  await showSide(`${base}/reviews`, (list) => showReviews(document.getElementById('beoordelingen-lijst'), list), 'beoordelingen');
  await showSide(`${base}/log`, (list) => showLog(document.getElementById('logboek-lijst'), list), 'logboek');

  const review = document.getElementById('beoordelen');
  review.hidden = !(can('zorg') && data.status === 'in_review' && data.submittedVersion);
  // A form already open for this version stays as it is: rebuilding it would undo a choice made while the page reloaded.
  const open = document.getElementById('beoordelen-formulier');
  if (!review.hidden && open.dataset.versie !== String(data.submittedVersion)) {
    open.dataset.versie = String(data.submittedVersion);
    const submitted = versions.find((v) => v.number === data.submittedVersion);
    showReviewForm(open, agreementId, data.submittedVersion, submitted?.preview ?? '', async (result) => {
      await load();
      announce(`Uw beoordeling is opgeslagen. Status: ${statusLabel(result.status)}.`);
    });
    if (submitted && !document.getElementById('lezen-frame')) read(document.getElementById('lezen'), submitted);
  }
}

// The user's role in this agreement: their entry in its participants, or (before anyone is named) their sign-in role.
function can(role) {
  const mine = agreement.data.participants?.find((p) => p.email === user?.email);
  return mine ? mine.role === role : Boolean(user?.roles.includes(role));
}

async function showSide(path, show, sectionId) {
  const result = await api(path);
  const section = document.getElementById(sectionId);
  section.hidden = !result.ok;
  if (result.ok) show(result.data);
}

function showActions(data) {
  const actions = clear(document.getElementById('acties'));
  if (can('opleiding') && data.status === 'concept') {
    append(actions,
      h('a', { href: `/overeenkomsten/${encodeURIComponent(agreementId)}/vragenlijst`, class: 'knop', id: 'vragenlijst-link' }, 'Vragenlijst invullen'),
      h('button', { type: 'button', id: 'concept-opstellen', onclick: draft }, 'Concept opstellen'));
    const drafts = versions.filter((v) => v.kind !== 'definitief');
    if (drafts.length > 0) {
      const latest = drafts[drafts.length - 1];
      append(actions, h('button', { type: 'button', class: 'primair', id: 'aanbieden', onclick: () => submit(latest.number) },
        `Versie ${latest.number} ter beoordeling aanbieden`));
    }
  }
  if (can('juridisch') && data.status === 'approved') {
    append(actions, h('button', { type: 'button', class: 'primair', id: 'definitief-maken', onclick: finalise },
      `Versie ${data.submittedVersion} definitief maken`));
  }
  if (data.status === 'definitief' && data.finalVersion) {
    const final = versions.find((v) => v.number === data.finalVersion);
    if (final) {
      append(actions, h('div', { class: 'gelukt', id: 'definitieve-versie' },
        h('p', {}, `Definitieve versie ${final.number}. SHA-256: `, h('span', { class: 'sha', id: 'definitief-sha' }, final.sha256)),
        h('p', {}, h('a', { href: final.document, download: '', id: 'definitief-downloaden' }, 'De definitieve overeenkomst downloaden (.docx)'))));
    }
  }
}

async function act(text, work, done) {
  const result = await whileBusy(document.getElementById('acties'), text, work);
  if (!result.ok) {
    fill(message, problemSummary(result.problem, { tabindex: '-1' }));
    message.firstChild.focus();
    return;
  }
  await load();
  announce(done(result));
}

// A confirmation where the user's attention goes next.
function announce(text) {
  fill(message, h('p', { class: 'gelukt', tabindex: '-1' }, text));
  message.firstChild.focus();
}

function draft() {
  return act('Het concept wordt opgesteld…', () => api(`${base}/versions`, { method: 'POST' }),
    (result) => `Concept versie ${result.data.number} is opgesteld.`);
}

function submit(version) {
  return act('De versie wordt aangeboden…', () => api(`${base}/submit`, { method: 'POST', body: { version } }),
    () => `Versie ${version} is ter beoordeling aangeboden.`);
}

function finalise() {
  return act('De definitieve versie wordt opgesteld…', () => api(`${base}/finalize`, { method: 'POST' }),
    (result) => `Versie ${result.data.number} is definitief. SHA-256: ${result.data.sha256}`);
}
