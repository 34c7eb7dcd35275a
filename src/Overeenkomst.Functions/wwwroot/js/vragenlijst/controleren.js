import { h } from '../dom.js';
import { childPath, fieldId, itemNoun, valueAt } from './antwoorden.js';

// "Controleer uw antwoorden" (the GOV.UK "check your answers" pattern): per section a summary list of each question that
// applies, its answer as the agreement will write it (the server's "shown"), and a link that goes straight to the field.
// Above it, what is still missing or wrong and what the quality check found, each by the question's label.
// Which questions apply and how answers read come from the server's check; nothing here decides either.

// { sections, report, answers, labelFor(path), follow(path), readOnly } → the elements of the step.
export function answersSummary({ sections, report, answers, labelFor, follow, readOnly = false }) {
  const visible = new Set(report.visibleQuestionIds);
  const context = { report, answers, visible, follow, readOnly };
  return [
    readOnly ? null : openPoints(report, labelFor, follow),
    readOnly ? null : qualityPoints(report.findings, labelFor, follow),
    sections.map((section) => h('section', { class: 'samenvatting-sectie', 'aria-labelledby': `samenvatting-${section.id}` },
      h('h3', { id: `samenvatting-${section.id}` }, section.title),
      h('dl', { class: 'samenvatting' },
        section.questions.filter((q) => visible.has(q.id)).map((q) => rows(q, q.id, context))))),
  ];
}

function openPoints(report, labelFor, follow) {
  const paths = Object.keys(report.errors);
  if (paths.length === 0) {
    return h('p', { class: 'gelukt', id: 'samenvatting-compleet' }, 'Alle vragen die bij uw antwoorden horen, zijn volledig en geldig beantwoord.');
  }
  return h('section', { class: 'nog-open', id: 'samenvatting-open', 'aria-labelledby': 'samenvatting-open-kop' },
    h('h3', { id: 'samenvatting-open-kop' }, paths.length === 1 ? 'Nog 1 punt voordat u een concept kunt opstellen' : `Nog ${paths.length} punten voordat u een concept kunt opstellen`),
    h('ul', {}, paths.map((path) => h('li', {}, link(path, `${labelFor(path)}: ${report.errors[path].join(' ')}`, follow)))));
}

// The rules not (yet) met: the quality check informs and never blocks, so this is advice, not a list of errors.
function qualityPoints(findings, labelFor, follow) {
  const open = findings.filter((finding) => finding.outcome !== 'voldaan');
  return h('section', { class: 'melding', id: 'samenvatting-kwaliteit', 'aria-labelledby': 'samenvatting-kwaliteit-kop' },
    h('h3', { id: 'samenvatting-kwaliteit-kop' }, 'Wat de kwaliteitstoets vond'),
    open.length === 0
      ? h('p', {}, 'Aan alle regels van de kwaliteitstoets is voldaan.')
      : h('ul', {}, open.map((finding) => h('li', { 'data-regel': finding.id },
        h('strong', {}, `${finding.id} ${finding.outcome}`), ': ', finding.rule, ' ', finding.explanation,
        finding.missing?.length ? [' Beantwoord: ', finding.missing.map((id, i) => [i ? ', ' : '', link(id, labelFor(id), follow)])] : null))));
}

// One row per question; a group gives one row per item, with the item's own answers listed.
function rows(question, path, context) {
  if (question.type !== 'groep') return row(question.label, shownAnswer(path, context), path, context);
  const items = valueAt(context.answers, path) ?? [];
  if (items.length === 0) return row(question.label, 'Geen', path, context);
  return items.map((_, index) => row(`${question.label} — ${itemNoun(question.id)} ${index + 1}`,
    h('ul', { class: 'onderdelen' }, itemLines(question, path, index, context)),
    firstField(question, path, index, context), context));
}

function itemLines(group, path, index, context) {
  return group.questions
    .map((member) => [member, childPath(path, index, member.id)])
    .filter(([, memberPath]) => context.visible.has(memberPath))
    .map(([member, memberPath]) => h('li', {}, `${member.label}: `,
      member.type === 'groep' ? nestedItems(member, memberPath, context) : shownAnswer(memberPath, context)));
}

// A group inside an item (the shares of a budget line): its rows on one line each, "Laurens, 50 %".
function nestedItems(group, path, context) {
  const items = valueAt(context.answers, path) ?? [];
  if (items.length === 0) return 'geen';
  return h('ul', {}, items.map((_, index) => h('li', {}, group.questions
    .map((member) => context.report.shown?.[childPath(path, index, member.id)])
    .filter(Boolean).join(', ') || 'niet ingevuld')));
}

function firstField(group, path, index, context) {
  const member = group.questions.find((q) => context.visible.has(childPath(path, index, q.id)));
  return member ? childPath(path, index, member.id) : path;
}

function row(label, answer, target, context) {
  return h('div', { class: 'samenvatting-rij', 'data-samenvatting': target },
    h('dt', {}, label),
    h('dd', {}, answer),
    context.readOnly ? null : h('dd', { class: 'wijzigen' }, link(target, ['Wijzigen', h('span', { class: 'onzichtbaar' }, ` ${label}`)], context.follow)));
}

function shownAnswer(path, context) {
  const shown = context.report.shown?.[path];
  if (shown !== undefined) return shown;
  return context.report.errors[path] ? h('span', { class: 'fout' }, 'Nog niet (geldig) beantwoord') : 'Niet ingevuld';
}

function link(path, text, follow) {
  return h('a', {
    href: `#${fieldId(path)}`,
    onclick: (event) => {
      event.preventDefault();
      follow(path);
    },
  }, text);
}
