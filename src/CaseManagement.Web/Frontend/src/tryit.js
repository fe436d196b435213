// Try it (試行) in the designer: runs the diagram as the designer holds it on the server's engine, in memory only,
// with sample variables; the admin completes tasks, advances the test clock to a timer or sends a message, and each
// step is drawn on the designer's diagram (taken path, current tokens, what the last step reached) with a log.
// The run's state lives in this page: each answer carries it, each action sends it back (ADR 0021).
import { showIssues } from './designer/issues.js';
import './tryit.css';

const MARKERS = ['cm-trial-taken', 'cm-trial-current', 'cm-trial-last'];

function mount(section) {
  const designer = section.closest('[data-workflow-designer]');
  const { processId, api, token } = designer.dataset;
  const labels = section.dataset;
  const $ = (name) => section.querySelector(`[data-${name}]`);
  const errorBox = $('trial-error');
  const run = { trial: null, marked: [] };
  const modeler = () => designer.modeler;
  const headers = { 'Content-Type': 'application/json', RequestVerificationToken: token, Accept: 'application/json' };
  const japanTime = (iso) => (iso ? new Date(iso).toLocaleString(document.documentElement.lang || 'ja-JP',
    { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }) : '');

  // Each answer (a run drawn or a refusal shown) bumps data-trial-answers, so a test or a screen reader's script
  // can wait for it.
  const answered = () => { section.dataset.trialAnswers = String(Number(section.dataset.trialAnswers || 0) + 1); };
  const showError = (message) => {
    errorBox.textContent = message || '';
    errorBox.hidden = !message;
  };

  function mark(view) {
    const canvas = modeler().get('canvas');
    const registry = modeler().get('elementRegistry');
    for (const [id, marker] of run.marked) if (registry.get(id)) canvas.removeMarker(id, marker);
    run.marked = [];
    const add = (id, marker) => {
      if (!registry.get(id)) return;
      canvas.addMarker(id, marker);
      run.marked.push([id, marker]);
    };
    const lastStep = Math.max(0, ...view.log.map((entry) => entry.step));
    for (const id of [...view.takenElements, ...view.takenFlows]) add(id, 'cm-trial-taken');
    for (const id of view.currentElements) add(id, 'cm-trial-current');
    for (const entry of view.log) if (entry.step === lastStep && entry.kind === 'ElementActivated') add(entry.elementId, 'cm-trial-last');
  }

  const item = (text, button, dataset) => {
    const li = document.createElement('li');
    Object.assign(li.dataset, dataset);
    const span = document.createElement('span');
    span.textContent = text;
    li.appendChild(span);
    if (button) li.appendChild(button);
    return li;
  };
  const actionButton = (label, onClick, testId) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cm-button cm-button--secondary cm-button--small';
    button.textContent = label;
    button.dataset.testid = testId;
    button.addEventListener('click', onClick);
    return button;
  };

  function render(view) {
    run.trial = view.trial;
    $('trial-run').hidden = false;
    const status = $('trial-status');
    status.textContent = labels[`status${view.status}`] || view.status;
    section.dataset.trialState = view.status;
    $('trial-clock').textContent = japanTime(view.clock);
    $('trial-clock').setAttribute('datetime', view.clock);
    $('trial-current').textContent = view.currentElements.join('、') || '-';
    const active = view.status === 'Active';

    $('trial-tasks').replaceChildren(...view.tasks.map((t) => item(
      `${t.name}（${labels.queueLabel}: ${t.queue || t.assignee || '-'}${t.dueAt ? `、${labels.dueLabel}: ${japanTime(t.dueAt)}` : ''}）`,
      active && actionButton(labels.completeLabel, () => step({ action: 'completeTask', targetId: t.id }), 'trial-complete'),
      { elementId: t.elementId })));
    $('trial-tasks-none').hidden = view.tasks.length > 0;

    $('trial-timers').replaceChildren(...view.timers.map((t) => item(
      `${t.name}（${labels.dueLabel}: ${japanTime(t.dueAt)}）`,
      active && actionButton(labels.advanceLabel, () => step({ action: 'fireTimer', targetId: t.id }), 'trial-advance'),
      { elementId: t.elementId })));
    $('trial-timers-none').hidden = view.timers.length > 0;

    $('trial-messages').replaceChildren(...view.messages.map((m) => item(
      `${m.name}（${m.messageName}）`,
      active && actionButton(labels.sendLabel, () => step({ action: 'sendMessage', messageName: m.messageName }), 'trial-send'),
      { elementId: m.elementId })));
    $('trial-messages-section').hidden = view.messages.length === 0;

    $('trial-log').replaceChildren(...view.log.map((entry) => {
      const li = document.createElement('li');
      li.dataset.step = String(entry.step);
      li.dataset.kind = entry.kind;
      if (entry.elementId) li.dataset.elementId = entry.elementId;
      li.textContent = `${labels.stepLabel.replace('{0}', entry.step)} ${entry.text}`;
      return li;
    }));
    mark(view);
    section.dataset.trialSteps = String(Math.max(0, ...view.log.map((entry) => entry.step)));
    section.dispatchEvent(new CustomEvent('trial:rendered', { bubbles: true, detail: view }));
  }

  async function send(url, body) {
    showError('');
    const xml = (await modeler().saveXML({ format: true })).xml;
    const response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ ...body, xml }) });
    if (response.ok) {
      render(await response.json());
      answered();
      return;
    }
    let problem = {};
    try { problem = await response.json(); } catch { /* not JSON: the status says it */ }
    if (response.status === 422 && problem.issues) {
      showIssues(modeler(), problem.issues, designer.querySelector('[data-issues]'), designer.querySelector('[data-issues-empty]'));
    }
    showError(problem.detail || Object.values(problem.errors || {}).flat().join(' ') || `HTTP ${response.status}`);
    answered();
  }

  const base = `${api}/${encodeURIComponent(processId)}/trial`;
  const start = () => send(`${base}/`, { variables: $('trial-variables').value });
  const step = (body) => send(`${base}/step`, { ...body, trial: run.trial, variables: $('trial-action-variables').value })
    .catch((error) => showError(error.message));
  $('trial-start').addEventListener('click', () => start().catch((error) => showError(error.message)));
}

for (const section of document.querySelectorAll('[data-workflow-trial]')) mount(section);
