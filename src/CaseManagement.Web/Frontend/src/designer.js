// The workflow designer in Admin: bpmn-js Modeler in Japanese, our palette and cm: properties panel, minimap,
// undo/redo and keyboard, BPMN/SVG export, import of Camunda Modeler files, a shared server-side draft saved a few
// seconds after each change (revision-checked), the server's check shown on the diagram, publishing.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import MinimapModule from 'diagram-js-minimap';
import cmModdle from './designer/cm-moddle.json';
import { translateModule } from './designer/translate.js';
import modelingModule from './designer/modeling.js';
import cmPropertiesModule from './designer/properties.js';
import { prepareImport } from './designer/camunda.js';
import { showIssues, clearIssues } from './designer/issues.js';
import { draftSaver } from './draft-save.js';

const AUTOSAVE_DELAY_MS = 2000;

function mount(root) {
  const { processId, lang, api, token } = root.dataset;
  const queues = JSON.parse(root.dataset.queues || '[]');
  const status = root.querySelector('[data-testid="save-status"]');
  const errorBox = root.querySelector('[data-testid="designer-error"]');
  const successBox = root.querySelector('[data-testid="designer-success"]');
  const issueList = root.querySelector('[data-issues]');
  const issuesEmpty = root.querySelector('[data-issues-empty]');

  const modeler = new BpmnModeler({
    container: root.querySelector('[data-canvas]'),
    propertiesPanel: {
      parent: root.querySelector('[data-properties]'),
      // Our groups and the name open at once: they are what an admin comes to set.
      layout: { groups: Object.fromEntries(['general', 'cm-user-task', 'cm-timer', 'cm-service', 'cm-decision', 'cm-script',
        'cm-condition', 'cm-call'].map((id) => [id, { open: true }])) },
    },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, MinimapModule, translateModule(lang),
      modelingModule, cmPropertiesModule(queues)],
    moddleExtensions: { cm: cmModdle },
  });
  root.modeler = modeler;

  const state = { revision: 0, dirty: false, saving: null, conflict: false, timer: 0 };
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
  // Fit the diagram, then leave the palette's width free on the left so no element lies under it.
  const fit = () => {
    const canvas = modeler.get('canvas');
    canvas.zoom('fit-viewport', 'auto');
    const { scale } = canvas.viewbox();
    canvas.zoom(Math.min(scale * 0.88, 1.2), 'auto');
    canvas.scroll({ dx: 60, dy: 0 });
  };
  const xml = async () => (await modeler.saveXML({ format: true })).xml;

  const save = draftSaver({
    url: `${api}/${encodeURIComponent(processId)}/draft`, headers, root, state, xml, setStatus, showError, problemText,
  });

  modeler.on('commandStack.changed', () => {
    if (root.dataset.importing === 'true') return;
    state.dirty = true;
    setStatus('unsaved');
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(() => save(), AUTOSAVE_DELAY_MS);
  });
  // Leaving the page (closing the tab, following a link): save what is left, even as the page goes away.
  const flush = () => { if (state.dirty) save({ keepalive: true }); };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  async function importXml(text, { markDirty }) {
    root.dataset.importing = 'true';
    try {
      const { warnings } = await modeler.importXML(text);
      fit();
      if (warnings.length) console.warn('bpmn-js import warnings', warnings.map((w) => w.message).join('; '));
    } finally {
      root.dataset.importing = 'false';
    }
    if (markDirty) {
      state.dirty = true;
      setStatus('unsaved');
      await save();
    }
  }

  async function check() {
    const response = await fetch(`${api}/check`, {
      method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ xml: await xml(), processId }),
    });
    if (!response.ok) {
      showError(await problemText(response));
      return null;
    }
    const issues = await response.json();
    showIssues(modeler, issues, issueList, issuesEmpty);
    root.dataset.checked = String(issues.length);
    return issues;
  }

  async function publish() {
    state.dirty = state.dirty || state.revision === 0;
    await save();
    if (state.conflict) return;
    const response = await fetch(`${api}/${encodeURIComponent(processId)}/publish`, {
      method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ revision: state.revision }),
    });
    if (response.ok) {
      const published = await response.json();
      clearIssues(modeler, issueList);
      issuesEmpty.hidden = false;
      state.revision = 0;
      root.dataset.revision = '0';
      root.dataset.publishedVersion = String(published.version);
      setStatus('');
      showSuccess((published.isNewVersion ? successBox.dataset.published : successBox.dataset.unchanged).replace('{0}', published.version));
      return;
    }
    if (response.status === 422) {
      const body = await response.json();
      showIssues(modeler, body.issues, issueList, issuesEmpty);
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

  const actions = {
    undo: () => modeler.get('commandStack').undo(),
    redo: () => modeler.get('commandStack').redo(),
    fit: async () => fit(),
    check: async () => {
      const issues = await check();
      if (issues && issues.length === 0) showSuccess(successBox.dataset.checkOk);
      else if (issues) showSuccess('');
    },
    publish,
    'export-bpmn': async () => download(await xml(), 'application/xml', `${processId}.bpmn`),
    'export-svg': async () => download((await modeler.saveSVG()).svg, 'image/svg+xml', `${processId}.svg`),
  };
  for (const button of root.querySelectorAll('button[data-action]')) {
    button.addEventListener('click', () => Promise.resolve().then(() => actions[button.dataset.action]()).catch((e) => showError(e.message)));
  }
  root.querySelector('input[data-action="import"]').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      await importXml(await prepareImport(await file.text(), processId), { markDirty: true });
      await check();
    } catch (error) {
      showError(error.message);
    }
    event.target.value = '';
  });

  (async () => {
    const response = await fetch(`${api}/${encodeURIComponent(processId)}/draft`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      showError(await problemText(response));
      return;
    }
    const draft = await response.json();
    state.revision = draft.revision;
    root.dataset.revision = String(draft.revision);
    await importXml(draft.bpmnXml, { markDirty: false });
    root.dataset.ready = 'true';
    root.dispatchEvent(new CustomEvent('designer:ready', { bubbles: true }));
  })().catch((error) => showError(error.message));

  // For tests and the curious: the modeler and the draft's state.
  window.cmDesigner = { modeler, save, check, publish, importXml, state };
}

for (const root of document.querySelectorAll('[data-workflow-designer]')) mount(root);
