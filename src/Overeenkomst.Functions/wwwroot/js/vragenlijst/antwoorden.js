// Answers are one JSON object keyed by question id; group answers are lists of such objects. Paths name one answer the
// way the server's errors and visible ids do: "naam_leerwerkplek", "partijen[1].kvk", "begroting[0].verdeling[1].aandeel".

export function fieldId(path) {
  return 'v-' + path.replace(/[[\].]/g, '-');
}

export function childPath(groupPath, index, memberId) {
  return `${groupPath}[${index}].${memberId}`;
}

// The object that holds the answer at a path, created on the way when asked to.
function parentOf(answers, path, create) {
  const parts = path.match(/[^.[\]]+|\[\d+\]/g);
  let node = answers;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    const key = part.startsWith('[') ? Number(part.slice(1, -1)) : part;
    if (node[key] === undefined || node[key] === null) {
      if (!create) return { node: undefined, key: undefined };
      node[key] = parts[i + 1].startsWith('[') ? [] : {};
    }
    node = node[key];
  }
  const last = parts[parts.length - 1];
  return { node, key: last.startsWith('[') ? Number(last.slice(1, -1)) : last };
}

export function valueAt(answers, path) {
  const { node, key } = parentOf(answers, path, false);
  return node === undefined ? undefined : node[key];
}

export function setValue(answers, path, value) {
  const { node, key } = parentOf(answers, path, true);
  // An emptied field is no answer at all, so the server reports a missing required answer instead of a wrong one.
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0 && !Array.isArray(node[key]))) delete node[key];
  else node[key] = value;
}

// What the server puts in the agreement for a question left unanswered, put in the form from the start: the form then
// shows what the agreement will say, and suggested rows (the roles with their tasks) are there to complete.
// "Unanswered" is what the server calls empty: absent, null, blank text or an empty list.
export function withDefaults(questions, answers) {
  for (const question of questions) {
    const value = answers[question.id];
    const unanswered = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (unanswered && question.default !== undefined && question.default !== null) answers[question.id] = structuredClone(question.default);
  }
  return answers;
}

// The top-level question an answer belongs to: what a conflict is compared by.
export function topLevelId(path) {
  return path.match(/^[^.[]+/)[0];
}

export function sameValue(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// What one row of a group is called, for legends and buttons ("Partij 2 verwijderen").
const itemNouns = {
  partijen: 'Partij', locaties: 'Locatie', doelen: 'Doel', opleidingen: 'Opleiding', rollen: 'Rol', faciliteiten: 'Voorziening',
  risicos: 'Risico', begroting: 'Kostenpost', verdeling: 'Aandeel', overleggen: 'Overleg', mijlpalen: 'Mijlpaal',
  evaluatiemomenten: 'Evaluatiemoment', indicatoren: 'Indicator',
};

export function itemNoun(groupId) {
  return itemNouns[groupId] ?? 'Regel';
}
