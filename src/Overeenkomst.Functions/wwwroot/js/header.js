import { api } from './api.js';
import { h, fill, roleLabel, useLabels } from './dom.js';

// Shows who is signed in, with a way to sign out (or switch test user on a developer's machine), and takes the words for
// roles and statuses the server sends along.
export async function showSignedInUser() {
  const slot = document.getElementById('gebruiker');
  const me = await api('/api/me');
  if (!me.ok) return null;
  const user = me.data;
  useLabels(user.labels);
  const roles = user.roles.map((role) => roleLabel(role).toLowerCase()).join(', ');
  fill(slot,
    h('span', { class: 'wie' }, user.name, ' · ', user.organisation, ' · ', roles),
    user.developmentSignIn
      ? h('form', { method: 'post', action: '/afmelden', class: 'afmelden' }, h('button', { type: 'submit', class: 'link' }, 'Afmelden / andere gebruiker'))
      : null,
  );
  return user;
}
