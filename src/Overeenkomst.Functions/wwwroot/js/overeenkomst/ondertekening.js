import { api, problemSummary } from '../api.js';
import { h, clear, dutchMoment, fill } from '../dom.js';
import { confirmStep } from './bevestigen.js';

// Signing the final. Every signatory is listed with their party and what they wait for; a signatory signs in with the
// address their own party gave and signs the final's SHA-256; a jurist records a signing on paper (the scan is hashed in
// the browser, never uploaded); a party corrects its own signatories' addresses after finalising.
export async function showSigning(slot, { base, data, user, participant, versions, onChanged }) {
  const result = await api(`${base}/signatures`);
  clear(slot);
  if (!result.ok) return;
  const signatories = result.data;
  const final = versions.find((version) => version.number === data.finalVersion);
  const isFinal = data.status === 'definitief' || data.status === 'ondertekend';
  if (!isFinal) {
    slot.append(h('p', {}, 'Na het definitief maken tekent elke ondertekenaar hier, aangemeld met het e-mailadres dat de eigen partij opgaf. Wie tekent:'));
  } else if (data.status === 'ondertekend') {
    slot.append(h('p', { class: 'gelukt', id: 'alles-ondertekend' }, 'Alle ondertekenaars hebben getekend.'));
  } else {
    const open = signatories.filter((signatory) => !signatory.signedAt).length;
    slot.append(h('p', { id: 'nog-te-tekenen' }, `Nog ${open === 1 ? '1 ondertekenaar moet' : `${open} ondertekenaars moeten`} tekenen.`));
  }

  slot.append(h('table', { class: 'ondertekenaars' },
    h('caption', { class: 'onzichtbaar' }, 'Ondertekenaars en hun handtekening'),
    h('thead', {}, h('tr', {}, ['Partij', 'Ondertekenaar', 'E-mailadres', 'Handtekening'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, signatories.map((signatory) => h('tr', { 'data-ondertekenaar': `${signatory.party}-${signatory.position}` },
      h('th', { scope: 'row' }, signatory.party),
      h('td', {}, signatory.name, h('br'), signatory.function),
      h('td', {}, signatory.email ?? '—', correction(signatory)),
      h('td', {}, stateOf(signatory)))))));

  const mine = signatories.filter((signatory) => !signatory.signedAt && signatory.email && signatory.email === user?.email);
  if (data.status === 'definitief' && final && mine.length > 0) {
    slot.append(h('p', {}, h('button', { type: 'button', class: 'primair', id: 'ondertekenen', onclick: () => sign(mine, final) },
      `Ondertekenen als ${mine[0].name}`)));
  }

  if (final) {
    slot.append(h('p', {}, h('a', { href: `${base}/signatures/document`, download: '', id: 'verklaring-downloaden' },
      'De ondertekeningsverklaring downloaden (.docx)')));
  }

  if (data.status === 'definitief' && participant?.role === 'juridisch' && user?.roles.includes('juridisch')) {
    slot.append(paperForm(signatories));
  }

  function stateOf(signatory) {
    if (signatory.signedAt) {
      const how = signatory.method === 'buiten_de_applicatie'
        ? `Getekend op papier, ${new Date(signatory.signedAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}`
        : `Getekend in de applicatie, ${dutchMoment(signatory.signedAt)} (aangemeld via ${signatory.identityProvider})`;
      return h('span', { class: 'goedgekeurd' }, how, h('br'), h('span', { class: 'sha' }, signatory.sha256));
    }
    return signatory.waiting ?? 'Nog niet getekend';
  }

  // A party names its own signatories' addresses; after finalising that is a correction, logged, and the text stays.
  function correction(signatory) {
    if (data.status !== 'definitief' || signatory.signedAt || !participant || participant.organisation.trim().toLowerCase() !== signatory.party.trim().toLowerCase()) return null;
    const id = `adres-${signatory.party}-${signatory.position}`.replace(/[^a-zA-Z0-9-]/g, '-');
    const input = h('input', { type: 'email', id, value: signatory.email ?? '', autocomplete: 'off' });
    return h('form', { class: 'correctie', onsubmit: async (event) => {
      event.preventDefault();
      const saved = await api(`${base}/signatories/${encodeURIComponent(signatory.party)}/${signatory.position}`, { method: 'PUT', body: { email: input.value.trim() } });
      if (saved.ok) onChanged(`Het e-mailadres van ${signatory.name} is vastgelegd; de definitieve tekst blijft gelijk.`);
      else showProblem(saved.problem);
    } }, h('label', { for: id }, `E-mailadres van ${signatory.name}`), input, h('button', { type: 'submit' }, 'Vastleggen'));
  }

  async function sign(own, version) {
    const sure = await confirmStep({
      title: 'De overeenkomst ondertekenen?',
      text: `U tekent namens ${own.map((signatory) => signatory.party).join(' en ')} de definitieve versie ${version.number}, met SHA-256 ${version.sha256}. `
        + 'Dit is een eenvoudige elektronische handtekening: vastgelegd worden uw naam, uw e-mailadres, het moment en hoe u bent aangemeld. Een handtekening wordt maar één keer gezet.',
      confirm: 'Ja, ondertekenen',
    });
    if (!sure) {
      document.getElementById('ondertekenen')?.focus();
      return;
    }
    const signed = await api(`${base}/signatures`, { method: 'POST', body: { sha256: version.sha256 } });
    if (signed.ok) onChanged(`U hebt de definitieve versie ${version.number} ondertekend.`);
    else showProblem(signed.problem);
  }

  function paperForm(all) {
    const parties = [...new Set(all.filter((signatory) => !signatory.signedAt).map((signatory) => signatory.party))];
    const date = h('input', { type: 'date', id: 'papier-datum', required: true });
    const file = h('input', { type: 'file', id: 'papier-scan', accept: 'application/pdf,image/*' });
    const sha = h('input', { type: 'text', id: 'papier-sha', inputmode: 'latin', autocomplete: 'off', 'aria-describedby': 'papier-sha-hulp' });
    const party = h('select', { id: 'papier-partij' }, h('option', { value: '' }, 'Alle ondertekenaars die nog niet tekenden'),
      parties.map((name) => h('option', { value: name }, `Alleen ${name}`)));
    // The scan's SHA-256 is computed here; the file itself never leaves the browser.
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      const digest = await crypto.subtle.digest('SHA-256', await chosen.arrayBuffer());
      sha.value = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    });
    return h('form', { class: 'papier', id: 'papier-formulier', onsubmit: async (event) => {
      event.preventDefault();
      const recorded = await api(`${base}/signatures/paper`, { method: 'POST', body: { date: date.value, sha256: sha.value.trim(), party: party.value || null } });
      if (recorded.ok) onChanged('De ondertekening buiten de applicatie is vastgelegd.');
      else showProblem(recorded.problem);
    } },
    h('h3', {}, 'Ondertekend buiten de applicatie'),
    h('p', {}, 'Is er op papier getekend? Leg dan de datum vast en de SHA-256 van de scan van het getekende exemplaar.'),
    h('label', { for: 'papier-datum' }, 'Datum van ondertekening'), date,
    h('label', { for: 'papier-scan' }, 'Scan van het getekende exemplaar (wordt niet verstuurd)'), file,
    h('label', { for: 'papier-sha' }, 'SHA-256 van de scan'), sha,
    h('p', { id: 'papier-sha-hulp', class: 'hulp' }, 'Wordt berekend zodra u de scan kiest; u kunt hem ook plakken.'),
    h('label', { for: 'papier-partij' }, 'Voor wie'), party,
    h('p', {}, h('button', { type: 'submit' }, 'Vastleggen')));
  }

  function showProblem(problem) {
    const message = document.getElementById('melding');
    fill(message, problemSummary(problem, { tabindex: '-1' }));
    /** @type {HTMLElement} */ (message.firstChild).focus();
  }
}
