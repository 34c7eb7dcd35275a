import { h, fill } from '../dom.js';

// The quality check beside the form: each rule from the research with its outcome, why, and where it comes from.
const marks = { voldaan: '✓', 'niet voldaan': '✗', onbekend: '?' };

export function showQuality(panel, findings) {
  const counts = { voldaan: 0, 'niet voldaan': 0, onbekend: 0 };
  for (const finding of findings) counts[finding.outcome] = (counts[finding.outcome] ?? 0) + 1;
  fill(panel.querySelector('#kwaliteit-telling'),
    `${counts.voldaan} voldaan, ${counts['niet voldaan']} niet voldaan, ${counts.onbekend} onbekend`);
  fill(panel.querySelector('#kwaliteit-lijst'), findings.map((finding) => {
    const kind = finding.outcome.replace(' ', '-');
    return h('li', { class: `bevinding bevinding-${kind}`, 'data-regel': finding.id },
      h('p', { class: 'regel' },
        h('span', { class: 'markering', 'aria-hidden': 'true' }, marks[finding.outcome] ?? '·'),
        h('strong', {}, finding.id), ' ', finding.rule),
      h('p', { class: 'uitkomst' }, h('span', { class: `uitkomst-${kind}` }, finding.outcome), ' — ', finding.explanation),
      h('p', { class: 'bron' }, 'Bron: ', finding.source));
  }));
}
