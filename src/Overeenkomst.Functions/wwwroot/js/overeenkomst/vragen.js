import { api } from '../api.js';
import { h } from '../dom.js';

// The questions whose answers an article is written from, as links to their step of the questionnaire: often the
// better way to change an article than rewriting its text.
let questionnaire;

export async function questionLinks(agreementId, questionIds) {
  if (!questionIds?.length) return null;
  questionnaire ??= api('/api/questionnaire');
  const result = await questionnaire;
  if (!result.ok) return null;
  const where = new Map();
  for (const section of result.data.sections) {
    for (const question of section.questions) where.set(question.id, { label: question.label, section });
  }
  const links = questionIds.filter((id) => where.has(id)).map((id) => {
    const { label, section } = where.get(id);
    return h('li', {}, h('a', { href: `/overeenkomsten/${encodeURIComponent(agreementId)}/vragenlijst#sectie-${encodeURIComponent(section.id)}`, 'data-vraag': id },
      label), ` (stap ${section.title})`);
  });
  return links.length ? h('ul', { class: 'vragen' }, links) : null;
}

// The article or member a review names ("Artikel 5", "5.2") in the version it was about, read from that version's
// preview with DOMParser (an inert document: nothing in it runs or loads): its clause id and heading.
export async function findClause(previewUrl, article) {
  if (!previewUrl || !article) return null;
  const response = await fetch(previewUrl, { credentials: 'same-origin' });
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const heading = [...page.querySelectorAll('h2[id]')].find((h2) => h2.textContent.trim().startsWith(`${article.trim()} `));
  if (heading) return { id: heading.id, title: heading.textContent.trim() };
  const member = [...page.querySelectorAll('p.lid[id]')].find((p) => p.querySelector('.lidnummer')?.textContent.trim() === article.trim());
  return member ? { id: member.id, title: `Lid ${article.trim()}` } : null;
}
