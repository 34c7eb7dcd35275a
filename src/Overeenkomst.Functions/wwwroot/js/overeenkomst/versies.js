import { h, clear, fill, dutchMoment } from '../dom.js';

// The versions: each can be read in the browser (in a frame that runs no script) or downloaded as .docx; a final one
// shows its SHA-256, so the signed file can be checked against it.
export function showVersions(slot, reader, versions) {
  clear(slot);
  if (versions.length === 0) {
    slot.append(h('p', {}, 'Er is nog geen versie opgesteld.'));
    return;
  }

  slot.append(h('table', { class: 'versies' },
    h('caption', { class: 'onzichtbaar' }, 'Versies van de overeenkomst'),
    h('thead', {}, h('tr', {}, ['Versie', 'Soort', 'Opgesteld', 'SHA-256', 'Bekijken'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, [...versions].reverse().map((version) => h('tr', { 'data-versie': version.number },
      // data-kop names the column beside the cell where a phone shows the table one row at a time.
      h('td', { 'data-kop': 'Versie' }, String(version.number)),
      h('td', { 'data-kop': 'Soort' }, kindLabel(version)),
      h('td', { 'data-kop': 'Opgesteld' }, dutchMoment(version.createdAt), h('br'), version.createdBy),
      h('td', { 'data-kop': 'SHA-256' }, h('span', { class: 'sha', 'data-sha256': version.number }, version.sha256)),
      h('td', {},
        h('button', { type: 'button', class: 'link', onclick: () => read(reader, version) }, `Versie ${version.number} lezen`),
        h('br'),
        h('a', { href: version.document, download: '', 'data-download': version.number }, `Versie ${version.number} downloaden (.docx)`)))))));
}

// A final that is not the agreement's final was made by a finalisation that did not go through; it stays, but says so.
function kindLabel(version) {
  if (version.kind !== 'definitief') return 'Concept';
  return version.isAgreementFinal ? 'Definitief' : 'Definitief opgesteld, niet vastgesteld';
}

export function read(reader, version) {
  fill(reader,
    h('h3', { id: 'lezen-kop', tabindex: '-1' }, `Versie ${version.number} (${kindLabel(version).toLowerCase()})`),
    h('p', {}, h('a', { href: version.preview }, 'Openen als eigen pagina')),
    h('iframe', { src: version.preview, title: `Versie ${version.number} van de overeenkomst`, sandbox: '', id: 'lezen-frame' }));
  reader.querySelector('#lezen-kop').focus();
}
