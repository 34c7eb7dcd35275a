import { h, fill } from '../dom.js';

// A step that cannot be undone asks first, in a modal dialog that names what will happen. "Annuleren" has the focus,
// so pressing Enter by habit changes nothing; Escape cancels too.
export function confirmStep({ title, text, confirm }) {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('bevestigen'));
  const yes = h('button', { type: 'button', class: 'primair', id: 'bevestigen-ja' }, confirm);
  const no = h('button', { type: 'button', id: 'bevestigen-nee' }, 'Annuleren');
  fill(dialog, h('h2', { id: 'bevestigen-kop' }, title), h('p', {}, text), h('div', { class: 'knoppen' }, yes, no));
  return new Promise((resolve) => {
    const close = (answer) => {
      dialog.close();
      resolve(answer);
    };
    yes.addEventListener('click', () => close(true));
    no.addEventListener('click', () => close(false));
    dialog.addEventListener('cancel', () => resolve(false), { once: true });
    dialog.showModal();
    no.focus();
  });
}
