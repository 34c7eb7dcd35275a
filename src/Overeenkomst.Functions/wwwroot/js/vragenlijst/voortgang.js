import { h, fill } from '../dom.js';

// The progress indicator: one entry per section with how many of its required questions are answered.
export function showProgress(nav, sections, reportSections, currentId) {
  const bySection = new Map((reportSections ?? []).map((s) => [s.id, s]));
  let answered = 0;
  let required = 0;
  const items = sections.map((section, index) => {
    const state = bySection.get(section.id) ?? { answered: 0, required: 0, percentage: 0 };
    answered += state.answered;
    required += state.required;
    const current = section.id === currentId;
    return h('li', { class: current ? 'huidig' : null },
      h('a', { href: `#sectie-${section.id}`, 'aria-current': current ? 'step' : null },
        h('span', { class: 'stap' }, `${index + 1}. ${section.title}`),
        h('span', { class: 'percentage' }, `${state.percentage} %`),
        h('span', { class: 'onzichtbaar' }, ` ingevuld (${state.answered} van ${state.required} verplichte vragen)`)),
      h('progress', { max: 100, value: state.percentage, 'aria-hidden': 'true' }));
  });
  const total = required === 0 ? 0 : Math.round((100 * answered) / required);
  fill(nav,
    h('h2', { id: 'voortgang-kop' }, 'Voortgang'),
    h('p', { id: 'voortgang-totaal' }, `${answered} van ${required} verplichte vragen beantwoord (${total} %)`),
    h('progress', { max: 100, value: total, 'aria-labelledby': 'voortgang-totaal' }),
    h('ol', { class: 'secties' }, items));
}
