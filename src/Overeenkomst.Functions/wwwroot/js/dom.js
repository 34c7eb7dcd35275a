// Builds elements from data without ever parsing it as markup: every string becomes a text node or an attribute value.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'value') element.value = value;
    else if (name === 'checked' || name === 'selected' || name === 'disabled' || name === 'hidden') element[name] = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(element, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

// Dutch date and time as people read them: "23 november 2026, 16:45".
export function dutchMoment(iso) {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime())
    ? String(iso)
    : moment.toLocaleString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

// What roles and agreement statuses are called wherever a page names them: the server's words, which GET /api/me brings
// (header.js hands them over before a page shows anything), so that no page keeps a copy of its own.
/** @type {{ roles: Record<string, string>, statuses: Record<string, string> }} */
const labels = { roles: {}, statuses: {} };

/** @param {{ roles?: Record<string, string>, statuses?: Record<string, string> } | undefined} fromServer */
export function useLabels(fromServer) {
  labels.roles = fromServer?.roles ?? {};
  labels.statuses = fromServer?.statuses ?? {};
}

/** @param {string} status */
export function statusLabel(status) {
  return labels.statuses[status] ?? status;
}

/** @param {string} role */
export function roleLabel(role) {
  return labels.roles[role] ?? role;
}

// A busy indicator for long work (rendering, loading): visible text plus aria-busy on the region it concerns.
export async function whileBusy(region, text, work) {
  const note = h('p', { class: 'bezig', role: 'status' }, h('span', { class: 'draaier', 'aria-hidden': 'true' }), text);
  region.setAttribute('aria-busy', 'true');
  region.prepend(note);
  try {
    return await work();
  } finally {
    note.remove();
    region.removeAttribute('aria-busy');
  }
}

// Replaces an element's content; lists of children are flattened (the DOM's own append would print them as text).
export function fill(element, ...children) {
  element.replaceChildren();
  return append(element, ...children);
}
