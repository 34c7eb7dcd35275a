import { fieldId } from './antwoorden.js';

// Shows beside a number what the server read from it: "€ 12.500" typed reads as € 12.500,00, "85%" as 85 %. The
// server reads Dutch notation (DutchNumber.cs) and formats the answer as the agreement will (the check's "shown"),
// so the page repeats it instead of reading numbers itself. Nothing is said while the typed text already says it.
export function showReadBack(root, shown) {
  for (const note of root.querySelectorAll('[data-gelezen]')) {
    const path = note.dataset.gelezen;
    const input = root.querySelector(`#${CSS.escape(fieldId(path))}`);
    const read = shown?.[path];
    const typed = input?.value.trim() ?? '';
    const same = read !== undefined && squeeze(read) === squeeze(typed);
    note.hidden = read === undefined || typed === '' || same;
    note.textContent = note.hidden ? '' : `Gelezen als ${read}`;
    if (!input) continue;
    const others = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== note.id);
    input.setAttribute('aria-describedby', [...others, ...(note.hidden ? [] : [note.id])].join(' '));
  }
}

function squeeze(text) {
  return text.replace(/\s/g, '');
}
