import { api, problemText } from '../api.js';
import { h, clear, dutchMoment } from '../dom.js';

// A care organisation's review of the submitted version: a comment on an article, a request for changes with its
// reason, or an approval.
const kinds = [
  ['opmerking', 'Opmerking bij een artikel'],
  ['wijziging_gevraagd', 'Wijziging vragen (met reden)'],
  ['goedkeuring', 'Goedkeuren'],
];

// How a stored review of each kind is listed.
const kindLabels = { opmerking: 'Opmerking', wijziging_gevraagd: 'Wijziging gevraagd', goedkeuring: 'Goedgekeurd' };

export function showReviewForm(slot, agreementId, version, previewUrl, onDone) {
  clear(slot);
  const error = h('div', { id: 'beoordeling-fouten' });
  const form = h('form', { class: 'formulier', novalidate: true, onsubmit: send },
    h('p', {}, `U beoordeelt versie ${version}. Lees de versie hierboven en kies het artikel waar uw opmerking over gaat.`),
    h('fieldset', { class: 'keuzes' },
      h('legend', {}, 'Wat wilt u doen?'),
      kinds.map(([value, label], i) => h('div', { class: 'keuze' },
        h('input', { type: 'radio', name: 'soort', id: `soort-${i}`, value, checked: i === 0 }),
        h('label', { for: `soort-${i}` }, label)))),
    h('p', {}, h('label', { for: 'artikel' }, 'Over welk artikel gaat het? (niet verplicht)'),
      h('select', { id: 'artikel', name: 'artikel' }, h('option', { value: '' }, 'Over de hele overeenkomst'))),
    h('p', {}, h('label', { for: 'tekst' }, 'Uw opmerking of de reden (verplicht, behalve bij goedkeuren)'),
      h('textarea', { id: 'tekst', name: 'tekst', rows: 5, maxlength: 4000 })),
    error,
    h('p', {}, h('button', { type: 'submit', class: 'primair', id: 'beoordeling-versturen' }, 'Versturen')));
  slot.append(form);
  listArticles(form.querySelector('#artikel'), previewUrl);

  async function send(event) {
    event.preventDefault();
    const kind = form.querySelector('input[name=soort]:checked').value;
    const text = form.querySelector('#tekst').value;
    clear(error);
    if (kind !== 'goedkeuring' && text.trim() === '') {
      field(error, 'tekst', kind === 'wijziging_gevraagd' ? 'Schrijf waarom u een wijziging vraagt.' : 'Schrijf uw opmerking.');
      return;
    }
    const result = await api(`/api/agreements/${encodeURIComponent(agreementId)}/reviews`, {
      method: 'POST',
      body: { version, article: form.querySelector('#artikel').value, kind, text },
    });
    if (result.ok) {
      form.reset();
      onDone(result.data);
      return;
    }
    const errors = Object.entries(result.problem?.errors ?? {});
    if (errors.length === 0) error.append(h('p', { class: 'fout', role: 'alert' }, problemText(result.problem)));
    for (const [name, messages] of errors) field(error, { text: 'tekst', article: 'artikel' }[name] ?? 'tekst', messages.join(' '));
  }
}

// The articles and annexes of the version under review, read from its preview. DOMParser builds an inert document:
// nothing in it runs or loads; only the headings' text is taken.
async function listArticles(select, previewUrl) {
  if (!previewUrl) return;
  const response = await fetch(previewUrl, { credentials: 'same-origin' });
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const heading of page.querySelectorAll('h2')) {
    const text = heading.textContent.trim();
    const number = text.match(/^(Artikel|Bijlage)\s+\d+/);
    if (number) select.append(h('option', { value: number[0] }, text));
  }
}

function field(slot, id, message) {
  slot.append(h('div', { class: 'foutenoverzicht', role: 'alert' },
    h('h3', {}, 'Controleer uw beoordeling'),
    h('ul', {}, h('li', {}, h('a', { href: `#${id}` }, message)))));
  document.getElementById(id).setAttribute('aria-invalid', 'true');
  slot.querySelector('a').focus();
}

export function showReviews(slot, reviews) {
  clear(slot);
  if (reviews.length === 0) {
    slot.append(h('p', {}, 'Er zijn nog geen beoordelingen.'));
    return;
  }
  slot.append(h('ul', { class: 'beoordelingen' }, reviews.map((review) => h('li', { 'data-soort': review.kind },
    h('p', {}, h('strong', {}, kindLabels[review.kind] ?? review.kind), ` — versie ${review.version}`, review.article ? `, ${review.article}` : ''),
    review.text ? h('p', { class: 'beoordeling-tekst' }, review.text) : null,
    h('p', { class: 'bron' }, `${review.name} (${review.organisation}), ${dutchMoment(review.at)}`)))));
}
