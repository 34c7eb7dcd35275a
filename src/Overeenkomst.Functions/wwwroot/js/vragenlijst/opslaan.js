import { api, problemText } from '../api.js';

// Autosave: a change waits a moment for the next one, then the whole answers document is saved with If-Match. A save
// that finds the agreement changed by someone else (412) stops saving and hands over to the conflict panel, keeping
// everything typed in memory.
const pause = 800;

export function createAutosave({ agreementId, etag, answers, questionnaireVersion, onState, onConflict, onMigrated }) {
  let currentEtag = etag;
  let timer = null;
  let running = null;
  let generation = 0;
  let savedGeneration = 0;
  let conflict = false;
  // Top-level questions changed since the last successful save: what a conflict must not lose.
  const unsaved = new Set();

  function changed(questionId) {
    unsaved.add(questionId);
    generation++;
    if (conflict) return;
    onState('gewijzigd', 'Wijzigingen worden zo opgeslagen…');
    clearTimeout(timer);
    timer = setTimeout(save, pause);
  }

  async function save() {
    clearTimeout(timer);
    if (conflict) return false;
    if (running) {
      await running;
      return generation === savedGeneration ? true : save();
    }
    if (generation === savedGeneration) return true;

    const saving = generation;
    const snapshot = structuredClone(answers());
    onState('bezig', 'Bezig met opslaan…');
    running = api(`/api/agreements/${encodeURIComponent(agreementId)}/answers`,
      { method: 'PUT', body: snapshot, etag: currentEtag, questionnaireVersion });
    const result = await running;
    running = null;
    if (result.ok) {
      currentEtag = result.etag;
      if (result.data?.migration?.length) onMigrated(result.data.migration);
      savedGeneration = saving;
      if (generation === saving) {
        unsaved.clear();
        const time = new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
        onState('opgeslagen', `Alle wijzigingen opgeslagen (${time})`);
        return true;
      }
      return save();
    }

    if (result.status === 412) {
      conflict = true;
      onState('conflict', 'Niet opgeslagen: iemand anders heeft deze overeenkomst intussen gewijzigd.');
      onConflict([...unsaved]);
      return false;
    }

    onState('fout', `Opslaan is mislukt: ${problemText(result.problem)} Uw antwoorden staan nog op deze pagina; wijzig iets of kies "Nu opslaan" om het opnieuw te proberen.`);
    return false;
  }

  // After a conflict: continue from the stored version (its ETag), with or without the user's own changes on top.
  function resume(newEtag, keepMine) {
    currentEtag = newEtag;
    conflict = false;
    if (keepMine && unsaved.size > 0) {
      generation++;
      return save();
    }
    unsaved.clear();
    savedGeneration = generation;
    onState('opgeslagen', 'De opgeslagen versie is geladen.');
    return Promise.resolve(true);
  }

  return { changed, save, resume, get etag() { return currentEtag; }, get unsaved() { return [...unsaved]; } };
}
