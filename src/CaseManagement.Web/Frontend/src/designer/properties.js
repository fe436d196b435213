// Properties panel groups for our cm: attributes (urn:casemanagement:bpmn:1), next to bpmn-js's own General,
// Documentation and Message groups. Groups of features the engine does not run are taken out.
import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxEntry, Group, SelectEntry, TextAreaEntry, TextFieldEntry,
  isCheckboxEntryEdited, isSelectEntryEdited, isTextAreaEntryEdited, isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

const REMOVED_GROUPS = ['timer', 'multiInstance', 'adHocCompletion', 'signal', 'escalation', 'error', 'link', 'compensation'];

const SERVICE_TYPES = [
  ['notify', 'Notify'], ['auto-reply', 'Auto-reply to the resident'], ['assign', 'Assign to a queue'],
  ['set-variables', 'Set variables'], ['generate-document', 'Generate a document'], ['export-rpa', 'Export for RPA'],
  ['http', 'HTTP call'],
];

const blank = (value) => (value === '' || value === undefined ? undefined : value);

// One component per kind of entry, defined once: the panel re-creates the entries on every change, and a new
// component type each time would remount the field (and lose the caret) while the admin types.
function CmText(props) {
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element: props.element, id: props.id, label: translate(props.label),
    description: props.description && translate(props.description), debounce,
    getValue: () => props.get(props.element) || '', setValue: (v) => props.set(props.element, blank(v)),
  });
}

function CmTextArea(props) {
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  return h(TextAreaEntry, {
    element: props.element, id: props.id, label: translate(props.label),
    description: props.description && translate(props.description), debounce, rows: 4,
    getValue: () => props.get(props.element) || '', setValue: (v) => props.set(props.element, blank(v)),
  });
}

function CmSelect(props) {
  const translate = useService('translate');
  return h(SelectEntry, {
    element: props.element, id: props.id, label: translate(props.label),
    description: props.description && translate(props.description),
    getValue: () => props.get(props.element) || '', setValue: (v) => props.set(props.element, blank(v)),
    getOptions: () => props.options(translate, props.get(props.element) || ''),
  });
}

function CmCheckbox(props) {
  const translate = useService('translate');
  return h(CheckboxEntry, {
    element: props.element, id: props.id, label: translate(props.label),
    description: props.description && translate(props.description),
    getValue: () => props.get(props.element), setValue: (v) => props.set(props.element, v),
  });
}

const text = (id, label, get, set, description) => ({ id, component: CmText, isEdited: isTextFieldEntryEdited, label, get, set, description });
const area = (id, label, get, set, description) => ({ id, component: CmTextArea, isEdited: isTextAreaEntryEdited, label, get, set, description });
const select = (id, label, get, set, options, description) => ({ id, component: CmSelect, isEdited: isSelectEntryEdited, label, get, set, options, description });
const checkbox = (id, label, get, set, description) => ({ id, component: CmCheckbox, isEdited: isCheckboxEntryEdited, label, get, set, description });

export default function cmPropertiesModule(queues) {
  function CmPropertiesProvider(propertiesPanel, modeling, bpmnFactory, commandStack, translate) {
    const attr = (name) => (element) => getBusinessObject(element).get(`cm:${name}`);
    const setAttr = (name) => (element, value) => modeling.updateProperties(element, { [`cm:${name}`]: value });

    const queueOptions = (tr, current) => {
      const options = [
        { value: '', label: tr('Not set') },
        { value: '=category', label: tr("The case's own category") },
        { value: '="supervisors:" + category', label: tr("Escalation queue of the case's category") },
        ...queues.map((q) => ({ value: q.value, label: `${q.label} (${q.value})` })),
      ];
      if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: tr('Current value: {value}', { value: current }) });
      return options;
    };

    const timerDefinition = (element) => (getBusinessObject(element).eventDefinitions || []).find((d) => is(d, 'bpmn:TimerEventDefinition'));
    const TIMER_PARTS = { duration: 'timeDuration', date: 'timeDate', cycle: 'timeCycle' };
    const timerKind = (element) => {
      const definition = timerDefinition(element);
      if (getBusinessObject(element).get('cm:businessDuration') != null || definition.get('cm:businessDuration') != null) return 'business';
      return Object.keys(TIMER_PARTS).find((k) => definition.get(TIMER_PARTS[k])) || 'duration';
    };
    const timerValue = (element) => {
      const definition = timerDefinition(element);
      const kind = timerKind(element);
      if (kind === 'business') return getBusinessObject(element).get('cm:businessDuration') ?? definition.get('cm:businessDuration');
      const expression = definition.get(TIMER_PARTS[kind]);
      return expression && expression.get('body');
    };
    // Kind and value are written together, in one undoable step: exactly one of the four carries the value.
    const setTimer = (element, kind, value) => {
      const definition = timerDefinition(element);
      const parts = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined, 'cm:businessDuration': undefined };
      if (kind !== 'business' && value !== undefined) {
        parts[TIMER_PARTS[kind]] = bpmnFactory.create('bpmn:FormalExpression', { body: value });
      }
      const commands = [{ cmd: 'element.updateModdleProperties', context: { element, moddleElement: definition, properties: parts } }];
      if (is(element, 'bpmn:BoundaryEvent') || is(element, 'bpmn:IntermediateCatchEvent')) {
        commands.push({ cmd: 'element.updateProperties', context: { element, properties: { 'cm:businessDuration': kind === 'business' ? (value || '') : undefined } } });
      }
      commandStack.execute('properties-panel.multi-command-executor', commands);
    };

    const conditionOf = (element) => {
      const condition = getBusinessObject(element).conditionExpression;
      return condition && condition.get('body');
    };
    const setCondition = (element, value) => modeling.updateProperties(element, {
      conditionExpression: value === undefined ? undefined : bpmnFactory.create('bpmn:FormalExpression', { body: value }),
    });

    this.getGroups = (element) => (groups) => {
      groups = groups.filter((g) => !REMOVED_GROUPS.includes(g.id));
      const bo = getBusinessObject(element);
      if (is(element, 'bpmn:UserTask')) {
        groups.push({ id: 'cm-user-task', label: translate('Assignment and deadline'), component: Group, entries: [
          select('cm-queue', 'Queue', attr('queue'), setAttr('queue'), queueOptions),
          text('cm-assignee', 'Assignee rule', attr('assignee'), setAttr('assignee'),
            'A staff user name, or an expression starting with =. Empty: anyone in the queue claims it.'),
          text('cm-due', 'Due', attr('due'), setAttr('due'),
            "An ISO 8601 duration from the task's start, e.g. P5D or PT48H, or an expression starting with =."),
          text('cm-form', 'Form', attr('form'), setAttr('form')),
          area('cm-checklist', 'Checklist', attr('checklist'), setAttr('checklist'), 'One item per line; shown when the task is closed.'),
        ] });
      }
      if (timerDefinition(element)) {
        const kinds = (tr) => [
          { value: 'duration', label: tr('Calendar duration') },
          ...(is(element, 'bpmn:StartEvent') ? [] : [{ value: 'business', label: tr('Business duration (office hours and holidays, for SLAs)') }]),
          { value: 'date', label: tr('Date') },
          { value: 'cycle', label: tr('Cycle') },
        ];
        const entries = [
          select('cm-timer-kind', 'Kind of time', timerKind, (el, kind) => setTimer(el, kind || 'duration', timerValue(el)), kinds),
          text('cm-timer-value', 'Duration or date', timerValue, (el, value) => setTimer(el, timerKind(el), value),
            'e.g. PT4H (4 hours), P3D (3 days), 2026-04-01T09:00:00+09:00'),
        ];
        if (is(element, 'bpmn:BoundaryEvent')) {
          entries.push(checkbox('cm-timer-interrupting', 'Cancel the task when it fires (interrupting)',
            (el) => getBusinessObject(el).cancelActivity !== false,
            (el, value) => modeling.updateProperties(el, { cancelActivity: value }),
            'Off: a reminder that leaves the task open.'));
        }
        groups.push({ id: 'cm-timer', label: translate('Timer and SLA'), component: Group, entries });
      }
      if (is(element, 'bpmn:ServiceTask')) {
        const entries = [
          select('cm-service-type', 'Kind of step', attr('type'), setAttr('type'), (tr, current) => [
            { value: '', label: tr('Not set') },
            ...SERVICE_TYPES.map(([value, label]) => ({ value, label: `${tr(label)} (${value})` })),
            ...(current && !SERVICE_TYPES.some(([v]) => v === current) ? [{ value: current, label: current }] : []),
          ]),
        ];
        const type = bo.get('cm:type');
        if (['notify', 'auto-reply', 'generate-document'].includes(type) || bo.get('cm:template')) {
          entries.push(text('cm-template', 'Notification template', attr('template'), setAttr('template')));
        }
        if (type === 'assign' || bo.get('cm:queue')) entries.push(select('cm-service-queue', 'Queue', attr('queue'), setAttr('queue'), queueOptions));
        groups.push({ id: 'cm-service', label: translate('Automatic step'), component: Group, entries });
      }
      if (is(element, 'bpmn:BusinessRuleTask')) {
        groups.push({ id: 'cm-decision', label: translate('Decision table'), component: Group, entries: [
          text('cm-decision-ref', 'DMN file', attr('decisionRef'), setAttr('decisionRef')),
          text('cm-decision', 'Decision id', attr('decision'), setAttr('decision')),
          text('cm-result-variable', 'Result variable', attr('resultVariable'), setAttr('resultVariable')),
        ] });
      }
      if (is(element, 'bpmn:ScriptTask')) {
        groups.push({ id: 'cm-script', label: translate('Script'), component: Group, entries: [
          area('cm-script-body', 'Script', (el) => getBusinessObject(el).script,
            (el, value) => modeling.updateProperties(el, { scriptFormat: 'feel', script: value }),
            'FEEL assignments, one per line: name := expression'),
        ] });
      }
      if (is(element, 'bpmn:SequenceFlow') && (is(bo.sourceRef, 'bpmn:ExclusiveGateway') || is(bo.sourceRef, 'bpmn:InclusiveGateway'))) {
        groups.push({ id: 'cm-condition', label: translate('Condition'), component: Group, entries: [
          text('cm-condition-expression', 'Condition (FEEL)', conditionOf, setCondition, 'e.g. =followUp = true. Leave empty on the default flow.'),
        ] });
      }
      if (is(element, 'bpmn:CallActivity')) {
        groups.push({ id: 'cm-call', label: translate('Called process'), component: Group, entries: [
          text('cm-called-element', 'Process id', (el) => getBusinessObject(el).calledElement, (el, value) => modeling.updateProperties(el, { calledElement: value })),
          text('cm-version', 'Version (empty: latest)', attr('version'), setAttr('version')),
          area('cm-in', 'Inputs (FEEL assignments)', attr('in'), setAttr('in')),
          area('cm-out', 'Outputs (FEEL assignments)', attr('out'), setAttr('out')),
        ] });
      }
      return groups;
    };
    propertiesPanel.registerProvider(500, this);
  }
  CmPropertiesProvider.$inject = ['propertiesPanel', 'modeling', 'bpmnFactory', 'commandStack', 'translate'];
  return { __init__: ['cmPropertiesProvider'], cmPropertiesProvider: ['type', CmPropertiesProvider] };
}
