import { h, fill } from '../dom.js';

// What the server changed in the answers because the questionnaire changed since they were given: a question renamed
// (its answer moved along) or removed (its answer gone). Told once, when the page loads the agreement; a page that was
// open during the change hears it from the save, and is asked to load again so it shows the questions as they are now.
export function showMigration(slot, notes, { stalePage = false } = {}) {
  if (!notes || notes.length === 0) return;
  slot.hidden = false;
  fill(slot,
    h('h2', {}, 'De vragenlijst is gewijzigd sinds deze antwoorden zijn gegeven'),
    h('ul', {}, notes.map((note) => h('li', {}, note))),
    stalePage ? h('p', {}, 'Laad deze pagina opnieuw om de vragen te zien zoals ze nu zijn.') : null);
}
