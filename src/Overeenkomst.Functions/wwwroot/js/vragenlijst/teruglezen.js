import { fieldId } from './antwoorden.js';

// Shows beside a number what the server read from it: "€ 12.500" typed reads as € 12.500,00, "85%" as 85 %. The
// server reads Dutch notation (DutchNumber.cs) and formats the answer as the agreement will (the check's "shown"),
// so the page repeats it instead of reading numbers itself. Nothing is said while the typed text already says it.
// A field left empty that takes its answer from another (data-leeg) says which answer that is.
export function showReadBack(root, shown) {
  for (const note of root.querySelectorAll('[data-gelezen]')) {
    const path = note.dataset.gelezen;
    const input = root.querySelector(`#${CSS.escape(fieldId(path))}`);
    const read = shown?.[path];
    const typed = input?.value.trim() ?? '';
    const same = read !== undefined && squeeze(read) === squeeze(typed);
    const empty = typed === '' && note.dataset.leeg === 'true';
    note.hidden = read === undefined || (typed === '' && !empty) || same;
    note.textContent = note.hidden ? '' : empty ? `Leeg gelaten: de overeenkomst noemt ${read}.` : `Gelezen als ${read}`;
    if (!input) continue;
    const others = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== note.id);
    input.setAttribute('aria-describedby', [...others, ...(note.hidden ? [] : [note.id])].join(' '));
  }
}

function squeeze(text) {
  return text.replace(/\s/g, '');
}
