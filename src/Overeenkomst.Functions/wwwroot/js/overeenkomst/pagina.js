// @ts-check
import { api, problemSummary, problemText } from '../api.js';
import { append, h, clear, fill, statusLabel, whileBusy } from '../dom.js';
import { showSignedInUser } from '../header.js';
import { showAgenda } from './agenda.js';
import { showClauseDesk } from './artikelen.js';
import { showReviewForm, showReviews } from './beoordeling.js';
import { confirmStep } from './bevestigen.js';
import { showParticipants } from './deelnemers.js';
import { showLog } from './logboek.js';
import { showBlocks } from './blokken.js';
import { showSigning } from './ondertekening.js';
import { showParties } from './partijen.js';
import { compare, read, showRedline, showVersions } from './versies.js';
import { showChangeRequest } from './wijzigingsverzoek.js';

// One agreement for everyone who takes part: the opleidingsmanager drafts, names participants and submits; every party
// reads, reviews and approves; a jurist edits articles and finalises. What each sees follows their role in this
// agreement — and only while their sign-in carries that role too, as the server checks.
const agreementId = decodeURIComponent(window.location.pathname.split('/')[2]);
const base = `/api/agreements/${encodeURIComponent(agreementId)}`;
const message = document.getElementById('melding');
const reader = document.getElementById('lezen');
const user = await showSignedInUser();
let agreement;
let versions = [];
let reviews = [];

await load();

// "selected": the article the jurist's desk keeps open, after an edit.
async function load(selected) {
  agreement = await api(base);
  if (!agreement.ok) {
    document.getElementById('titel').textContent = 'Overeenkomst niet gevonden';
    fill(message, h('p', { class: 'fout' }, problemText(agreement.problem)));
    for (const id of ['versies', 'partijen', 'deelnemers', 'beoordelingen', 'logboek', 'ondertekening', 'agenda', 'blokken']) document.getElementById(id).hidden = true;
    return;
  }

  const data = agreement.data;
  document.title = `${data.title || 'Overeenkomst'} – Overeenkomst`;
  document.getElementById('titel').textContent = data.title || 'Naamloze overeenkomst';
  const status = document.getElementById('status');
  status.textContent = statusLabel(data.status);
  status.className = `status status-${data.status}`;

  const [listed, reviewed] = await Promise.all([api(`${base}/versions`), api(`${base}/reviews`)]);
  versions = listed.ok ? listed.data : [];
  reviews = reviewed.ok ? reviewed.data : [];
  showVersions(document.getElementById('versies-lijst'), reader, versions, reviewedBefore);
  showActions(data);
  showParties(document.getElementById('partijen-lijst'), data);
  showRenewal(data);
  await Promise.all([
    showSigning(document.getElementById('ondertekening-inhoud'), { base, data, user, participant: mine(), versions, onChanged: changed }),
    showAgenda(document.getElementById('agenda-inhoud'), base),
    showBlocks(document.getElementById('blokken-inhoud'), { base, agreement, participant: mine(), canAct: canReview(), onSaved: changed }),
  ]);
  // A signatory who takes no part sees the agreement, its final, its signatures and its calendar; nothing else is theirs.
  for (const id of ['blokken', 'partijen', 'deelnemers']) document.getElementById(id).hidden = !mine();
  showChangeRequest(document.getElementById('wijzigingsverzoek'), {
    agreementId, data, versions, reviews, onRead: (version, anchor) => read(reader, version, anchor),
  });
  showParticipants(document.getElementById('deelnemers-inhoud'), agreement, can('opleiding') && data.status === 'concept',
    async () => {
      await load();
      announce('De deelnemers zijn opgeslagen.');
    });
  document.getElementById('beoordelingen').hidden = !reviewed.ok;
  if (reviewed.ok) showReviews(document.getElementById('beoordelingen-lijst'), reviews);
  const log = await api(`${base}/log`);
  document.getElementById('logboek').hidden = !log.ok;
  if (log.ok) showLog(document.getElementById('logboek-lijst'), log.data);
  showReview(data);
  await showDesk(data, selected);
}

// The participant the user is in this agreement, and whether their sign-in carries the role they are listed with.
function mine() {
  return agreement.data.participants?.find((p) => p.email === user?.email);
}

function actsAs(role) {
  return Boolean(user?.roles.includes(role));
}

// The user's role in this agreement (their entry in its participants, or before anyone is named their sign-in role),
// backed by their sign-in.
function can(role) {
  const participant = mine();
  return (participant ? participant.role === role : true) && actsAs(role);
}

// Every participant reviews for their party, in any role their sign-in carries.
function canReview() {
  const participant = mine();
  return Boolean(participant && actsAs(participant.role));
}

// The owner and legal staff write their own text for an article.
function canEditClauses() {
  const participant = mine();
  if (!participant || !actsAs(participant.role)) return false;
  return participant.role === 'juridisch' || (participant.role === 'opleiding' && participant.email === agreement.data.createdBy);
}

// The last version before "number" this user reviewed: what changed since then is what they need to read.
function reviewedBefore(number) {
  const own = reviews.filter((review) => review.by === user?.email && review.version < number);
  return own.length ? own[own.length - 1].version : null;
}

function showReview(data) {
  const review = document.getElementById('beoordelen');
  review.hidden = !(canReview() && data.status === 'in_review' && data.submittedVersion);
  // A form already open for this version stays as it is: rebuilding it would undo a choice made while the page reloaded.
  const open = document.getElementById('beoordelen-formulier');
  if (review.hidden || open.dataset.versie === String(data.submittedVersion)) return;
  open.dataset.versie = String(data.submittedVersion);
  const submitted = versions.find((v) => v.number === data.submittedVersion);
  showReviewForm(open, agreementId, data.submittedVersion, submitted?.preview ?? '', async (result) => {
    await load();
    announce(`Uw beoordeling is opgeslagen. Status: ${statusLabel(result.status)}.`);
  });
  const earlier = versions.find((v) => v.number === reviewedBefore(data.submittedVersion));
  if (submitted && earlier) {
    open.prepend(h('p', {}, h('button', { type: 'button', class: 'link', id: 'wat-is-veranderd', onclick: () => compare(reader, earlier, submitted) },
      `Wat is er veranderd sinds versie ${earlier.number}, die u beoordeelde`)));
  }
  if (submitted && !document.getElementById('lezen-frame')) read(reader, submitted);
}

async function showDesk(data, selected) {
  const desk = document.getElementById('artikelen');
  desk.hidden = !(canEditClauses() && !['definitief', 'ondertekend'].includes(data.status));
  if (desk.hidden) return;
  await showClauseDesk(document.getElementById('artikelen-inhoud'), {
    agreementId,
    selected,
    onSaved: async (clauseId, text) => {
      await load(clauseId);
      const latest = versions[versions.length - 1];
      if (latest) compare(reader, latest, null, `wijziging-${clauseId.split('.')[0]}`);
      announce(latest ? `${text} Hieronder ziet u wat het verandert ten opzichte van versie ${latest.number}.` : text);
    },
  });
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
    append(actions, h('button', { type: 'button', class: 'primair', id: 'definitief-maken', onclick: () => finalise(data.submittedVersion) },
      `Versie ${data.submittedVersion} definitief maken`));
  }
  if (can('opleiding') && mine() && (data.status === 'definitief' || data.status === 'ondertekend')) {
    append(actions, h('button', { type: 'button', id: 'vernieuwen', onclick: renew }, 'Nieuwe overeenkomst op basis van deze'));
  }
  if ((data.status === 'definitief' || data.status === 'ondertekend') && data.finalVersion) {
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
    /** @type {HTMLElement} */ (message.firstChild).focus();
    return;
  }
  await load();
  announce(done(result));
}

// A confirmation where the user's attention goes next.
function announce(text) {
  fill(message, h('p', { class: 'gelukt', tabindex: '-1' }, text));
  /** @type {HTMLElement} */ (message.firstChild).focus();
}

// After a step in a section below: the page again, and the news where the user's attention goes (null: nothing new).
async function changed(text) {
  await load();
  if (text) announce(text);
}

// The new draft starts from this final's answers, without its dates: the questionnaire is where they are filled in again.
async function renew() {
  const result = await whileBusy(document.getElementById('acties'), 'De nieuwe overeenkomst wordt aangemaakt…',
    () => api(`${base}/renewal`, { method: 'POST' }));
  if (!result.ok) {
    fill(message, problemSummary(result.problem, { tabindex: '-1' }));
    /** @type {HTMLElement} */ (message.firstChild).focus();
    return;
  }
  window.location.assign(`/overeenkomsten/${encodeURIComponent(result.data.id)}`);
}

// A renewal says which final it came from, and shows each of its versions against that final.
function showRenewal(data) {
  const slot = clear(document.getElementById('vernieuwing'));
  if (!data.renewalOf) return;
  const latest = versions[versions.length - 1];
  append(slot, h('p', { class: 'melding', id: 'gebaseerd-op' },
    `Gebaseerd op de definitieve versie ${data.renewalOf.version} van '${data.renewalOf.title}'. Alle data zijn opnieuw in te vullen.`,
    latest ? [' ', h('button', { type: 'button', class: 'link', id: 'vergelijk-vorige', onclick: () => comparePrevious(latest) },
      `Versie ${latest.number} vergelijken met de vorige overeenkomst`)] : null));
}

function comparePrevious(version) {
  const heading = `Versie ${version.number} tegenover de vorige overeenkomst`;
  return showRedline(reader, { page: version.preview.replace(/\/preview$/, '/compare-previous'), heading, title: heading, document: null });
}

function draft() {
  return act('Het concept wordt opgesteld…', () => api(`${base}/versions`, { method: 'POST' }),
    (result) => `Concept versie ${result.data.number} is opgesteld.`);
}

function submit(version) {
  return act('De versie wordt aangeboden…', () => api(`${base}/submit`, { method: 'POST', body: { version } }),
    () => `Versie ${version} is ter beoordeling aangeboden.`);
}

async function finalise(version) {
  const sure = await confirmStep({
    title: `Versie ${version} definitief maken?`,
    text: `Versie ${version} wordt de definitieve overeenkomst: zonder CONCEPT-markering, met een vaste SHA-256, om te ondertekenen. `
      + 'Dit kan niet ongedaan worden gemaakt: daarna veranderen de antwoorden, artikelen, deelnemers en versies niet meer.',
    confirm: `Ja, versie ${version} definitief maken`,
  });
  if (!sure) {
    document.getElementById('definitief-maken')?.focus();
    return;
  }
  await act('De definitieve versie wordt opgesteld…', () => api(`${base}/finalize`, { method: 'POST' }),
    (result) => `Versie ${result.data.number} is definitief. SHA-256: ${result.data.sha256}`);
}
