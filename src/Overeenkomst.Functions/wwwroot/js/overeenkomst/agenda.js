import { api } from '../api.js';
import { h, clear } from '../dom.js';

// What comes next: the dates the agreement commits its parties to, from today on (by the server's clock), each naming
// its article; and the whole calendar as an .ics file to import.
export async function showAgenda(slot, base) {
  const result = await api(`${base}/agenda`);
  clear(slot);
  if (!result.ok) return;
  const { events, today, source } = result.data;
  if (!source) {
    slot.append(h('p', {}, 'De agenda volgt uit de tekst: zodra er een versie is, staan hier de data die de overeenkomst noemt.'));
    return;
  }

  const coming = events.filter((event) => event.date >= today);
  slot.append(h('p', {}, source.isFinal ? `Uit de definitieve versie ${source.version}.` : `Uit conceptversie ${source.version}; de definitieve versie kan nog anders zijn.`));
  slot.append(coming.length === 0
    ? h('p', {}, 'Alle data uit de overeenkomst liggen achter ons.')
    : h('ol', { class: 'agenda', id: 'agenda-lijst' }, coming.map((event) => h('li', { 'data-soort': event.kind },
      h('strong', {}, dateText(event.date)), ' — ', event.summary.split(' – ')[0],
      event.reference ? h('span', { class: 'hulp' }, ` (${event.reference})`) : null))));
  slot.append(h('p', {}, h('a', { href: `${base}/agenda.ics`, download: 'agenda.ics', id: 'agenda-downloaden' }, 'De agenda downloaden (.ics, voor Outlook en andere agenda\'s)')));
}

// "2027-04-15" → "15 april 2027", without a time zone shifting the day.
export function dateText(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
