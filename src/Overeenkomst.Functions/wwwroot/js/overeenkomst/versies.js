import { h, clear, fill, dutchMoment } from '../dom.js';

// The versions: each can be read in the browser (in a frame that runs no script) or downloaded as .docx; a final one
// shows its SHA-256, so the signed file can be checked against it. From the second version on, each says what changed
// since the one before it — or, for a reviewer, since the version they last reviewed.
export function showVersions(slot, reader, versions, reviewedBefore = () => null) {
  clear(slot);
  if (versions.length === 0) {
    slot.append(h('p', {}, 'Er is nog geen versie opgesteld.'));
    return;
  }

  slot.append(h('table', { class: 'versies' },
    h('caption', { class: 'onzichtbaar' }, 'Versies van de overeenkomst'),
    h('thead', {}, h('tr', {}, ['Versie', 'Soort', 'Opgesteld', 'SHA-256', 'Bekijken'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, [...versions].reverse().map((version) => h('tr', { 'data-versie': version.number },
      h('td', {}, String(version.number)),
      h('td', {}, kindLabel(version)),
      h('td', {}, dutchMoment(version.createdAt), h('br'), version.createdBy),
      h('td', {}, h('span', { class: 'sha', 'data-sha256': version.number }, version.sha256)),
      h('td', {},
        h('button', { type: 'button', class: 'link', onclick: () => read(reader, version) }, `Versie ${version.number} lezen`),
        h('br'),
        h('a', { href: version.document, download: '', 'data-download': version.number }, `Versie ${version.number} downloaden (.docx)`),
        sinceButton(reader, versions, version, reviewedBefore(version.number))))))));
}

function sinceButton(reader, versions, version, reviewed) {
  const base = versions.find((v) => v.number === (reviewed ?? version.number - 1));
  if (!base || base.number >= version.number) return null;
  return [h('br'), h('button', { type: 'button', class: 'link', 'data-sinds': `${base.number}-${version.number}`, onclick: () => compare(reader, base, version) },
    `Wat is er veranderd sinds versie ${base.number}`)];
}

// The redline from version "base" to "version" (or to the current draft): changed articles first, each with what
// changed it; also as a Word file with tracked changes.
export function compare(reader, base, version, anchor) {
  const page = base.preview.replace(/\/preview$/, `/compare/${version ? version.number : 'concept'}`);
  const name = version ? `versie ${version.number}` : 'het huidige concept';
  fill(reader,
    h('h3', { id: 'lezen-kop', tabindex: '-1' }, `Wat is er veranderd sinds versie ${base.number} (${name})`),
    h('p', {},
      h('a', { href: page }, 'Openen als eigen pagina'),
      version ? [' · ', h('a', { href: `${page}/document`, download: '', id: 'vergelijking-downloaden' }, 'Als Word-bestand met bijgehouden wijzigingen (.docx)')] : null),
    h('iframe', { src: anchor ? `${page}#${anchor}` : page, title: `Wijzigingen sinds versie ${base.number}`, sandbox: '', id: 'lezen-frame' }));
  reader.querySelector('#lezen-kop').focus();
}

// A final that is not the agreement's final was made by a finalisation that did not go through; it stays, but says so.
function kindLabel(version) {
  if (version.kind !== 'definitief') return 'Concept';
  return version.isAgreementFinal ? 'Definitief' : 'Definitief opgesteld, niet vastgesteld';
}

// A version in the reading pane; with an anchor (a clause id), opened at that article or member.
export function read(reader, version, anchor) {
  const src = anchor ? `${version.preview}#${encodeURIComponent(anchor)}` : version.preview;
  fill(reader,
    h('h3', { id: 'lezen-kop', tabindex: '-1' }, `Versie ${version.number} (${kindLabel(version).toLowerCase()})`),
    h('p', {}, h('a', { href: src }, 'Openen als eigen pagina')),
    h('iframe', { src, title: `Versie ${version.number} van de overeenkomst`, sandbox: '', id: 'lezen-frame' }));
  reader.querySelector('#lezen-kop').focus();
}
