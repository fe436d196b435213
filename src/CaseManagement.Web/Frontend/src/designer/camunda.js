// A BPMN file from Camunda Modeler (or any other tool) made ready for our designer: camunda: attributes with an
// obvious meaning here become cm: ones, the one executable process takes this workflow's id, and a diagram without
// layout (no bpmndi) gets one. Everything else is left as it is; the check then reports what the engine refuses.
import { layoutProcess } from 'bpmn-auto-layout';

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const BPMNDI = 'http://www.omg.org/spec/BPMN/20100524/DI';
const CM = 'urn:casemanagement:bpmn:1';
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

// camunda:X on a user task -> cm:Y (candidate groups: the first group is the queue).
const USER_TASK_MAP = [['candidateGroups', 'queue', (v) => v.split(',')[0].trim()], ['assignee', 'assignee'], ['formKey', 'form'], ['dueDate', 'due']];

export async function prepareImport(xml, processId) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return xml; // let bpmn-js say why
  const root = doc.documentElement;
  if (!root.getAttribute('xmlns:cm')) root.setAttribute('xmlns:cm', CM);
  for (const task of doc.getElementsByTagNameNS(BPMN, 'userTask')) {
    for (const [from, to, convert = (v) => v] of USER_TASK_MAP) {
      const value = task.getAttributeNS(CAMUNDA, from);
      if (value && !task.getAttributeNS(CM, to)) task.setAttributeNS(CM, `cm:${to}`, convert(value));
    }
  }
  for (const script of doc.getElementsByTagNameNS(BPMN, 'scriptTask')) {
    if (!script.getAttribute('scriptFormat')) script.setAttribute('scriptFormat', 'feel');
  }
  const processes = [...doc.getElementsByTagNameNS(BPMN, 'process')];
  if (processes.length === 1) renameProcess(doc, processes[0], processId);
  let prepared = new XMLSerializer().serializeToString(doc);
  if (doc.getElementsByTagNameNS(BPMNDI, 'BPMNDiagram').length === 0) prepared = await layoutProcess(prepared);
  return prepared;
}

function renameProcess(doc, process, processId) {
  const old = process.getAttribute('id');
  process.setAttribute('isExecutable', 'true');
  if (!processId || old === processId) return;
  process.setAttribute('id', processId);
  for (const el of doc.querySelectorAll('*')) {
    for (const name of ['bpmnElement', 'processRef']) {
      if (el.getAttribute(name) === old) el.setAttribute(name, processId);
    }
  }
}
