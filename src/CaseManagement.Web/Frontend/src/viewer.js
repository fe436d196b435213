// Read-only BPMN diagram with the taken path highlighted.
// <div data-bpmn-viewer data-src="/audit/cases/42/diagram.bpmn" data-taken="StartEvent_1,Flow_1,Task_Check"></div>
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

async function mount(container) {
  if (container.dataset.bpmnMounted) return;
  container.dataset.bpmnMounted = 'true';
  const src = container.getAttribute('data-src');
  const taken = (container.getAttribute('data-taken') || '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

  const viewer = new NavigatedViewer({ container });
  container.bpmnViewer = viewer;
  try {
    const response = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/xml, text/xml' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const xml = await response.text();
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    const registry = viewer.get('elementRegistry');
    const canvas = viewer.get('canvas');
    for (const id of taken) {
      if (registry.get(id)) canvas.addMarker(id, 'cm-taken');
    }
    // Where the instance's tokens stand now (a waiting task, a timer or message catch event).
    for (const id of (container.getAttribute('data-current') || '').split(',').map((x) => x.trim()).filter(Boolean)) {
      if (registry.get(id)) canvas.addMarker(id, 'cm-current');
    }
    container.dispatchEvent(new CustomEvent('bpmn-viewer:rendered', { bubbles: true, detail: { taken } }));
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'cm-bpmn-viewer__error';
    message.setAttribute('role', 'alert');
    message.textContent = `図を表示できませんでした / The diagram could not be shown (${error.message})`;
    container.appendChild(message);
    container.dispatchEvent(new CustomEvent('bpmn-viewer:error', { bubbles: true, detail: { error } }));
  }
}

function mountAll(root = document) {
  for (const element of root.querySelectorAll('[data-bpmn-viewer]')) mount(element);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => mountAll());
} else {
  mountAll();
}

window.cmBpmnViewer = { mount, mountAll };
