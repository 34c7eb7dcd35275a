import { h, fill } from '../dom.js';

// The progress indicator: one entry per section with how many of its required questions are answered, then the check
// step. The server counts (SectionCompleteness): the required questions that apply to these answers, so the count moves
// with answers that add or remove questions, not with what is being typed; a section reads 100 % only when nothing in
// it is missing or wrong.
export function showProgress(nav, sections, reportSections, currentId, checkStep) {
  const bySection = new Map((reportSections ?? []).map((s) => [s.id, s]));
  let answered = 0;
  let required = 0;
  let errors = 0;
  const items = sections.map((section, index) => {
    const state = bySection.get(section.id) ?? { answered: 0, required: 0, errors: 0, percentage: 0 };
    answered += state.answered;
    required += state.required;
    errors += state.errors;
    const current = section.id === currentId;
    return h('li', { class: current ? 'huidig' : null },
      h('a', { href: `#sectie-${section.id}`, 'aria-current': current ? 'step' : null },
        h('span', { class: 'stap' }, `${index + 1}. ${section.title}`),
        h('span', { class: 'percentage' }, `${state.percentage} %`),
        h('span', { class: 'onzichtbaar' }, ` ingevuld (${state.answered} van ${state.required} verplichte vragen${state.errors ? `, ${state.errors} met een fout` : ''})`)),
      h('progress', { max: 100, value: state.percentage, 'aria-hidden': 'true' }));
  });
  // Rounded down, and below 100 % while any answer is wrong: 100 % means done.
  const total = Math.min(required === 0 ? 0 : Math.floor((100 * answered) / required), errors > 0 ? 99 : 100);
  const onCheckStep = currentId === checkStep.id;
  items.push(h('li', { class: onCheckStep ? 'huidig' : null },
    h('a', { href: `#sectie-${checkStep.id}`, 'aria-current': onCheckStep ? 'step' : null },
      h('span', { class: 'stap' }, `${sections.length + 1}. ${checkStep.title}`))));
  fill(nav,
    h('h2', { id: 'voortgang-kop' }, 'Voortgang'),
    h('p', { id: 'voortgang-totaal' }, reportSections?.length
      ? `${answered} van ${required} verplichte vragen beantwoord (${total} %)`
      : 'De voortgang wordt berekend…'),
    h('progress', { max: 100, value: total, 'aria-labelledby': 'voortgang-totaal' }),
    h('p', { class: 'hulp', id: 'voortgang-uitleg' },
      'Geteld worden de verplichte vragen die bij uw antwoorden horen: een antwoord kan vragen toevoegen of laten vervallen, ',
      'en een groep (zoals de partijen) telt als één vraag. Een stap staat pas op 100 % als er niets meer ontbreekt of fout is.'),
    h('ol', { class: 'secties' }, items));
}
