import { h } from '../dom.js';
import { childPath, fieldId, itemNoun, valueAt } from './antwoorden.js';

// One input per question type. Every input has a label tied to it, its help text and (later) its error described by it.
const numericTypes = new Set(['getal', 'bedrag', 'percentage']);
const textInputTypes = { email: 'email', telefoon: 'tel' };
const units = { bedrag: 'in euro', percentage: 'in %' };

export function renderQuestions(questions, context, basePath = '', index = null) {
  return questions
    .filter((question) => context.isVisible(pathFor(question, basePath, index), question))
    .map((question) => renderQuestion(question, pathFor(question, basePath, index), context));
}

function pathFor(question, basePath, index) {
  return index === null ? question.id : childPath(basePath, index, question.id);
}

function labelText(question) {
  return [question.label, question.required ? ' (verplicht)' : ' (niet verplicht)'];
}

function described(path, question) {
  return question.help ? `${fieldId(path)}-hulp` : null;
}

function help(path, question) {
  return question.help ? h('p', { class: 'hulp', id: `${fieldId(path)}-hulp` }, question.help) : null;
}

function renderQuestion(question, path, context) {
  if (question.type === 'groep') return renderGroup(question, path, context);
  if (question.type === 'ja_nee') return renderChoiceSet(question, path, context, [['true', 'Ja', true], ['false', 'Nee', false]], 'radio');
  if (question.type === 'meerkeuze') return renderChoiceSet(question, path, context, question.options.map((o) => [o, o, o]), 'checkbox');

  const id = fieldId(path);
  const value = valueAt(context.answers, path);
  const common = { id, name: path, 'data-path': path, 'aria-describedby': described(path, question), 'aria-required': question.required ? 'true' : null };
  let input;
  if (question.type === 'lange_tekst') {
    input = h('textarea', { ...common, rows: 5, maxlength: question.maxLength ?? null, value: value ?? '' });
  } else if (question.type === 'keuze') {
    input = h('select', common,
      h('option', { value: '' }, 'Kies een antwoord'),
      question.options.map((option) => h('option', { value: option, selected: value === option }, option)));
  } else if (question.type === 'partij') {
    input = partySelect(common, value, context.parties());
  } else if (question.type === 'datum') {
    input = h('input', { ...common, type: 'date', value: value ?? '' });
  } else {
    const list = question.suggestions?.length ? `${id}-suggesties` : null;
    input = h('input', {
      ...common,
      type: textInputTypes[question.type] ?? 'text',
      inputmode: numericTypes.has(question.type) ? (question.wholeNumber ? 'numeric' : 'decimal') : null,
      autocomplete: question.type === 'email' ? 'email' : 'off',
      maxlength: question.maxLength ?? null,
      list,
      value: shownValue(value, question),
    });
    if (list) input = [input, h('datalist', { id: list }, question.suggestions.map((s) => h('option', { value: s })))];
  }

  const unit = units[question.type] ? ` (${units[question.type]})` : '';
  return h('div', { class: 'vraag', 'data-vraag': path },
    h('label', { for: id }, labelText(question), unit),
    help(path, question),
    h('div', { class: 'foutplek', id: `${id}-foutplek` }),
    input,
    // What the server made of it (js/vragenlijst/teruglezen.js): a number typed as "€ 12.500" or "85%", or the answer an
    // empty field takes from another ("standaard_uit").
    numericTypes.has(question.type) || question.defaultFrom
      ? h('p', { class: 'gelezen', id: `${id}-gelezen`, 'data-gelezen': path, 'data-leeg': question.defaultFrom ? 'true' : null, hidden: true })
      : null);
}

// The parties by their short names, as typed under Partijen: the only answers the server accepts here. A stored name
// that no party has (any more) stays selectable, so nothing changes unseen; the server's message says what is wrong.
function partySelect(common, value, parties) {
  const names = value && !parties.includes(value) ? [...parties, value] : parties;
  return h('select', common,
    h('option', { value: '' }, parties.length ? 'Kies een partij' : 'Vul eerst bij Partijen de korte namen in'),
    names.map((name) => h('option', { value: name, selected: value === name }, parties.includes(name) ? name : `${name} (geen partij met deze korte naam)`)));
}

function renderChoiceSet(question, path, context, options, kind) {
  const id = fieldId(path);
  const value = valueAt(context.answers, path);
  return h('fieldset', { class: 'vraag keuzes', id, 'data-vraag': path, 'data-path': path, 'data-soort': kind, 'aria-describedby': described(path, question) },
    h('legend', {}, labelText(question)),
    help(path, question),
    h('div', { class: 'foutplek', id: `${id}-foutplek` }),
    options.map(([key, label, stored], i) => {
      const checked = kind === 'radio' ? value === stored : Array.isArray(value) && value.includes(stored);
      return h('div', { class: 'keuze' },
        h('input', { type: kind, id: `${id}-${i}`, name: path, value: key, checked, 'data-keuze-van': path }),
        h('label', { for: `${id}-${i}` }, label));
    }));
}

function renderGroup(question, path, context) {
  const id = fieldId(path);
  const items = valueAt(context.answers, path) ?? [];
  const min = question.minItems ?? 0;
  const max = question.maxItems ?? Infinity;
  const itemName = itemNoun(question.id);
  return h('fieldset', { class: 'vraag groep', id, 'data-vraag': path, tabindex: '-1', 'aria-describedby': described(path, question) },
    h('legend', {}, labelText(question), min > 0 ? ` — minimaal ${min}` : '', Number.isFinite(max) ? `, maximaal ${max}` : ''),
    help(path, question),
    h('div', { class: 'foutplek', id: `${id}-foutplek` }),
    items.map((_, index) => h('fieldset', { class: 'item', id: `${id}-${index}` },
      h('legend', {}, `${itemName} ${index + 1}`),
      renderQuestions(question.questions, context, path, index),
      h('button', {
        type: 'button', class: 'verwijderen', disabled: items.length <= min,
        onclick: () => context.removeItem(path, index),
      }, `${itemName} ${index + 1} verwijderen`))),
    h('button', {
      type: 'button', class: 'toevoegen', disabled: items.length >= max, 'data-toevoegen': path,
      onclick: () => context.addItem(path),
    }, `${itemName} toevoegen`));
}

// An answer as the input shows it: a number in Dutch notation (1,5 rather than 1.5), so reading it back gives the same value.
function shownValue(value, question) {
  if (value === undefined || value === null) return '';
  if (numericTypes.has(question.type) && typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
}

// What an input holds as an answer: a whole number as a number, any other number as typed ("12.500,50", "€ 12.500",
// "85%"), so that the server reads it in Dutch notation exactly as the API does, and explains in Dutch what it cannot read.
export function readInput(input, question) {
  if (input.type === 'radio') return input.value === 'true';
  if (numericTypes.has(question.type)) {
    const text = input.value.trim();
    if (text === '') return undefined;
    return /^-?\d+$/.test(text) ? Number(text) : text;
  }
  return input.value;
}
