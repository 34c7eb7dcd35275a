// @ts-check
import { api, problemText } from '../api.js';
import { h, clear, fill } from '../dom.js';
import { showSignedInUser } from '../header.js';
import { fieldId, itemNoun, setValue, topLevelId, valueAt, withDefaults } from './antwoorden.js';
import { explainConflict } from './conflict.js';
import { showReadOnly } from './alleenlezen.js';
import { answersSummary } from './controleren.js';
import { showInline, showSummary } from './fouten.js';
import { showQuality } from './kwaliteit.js';
import { showMigration } from './migratie.js';
import { createAutosave } from './opslaan.js';
import { showReadBack } from './teruglezen.js';
import { renderQuestions, readInput } from './velden.js';
import { renderDraft, showPreview } from './voorbeeld.js';
import { showProgress } from './voortgang.js';

// The guided questionnaire: one section at a time, checked by the server as the user types (visible questions,
// errors, completeness, quality), saved automatically; after the last section, "Controleer uw antwoorden" lists every
// answer before a draft is made. Once submitted, the page shows the answers read-only and says why.
const agreementId = decodeURIComponent(window.location.pathname.split('/')[2]);
const form = document.getElementById('sectie');
const summarySlot = document.getElementById('foutenoverzicht');
const saveState = document.getElementById('opslagstatus');
const conflictPanel = document.getElementById('conflict');
const previousButton = /** @type {HTMLButtonElement} */ (document.getElementById('vorige'));

await showSignedInUser();
const [questionnaire, agreement] = await Promise.all([api('/api/questionnaire'), api(`/api/agreements/${encodeURIComponent(agreementId)}`)]);
if (!questionnaire.ok || !agreement.ok) {
  fill(form, h('p', { class: 'fout' }, problemText(questionnaire.problem ?? agreement.problem)));
  throw new Error('De vragenlijst kon niet worden geladen.');
}

const sections = questionnaire.data.sections;
const questionnaireVersion = questionnaire.data.version;
const migrationSlot = document.getElementById('migratie');
// The step after the last section, reachable from every step: all answers on one page, then the draft.
const checkStep = { id: 'controleren', title: 'Controleer uw antwoorden', questions: [] };
const definitions = indexDefinitions(sections);
const topLevelQuestions = sections.flatMap((section) => section.questions);
/**
 * @typedef {{ id: string, label?: string, condition?: string, questions?: Question[], [key: string]: any }} Question
 * @typedef {{ id: string, title: string, introduction?: string, questions: Question[] }} Section
 * @typedef {{ errors: Record<string, string[]>, visibleQuestionIds: string[], sections: any[], findings: any[], shown?: any }} CheckReport
 */
// Everything on this page that changes while the user works, in one place: the functions below read and change it here.
const state = {
  /** @type {Record<string, any>} The answers as the user has them now; saved automatically. */
  answers: withDefaults(topLevelQuestions, structuredClone(agreement.data.answers ?? {})),
  /** @type {CheckReport} The server's last check of those answers. */
  report: { errors: {}, visibleQuestionIds: [], sections: [], findings: [] },
  /** @type {Set<string>} The paths of the questions that apply, from that check. */
  visible: new Set(),
  /** @type {Section} The step on screen: a section or the check step. */
  current: sectionFromHash() ?? sections[0],
  /** @type {Set<string>} Fields the user has finished with: their errors show. */
  touched: new Set(),
  /** @type {Set<string>} Sections checked with "Controleer deze stap": all their errors show. */
  checkedSections: new Set(),
  /** @type {Set<string> | null} The paths the error summary lists, while it is shown. */
  summaryPaths: null,
  /** @type {ReturnType<typeof setTimeout> | undefined} The check that waits for a pause in typing. */
  checkTimer: undefined,
  /** Counts the checks asked for, so that an answer to an older one is ignored. */
  checking: 0,
};

document.getElementById('titel').textContent = agreement.data.title || 'Nieuwe overeenkomst';
/** @type {HTMLAnchorElement} */ (document.getElementById('naar-overzicht')).href = `/overeenkomsten/${encodeURIComponent(agreementId)}`;

const readOnly = agreement.data.status !== 'concept';

showMigration(migrationSlot, agreement.data.migration);

const autosave = createAutosave({
  agreementId,
  etag: agreement.etag,
  answers: () => state.answers,
  questionnaireVersion,
  onMigrated: (notes) => showMigration(migrationSlot, notes, { stalePage: true }),
  // "saving", not "state": that name is the page's state object.
  onState: (saving, text) => {
    saveState.dataset.state = saving;
    saveState.textContent = text;
    document.getElementById('nu-opslaan').hidden = saving !== 'fout';
  },
  onConflict: (changedIds) => explainConflict({
    panel: conflictPanel,
    agreementId,
    current: () => state.answers,
    changedIds,
    definitions,
    onResolved: (merged, etag, keepMine) => {
      const active = document.activeElement?.id;
      state.answers = withDefaults(topLevelQuestions, merged);
      showSection(state.current, { focus: false });
      restoreFocus(active && document.getElementById(active));
      autosave.resume(etag, keepMine);
      scheduleCheck();
    },
  }),
});

const context = {
  get answers() { return state.answers; },
  // The short names typed under Partijen: what a question of type "partij" offers.
  parties: () => [...new Set((state.answers.partijen ?? []).map((party) => party?.korte_naam?.trim()).filter(Boolean))],
  isVisible: (path, question) => !question.condition || state.visible.has(path),
  addItem: (path) => {
    const items = valueAt(state.answers, path) ?? [];
    setValue(state.answers, path, [...items, withDefaults(definitions.get(definitionKey(path)).questions, {})]);
    changed(path);
    showSection(state.current, { focus: false });
    // Straight into the new item's first field.
    /** @type {HTMLElement | null} */ (document.querySelector(`#${CSS.escape(fieldId(path))}-${items.length} :is(input, select, textarea)`))?.focus();
  },
  removeItem: (path, index) => {
    const items = [...(valueAt(state.answers, path) ?? [])];
    items.splice(index, 1);
    setValue(state.answers, path, items);
    changed(path);
    showSection(state.current, { focus: false });
    /** @type {HTMLElement | null} */ (document.querySelector(`[data-toevoegen="${CSS.escape(path)}"]`))?.focus();
  },
};

form.addEventListener('input', (event) => onField(event.target, false));
form.addEventListener('change', (event) => onField(event.target, true));
window.addEventListener('hashchange', () => {
  if (readOnly) return;
  const section = sectionFromHash();
  if (section && section !== state.current) showSection(section, { focus: true });
});
previousButton.addEventListener('click', () => go(-1));
document.getElementById('volgende').addEventListener('click', () => go(1));
document.getElementById('naar-controleren').addEventListener('click', (event) => {
  event.preventDefault();
  go(checkStep);
});
document.getElementById('controleer').addEventListener('click', checkSection);
document.getElementById('nu-opslaan').addEventListener('click', () => autosave.save());
document.getElementById('voorbeeld-tonen').addEventListener('click', async () => {
  await showPreview(document.getElementById('voorbeeld'), state.answers, showAllErrors, questionnaireVersion);
});
document.getElementById('concept-opstellen').addEventListener('click', async () => {
  await renderDraft(document.getElementById('concept'), agreementId, () => autosave.save(), showAllErrors);
});

if (readOnly) {
  state.report = await showReadOnly({ form, agreement: agreement.data, agreementId, answers: state.answers, sections, labelFor });
} else {
  showSection(state.current, { focus: false });
  await check();
}
// Busy until the server said which questions apply: before that the section may still change shape.
form.removeAttribute('aria-busy');

function onField(target, done) {
  const path = target.dataset.path ?? target.dataset.keuzeVan;
  if (!path) return;
  const question = definitions.get(definitionKey(path));
  let value;
  if (target.type === 'checkbox') {
    /** @type {NodeListOf<HTMLInputElement>} */
    const boxes = form.querySelectorAll(`input[data-keuze-van="${CSS.escape(path)}"]:checked`);
    value = [...boxes].map((box) => box.value);
  } else if (target.type === 'radio') {
    if (!done) return;
    value = target.value === 'true';
  } else {
    value = readInput(target, question);
  }
  setValue(state.answers, path, value);
  if (done || target.type === 'checkbox') state.touched.add(path);
  changed(path);
}

function changed(path) {
  autosave.changed(topLevelId(path));
  if (path === 'naam_leerwerkplek') document.getElementById('titel').textContent = state.answers.naam_leerwerkplek || 'Nieuwe overeenkomst';
  scheduleCheck();
}

function scheduleCheck() {
  clearTimeout(state.checkTimer);
  state.checkTimer = setTimeout(check, 300);
}

async function check() {
  const asked = ++state.checking;
  const result = await api('/api/answers/check', { method: 'POST', body: state.answers, questionnaireVersion });
  // An answer to an older question is no news.
  if (asked !== state.checking || !result.ok) return;
  const before = visibleIn(state.current, state.visible);
  state.report = result.data;
  state.visible = new Set(state.report.visibleQuestionIds);
  // The check step lists every answer, so it follows every check (focus stays where the user was).
  if (state.current === checkStep || before !== visibleIn(state.current, state.visible)) showSection(state.current, { focus: false, keepFocus: true });
  else showInline(form, state.report.errors, shouldShowError);
  showReadBack(form, state.report.shown);
  showProgress(document.getElementById('voortgang'), sections, state.report.sections, state.current.id, checkStep);
  showQuality(document.getElementById('kwaliteit'), state.report.findings);
  if (state.summaryPaths) refreshSummary();
}

// Checks now instead of after the pause: for "Controleer deze stap", which must judge what was just typed.
async function checkNow() {
  clearTimeout(state.checkTimer);
  await check();
}

// The section's visible questions as one string, to tell whether an answer made questions appear or disappear.
function visibleIn(section, ids) {
  return [...ids].filter((id) => sectionOf(id) === section).sort().join('|');
}

function shouldShowError(path) {
  return state.touched.has(path) || state.checkedSections.has(sectionOf(path)?.id) || state.summaryPaths?.has(path);
}

function showSection(section, { focus, keepFocus = false }) {
  const active = keepFocus ? document.activeElement?.id : null;
  state.current = section;
  if (window.location.hash !== `#sectie-${section.id}`) history.replaceState(null, '', `#sectie-${section.id}`);
  showStepControls(section);
  if (section === checkStep) {
    showCheckStep(focus, active);
    return;
  }
  const index = sections.indexOf(section);
  const heading = h('h2', { id: 'sectie-kop', tabindex: '-1' }, `Stap ${index + 1} van ${sections.length}: ${section.title}`);
  // The window title names the step too: it is what a screen reader announces and what the browser's history lists.
  document.title = `${heading.textContent} – ${state.answers.naam_leerwerkplek || 'Nieuwe overeenkomst'} – Overeenkomst`;
  fill(form,
    heading,
    section.introduction ? h('p', { class: 'inleiding' }, section.introduction) : null,
    renderQuestions(section.questions, context));
  previousButton.disabled = index === 0;
  showInline(form, state.report.errors, shouldShowError);
  showReadBack(form, state.report.shown);
  showProgress(document.getElementById('voortgang'), sections, state.report.sections, section.id, checkStep);
  if (active) restoreFocus(document.getElementById(active));
  else if (focus) heading.focus();
}

// Which buttons a step offers: a section is checked and left; the check step leads to the draft, which only it offers.
function showStepControls(step) {
  const onCheckStep = step === checkStep;
  document.getElementById('controleer').hidden = onCheckStep;
  document.getElementById('volgende').hidden = onCheckStep;
  document.getElementById('naar-controleren').hidden = onCheckStep;
  document.getElementById('concept').hidden = !onCheckStep;
}

function showCheckStep(focus, active) {
  const heading = h('h2', { id: 'sectie-kop', tabindex: '-1' }, checkStep.title);
  document.title = `${checkStep.title} – ${state.answers.naam_leerwerkplek || 'Nieuwe overeenkomst'} – Overeenkomst`;
  fill(form,
    heading,
    h('p', { class: 'inleiding' }, 'Zo staan uw antwoorden in de overeenkomst. Klopt iets niet, kies dan "Wijzigen": u gaat meteen naar die vraag.'),
    answersSummary({ sections, report: state.report, answers: state.answers, labelFor, follow }));
  previousButton.disabled = false;
  showProgress(document.getElementById('voortgang'), sections, state.report.sections, checkStep.id, checkStep);
  if (active) restoreFocus(document.getElementById(active));
  else if (focus) heading.focus();
}

// Back in the field the user was typing in, with the caret at the end of what they typed.
function restoreFocus(field) {
  if (!field) return;
  field.focus();
  if (typeof field.setSelectionRange === 'function' && /^(text|search|tel|email)$|^$/.test(field.type ?? '')) {
    try {
      field.setSelectionRange(field.value.length, field.value.length);
    } catch {
      // Not every input type has a caret.
    }
  }
}

// One step back or on (the check step follows the last section), or straight to a step.
function go(step) {
  const steps = [...sections, checkStep];
  const next = typeof step === 'number' ? steps[steps.indexOf(state.current) + step] : step;
  if (!next) return;
  clear(summarySlot);
  state.summaryPaths = null;
  showSection(next, { focus: true });
}

// Shows every error of this section, with the summary on top; judged on what was just typed, and focus goes to the
// result, which stays until the user leaves the step.
async function checkSection() {
  await checkNow();
  state.checkedSections.add(state.current.id);
  const entries = entriesFor(Object.keys(state.report.errors).filter((path) => sectionOf(path) === state.current));
  state.summaryPaths = new Set(entries.map((entry) => entry.path));
  showInline(form, state.report.errors, shouldShowError);
  if (entries.length === 0) showSectionComplete(true);
  else showSummary(summarySlot, entries, follow);
}

function showSectionComplete(focus) {
  fill(summarySlot, h('p', { class: 'gelukt', role: 'status', tabindex: '-1' }, `De sectie ${state.current.title} is volledig en geldig ingevuld.`));
  if (focus) /** @type {HTMLElement} */ (summarySlot.firstChild).focus();
}

// A 422 from the preview or the draft: every error, across sections, each linked to its field.
function showAllErrors(errors) {
  state.report = { ...state.report, errors };
  const entries = entriesFor(Object.keys(errors));
  state.summaryPaths = new Set(entries.map((entry) => entry.path));
  showInline(form, errors, shouldShowError);
  showSummary(summarySlot, entries, follow, `De overeenkomst kan nog niet worden opgesteld: ${entries.length === 1 ? '1 punt' : `${entries.length} punten`} om te verbeteren`);
}

// Once everything the summary listed is put right, it says so in its place; focus inside it moves to that message
// rather than falling back to the page.
function refreshSummary() {
  const remaining = [...state.summaryPaths].filter((path) => state.report.errors[path]);
  if (remaining.length > 0 || !summarySlot.firstChild) return;
  const focused = summarySlot.contains(document.activeElement);
  state.summaryPaths = null;
  if (state.checkedSections.has(state.current.id)) showSectionComplete(focused);
  else clear(summarySlot);
}

function entriesFor(paths) {
  return paths
    .sort((a, b) => sections.indexOf(sectionOf(a)) - sections.indexOf(sectionOf(b)))
    .flatMap((path) => (state.report.errors[path] ?? []).map((message) => ({ path, message, label: labelFor(path) })));
}

function follow(path) {
  const section = sectionOf(path);
  if (section && section !== state.current) showSection(section, { focus: false });
  const target = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(topLevelId(path)));
  const focusable = target?.matches('fieldset') ? /** @type {HTMLElement | null} */ (target.querySelector('input, select, textarea, button')) ?? target : target;
  focusable?.focus();
  focusable?.scrollIntoView({ block: 'center' });
}

function labelFor(path) {
  const question = definitions.get(definitionKey(path)) ?? definitions.get(topLevelId(path));
  const items = [...path.matchAll(/([^.[\]]+)\[(\d+)\]/g)].map(([, group, index]) => `${itemNoun(group)} ${Number(index) + 1}`);
  return [question?.label, ...items.reverse()].filter(Boolean).join(' — ');
}

function sectionOf(path) {
  return sections.find((section) => section.questions.some((q) => q.id === topLevelId(path)));
}

function sectionFromHash() {
  const id = window.location.hash.replace(/^#sectie-/, '');
  return id === checkStep.id ? checkStep : sections?.find((section) => section.id === id);
}

function definitionKey(path) {
  return path.replace(/\[\d+\]/g, '');
}

function indexDefinitions(all) {
  const index = new Map();
  const walk = (questions, prefix) => {
    for (const question of questions) {
      index.set(prefix + question.id, question);
      if (question.questions) walk(question.questions, `${prefix}${question.id}.`);
    }
  };
  for (const section of all) walk(section.questions, '');
  return index;
}
