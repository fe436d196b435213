// The draft autosave shared by the workflow designer and the decision table editor: one PUT at a time with the
// revision the server last gave (409 stops saving until a reload), edits made meanwhile saved right after.
export function draftSaver({ url, headers, root, state, xml, setStatus, showError, problemText }) {
  async function save({ keepalive = false } = {}) {
    if (!state.dirty || state.conflict) return;
    if (state.saving) {
      await state.saving;
      return save({ keepalive });
    }
    window.clearTimeout(state.timer);
    state.dirty = false;
    setStatus('saving');
    state.saving = (async () => {
      const response = await fetch(url, {
        method: 'PUT', headers, credentials: 'same-origin', keepalive,
        body: JSON.stringify({ xml: await xml(), revision: state.revision }),
      });
      if (response.ok) {
        state.revision = (await response.json()).revision;
        root.dataset.revision = String(state.revision);
        setStatus(state.dirty ? 'unsaved' : 'saved');
        return;
      }
      state.dirty = true;
      if (response.status === 409) state.conflict = true;
      setStatus('saveFailed');
      showError(await problemText(response));
    })().catch((error) => {
      state.dirty = true;
      setStatus('saveFailed');
      showError(error.message);
    }).finally(() => { state.saving = null; });
    await state.saving;
  }
  return save;
}
