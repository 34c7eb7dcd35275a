import { api, problemText } from '../api.js';
import { h, clear, fill, dutchMoment } from '../dom.js';

// The versions: each can be read in the browser (in a frame that runs no script) or downloaded as .docx; a final one
// shows its SHA-256, so the signed file can be checked against it. From the second version on, each says what changed
// since the one before it — or, for a reviewer, since the version they last reviewed.
/** @param {(number: number) => number | null} [reviewedBefore] the version a reviewer last reviewed before this one */
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
      // data-kop names the column beside the cell where a phone shows the table one row at a time.
      h('td', { 'data-kop': 'Versie' }, String(version.number)),
      h('td', { 'data-kop': 'Soort' }, kindLabel(version)),
      h('td', { 'data-kop': 'Opgesteld' }, dutchMoment(version.createdAt), h('br'), version.createdBy),
      h('td', { 'data-kop': 'SHA-256' }, h('span', { class: 'sha', 'data-sha256': version.number }, version.sha256)),
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
// changed it; also as a Word file with tracked changes. Shown as srcdoc like a version (see read).
export async function compare(reader, base, version, anchor) {
  const page = base.preview.replace(/\/preview$/, `/compare/${version ? version.number : 'concept'}`);
  const name = version ? `versie ${version.number}` : 'het huidige concept';
  return showRedline(reader, {
    page: anchor ? `${page}#${encodeURIComponent(anchor)}` : page,
    heading: `Wat is er veranderd sinds versie ${base.number} (${name})`,
    title: `Wijzigingen sinds versie ${base.number}`,
    document: version ? `${page}/document` : null,
  });
}

// A redline page in the reading pane, fetched and shown as srcdoc like a version (see read).
export async function showRedline(reader, { page, heading, title, document }) {
  const frame = h('iframe', { title, sandbox: '', id: 'lezen-frame' });
  fill(reader,
    h('h3', { id: 'lezen-kop', tabindex: '-1' }, heading),
    h('p', {},
      h('a', { href: page }, 'Openen als eigen pagina'),
      document ? [' · ', h('a', { href: document, download: '', id: 'vergelijking-downloaden' }, 'Als Word-bestand met bijgehouden wijzigingen (.docx)')] : null),
    frame);
  reader.querySelector('#lezen-kop').focus();
  await showIn(frame, page.replace(/#.*$/, ''));
}

// A final that is not the agreement's final was made by a finalisation that did not go through; it stays, but says so.
function kindLabel(version) {
  if (version.kind !== 'definitief') return 'Concept';
  return version.isAgreementFinal ? 'Definitief' : 'Definitief opgesteld, niet vastgesteld';
}

// The preview is fetched and shown as srcdoc, not framed by its address: previews (like every page) may not be framed
// by any site (frame-ancestors 'none'), so another site cannot frame one either. The frame stays sandboxed: no script,
// so it cannot scroll itself to an anchor; with an anchor (a clause id) that clause is quoted above the frame instead,
// and the link opens the version at it.
export async function read(reader, version, anchor) {
  const href = anchor ? `${version.preview}#${encodeURIComponent(anchor)}` : version.preview;
  const frame = h('iframe', { title: `Versie ${version.number} van de overeenkomst`, sandbox: '', id: 'lezen-frame' });
  const quote = h('div', { id: 'lezen-fragment' });
  fill(reader,
    h('h3', { id: 'lezen-kop', tabindex: '-1' }, `Versie ${version.number} (${kindLabel(version).toLowerCase()})`),
    h('p', {}, h('a', { href }, anchor ? 'Openen als eigen pagina, bij dit artikel' : 'Openen als eigen pagina')),
    quote,
    frame);
  reader.querySelector('#lezen-kop').focus();
  const html = await showIn(frame, version.preview);
  if (html !== undefined && anchor) quoteClause(quote, html, anchor);
}

// Fetches a page of the handler and shows it in the sandboxed frame; its HTML, or undefined (the frame then says why).
async function showIn(frame, url) {
  const page = await api(url, { accept: 'text/html' });
  if (page.ok && page.html !== undefined) {
    frame.srcdoc = page.html;
    return page.html;
  }

  frame.replaceWith(h('p', { class: 'fout' }, problemText(page.problem)));
  return undefined;
}

// The text of one article or member of a preview, read with DOMParser (an inert document: nothing in it runs or loads)
// and shown as text only. An article's heading brings its members up to the next heading.
function quoteClause(target, html, anchor) {
  const preview = new DOMParser().parseFromString(html, 'text/html');
  const clause = preview.getElementById(anchor);
  if (!clause) return;
  /** @type {Element[]} */
  const parts = [clause];
  if (/^H[1-6]$/.test(clause.tagName)) {
    for (let next = clause.nextElementSibling; next && !/^H[1-6]$/.test(next.tagName); next = next.nextElementSibling) parts.push(next);
  }
  fill(target, h('blockquote', { class: 'fragment' }, parts.map((part) => h('p', {}, part.textContent))));
}
