// The decision table editor in Admin: dmn-js Modeler in Japanese (decision tables and the DRD), a shared server-side
// draft saved a few seconds after each change (revision-checked), the server's check (the engine's DMN reader and
// the FEEL of every cell) shown on the table, publishing as the next immutable version.
import DmnModeler from 'dmn-js/lib/Modeler';
import { translateModule } from './decisions/translate.js';
import { draftSaver } from './draft-save.js';

const AUTOSAVE_DELAY_MS = 2000;
// The check's findings that mean the file itself cannot be read: an import stops there and changes nothing.
const UNREADABLE = new Set(['xml-malformed', 'xml-dtd']);

function mount(root) {
  const { decisionRef, lang, api, token } = root.dataset;
  const status = root.querySelector('[data-testid="save-status"]');
  const errorBox = root.querySelector('[data-testid="decision-error"]');
  const successBox = root.querySelector('[data-testid="decision-success"]');
  const issueList = root.querySelector('[data-issues]');
  const issuesEmpty = root.querySelector('[data-issues-empty]');
  const viewBar = root.querySelector('[data-views]');
  const viewTabs = root.querySelector('[data-view-tabs]');
  const highlight = document.createElement('style');
  document.head.appendChild(highlight);

  const translate = translateModule(lang);
  const modeler = new DmnModeler({
    container: root.querySelector('[data-canvas]'),
    common: { keyboard: { bindTo: window } },
    drd: { additionalModules: [translate] },
    decisionTable: { additionalModules: [translate] },
    literalExpression: { additionalModules: [translate] },
    boxedExpression: { additionalModules: [translate] },
  });
  root.modeler = modeler;

  const state = { revision: 0, dirty: false, saving: null, conflict: false, timer: 0, importing: false, issues: [] };
  const headers = { 'Content-Type': 'application/json', RequestVerificationToken: token, Accept: 'application/json' };

  const setStatus = (key) => {
    status.textContent = key ? status.dataset[key] : '';
    root.dataset.saveState = key || '';
  };
  const showError = (message) => {
    errorBox.textContent = message;
    errorBox.hidden = !message;
    if (message) successBox.hidden = true;
  };
  const showSuccess = (message) => {
    successBox.textContent = message;
    successBox.hidden = !message;
    if (message) errorBox.hidden = true;
  };
  const problemText = async (response) => {
    try {
      const body = await response.json();
      return body.detail || Object.values(body.errors || {}).flat().join(' ') || `HTTP ${response.status}`;
    } catch {
      return `HTTP ${response.status}`;
    }
  };
  const xml = async () => (await modeler.saveXML({ format: true })).xml;

  const save = draftSaver({
    url: `${api}/${encodeURIComponent(decisionRef)}/draft`, headers, root, state, xml, setStatus, showError, problemText,
  });

  const changed = () => {
    if (state.importing) return;
    state.dirty = true;
    setStatus('unsaved');
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(() => save(), AUTOSAVE_DELAY_MS);
  };
  // Each view (DRD, each decision table) has its own viewer and command stack: listen to each once.
  const hooked = new WeakSet();
  modeler.on('views.changed', ({ views, activeView }) => {
    const viewer = modeler.getActiveViewer();
    if (viewer && !hooked.has(viewer)) {
      hooked.add(viewer);
      viewer.on('commandStack.changed', changed);
      viewer.on('elements.changed', () => applyHighlights());
    }
    renderTabs(views, activeView);
    root.dataset.view = activeView ? activeView.type : '';
    applyHighlights();
  });
  const flush = () => { if (state.dirty) save({ keepalive: true }); };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  function renderTabs(views, activeView) {
    viewTabs.replaceChildren(...views.map((view) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cm-button cm-button--secondary cm-button--small';
      button.textContent = view.type === 'drd' ? 'DRD' : (view.element.name || view.element.id);
      button.dataset.viewId = view.element.id;
      button.dataset.viewType = view.type;
      button.setAttribute('aria-pressed', String(view === activeView));
      button.addEventListener('click', () => modeler.open(view).catch((e) => showError(e.message)));
      return button;
    }));
    viewBar.hidden = views.length < 2;
  }

  // The first decision table is what an admin comes to edit; the DRD stays one click away.
  async function openFirstTable() {
    const table = modeler.getViews().find((v) => v.type === 'decisionTable');
    if (table) await modeler.open(table);
  }

  async function importXml(text, { markDirty }) {
    state.importing = true;
    try {
      const { warnings } = await modeler.importXML(text);
      await openFirstTable();
      if (warnings.length) console.warn('dmn-js import warnings', warnings.map((w) => w.message).join('; '));
    } finally {
      state.importing = false;
    }
    if (markDirty) {
      state.dirty = true;
      setStatus('unsaved');
      await save();
    }
  }

  // The findings on the table: the cell (or the input column's header) gets a red frame through a style rule, which
  // survives dmn-js re-rendering the table; the list under it repeats them, each one opening its table.
  function applyHighlights() {
    const selectors = state.issues.filter((i) => i.elementId).flatMap((i) => {
      const id = CSS.escape(i.elementId);
      return [`[data-element-id="${id}"]`, `th[data-col-id="${id}"]`];
    });
    highlight.textContent = selectors.length
      ? `${selectors.join(',\n')} { outline: 3px solid #ce0000 !important; outline-offset: -3px; background-color: rgb(255, 235, 235) !important; }`
      : '';
  }

  function viewHolding(elementId) {
    return modeler.getViews().find((view) => view.type === 'decisionTable'
      && JSON.stringify(view.element.decisionLogic, (key, value) => (key === '$parent' ? undefined : value)).includes(`"id":"${elementId}"`));
  }

  function showIssues(issues) {
    state.issues = issues;
    applyHighlights();
    issueList.replaceChildren(...issues.map((issue) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cm-dmn__issue';
      button.textContent = issue.message;
      button.dataset.elementId = issue.elementId || '';
      button.dataset.code = issue.code;
      button.addEventListener('click', async () => {
        const view = issue.elementId && viewHolding(issue.elementId);
        if (view && view !== modeler.getActiveView()) await modeler.open(view);
        root.querySelector(`[data-element-id="${CSS.escape(issue.elementId || '')}"]`)?.scrollIntoView({ block: 'center' });
      });
      item.appendChild(button);
      return item;
    }));
    issuesEmpty.hidden = issues.length > 0;
    root.dataset.checked = String(issues.length);
  }

  async function checkXml(text) {
    const response = await fetch(`${api}/check`, {
      method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ xml: text, decisionRef }),
    });
    if (!response.ok) {
      showError(await problemText(response));
      return null;
    }
    return response.json();
  }

  async function check() {
    const issues = await checkXml(await xml());
    if (issues) showIssues(issues);
    return issues;
  }

  async function publish() {
    state.dirty = state.dirty || state.revision === 0;
    await save();
    if (state.conflict) return;
    const response = await fetch(`${api}/${encodeURIComponent(decisionRef)}/publish`, {
      method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ revision: state.revision }),
    });
    if (response.ok) {
      const published = await response.json();
      showIssues([]);
      state.revision = 0;
      root.dataset.revision = '0';
      root.dataset.publishedVersion = String(published.version);
      setStatus('');
      showSuccess((published.isNewVersion ? successBox.dataset.published : successBox.dataset.unchanged).replace('{0}', published.version));
      return;
    }
    if (response.status === 422) {
      const body = await response.json();
      showIssues(body.issues);
      showError(body.detail);
      return;
    }
    showError(await problemText(response));
  }

  const download = (content, type, name) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const commandStack = () => modeler.getActiveViewer().get('commandStack');
  const actions = {
    undo: async () => commandStack().undo(),
    redo: async () => commandStack().redo(),
    check: async () => {
      const issues = await check();
      if (issues && issues.length === 0) showSuccess(successBox.dataset.checkOk);
      else if (issues) showSuccess('');
    },
    publish,
    export: async () => download(await xml(), 'application/xml', `${decisionRef}.dmn`),
  };
  for (const button of root.querySelectorAll('button[data-action]')) {
    button.addEventListener('click', () => Promise.resolve().then(() => actions[button.dataset.action]()).catch((e) => showError(e.message)));
  }
  // An imported file is checked by the server first: a file that is not readable XML, or has a DTD, is refused
  // with the check's message and the table stays as it was.
  root.querySelector('input[data-action="import"]').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    if (!file) return;
    try {
      const text = await file.text();
      const issues = await checkXml(text);
      if (!issues) return;
      const unreadable = issues.find((i) => UNREADABLE.has(i.code));
      if (unreadable) {
        showError(unreadable.message);
        root.dataset.importRefused = unreadable.code;
        return;
      }
      await importXml(text, { markDirty: true });
      showIssues(issues);
    } catch (error) {
      showError(error.message);
    }
  });

  (async () => {
    const response = await fetch(`${api}/${encodeURIComponent(decisionRef)}/draft`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      showError(await problemText(response));
      return;
    }
    const draft = await response.json();
    state.revision = draft.revision;
    root.dataset.revision = String(draft.revision);
    await importXml(draft.dmnXml, { markDirty: false });
    root.dataset.ready = 'true';
    root.dispatchEvent(new CustomEvent('decisions:ready', { bubbles: true }));
  })().catch((error) => showError(error.message));

  // For tests and the curious: the modeler and the draft's state.
  window.cmDecisions = { modeler, save, check, publish, importXml, state };
}

for (const root of document.querySelectorAll('[data-decision-editor]')) mount(root);
