// Palette, context pad and replace menu limited to what our engine runs (ARCHITECTURE.md §3): a plain task, a
// signal or a data store would only be refused at the check, so they are never offered.

const PALETTE_REMOVED = ['create.task', 'create.intermediate-event', 'create.data-object', 'create.data-store',
  'create.participant-expanded', 'create.group', 'create.exclusive-gateway'];

const CONTEXT_REMOVED = ['append.append-task', 'append.intermediate-event', 'append.receive-task',
  'append.condition-intermediate-event', 'append.signal-intermediate-event', 'append.compensation-activity'];

// Replace-menu entries (by action) that lead to elements the engine supports.
const REPLACE_ALLOWED = new Set([
  'replace-with-user-task', 'replace-with-service-task', 'replace-with-rule-task', 'replace-with-script-task',
  'replace-with-call-activity', 'replace-with-expanded-subprocess', 'replace-with-subprocess',
  'replace-with-exclusive-gateway', 'replace-with-parallel-gateway', 'replace-with-inclusive-gateway',
  'replace-with-event-based-gateway', 'replace-with-exclusive-event-based-gateway',
  'replace-with-none-start', 'replace-with-message-start', 'replace-with-timer-start',
  'replace-with-none-end', 'replace-with-terminate-end',
  'replace-with-message-intermediate-catch', 'replace-with-timer-intermediate-catch',
  'replace-with-message-boundary', 'replace-with-timer-boundary',
  'replace-with-non-interrupting-message-boundary', 'replace-with-non-interrupting-timer-boundary',
  'replace-with-sequence-flow', 'replace-with-default-flow', 'replace-with-conditional-flow',
  'toggle-non-interrupting',
]);

function CmPalette(palette, create, elementFactory, translate) {
  const createAction = (type, className, title, options) => {
    const start = (event) => create.start(event, elementFactory.createShape({ type, ...options }));
    return { group: type.includes('Gateway') ? 'gateway' : type.includes('Event') ? 'event' : 'activity',
      className, title: translate(title), action: { dragstart: start, click: start } };
  };
  this.getPaletteEntries = () => (entries) => {
    for (const id of PALETTE_REMOVED) delete entries[id];
    return {
      ...entries,
      'create.timer-event': createAction('bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-timer',
        'Create timer event (drop on a task border for a boundary timer)', { eventDefinitionType: 'bpmn:TimerEventDefinition' }),
      'create.message-event': createAction('bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-message',
        'Create message catch event', { eventDefinitionType: 'bpmn:MessageEventDefinition' }),
      'create.cm-exclusive-gateway': createAction('bpmn:ExclusiveGateway', 'bpmn-icon-gateway-xor', 'Create gateway'),
      'create.parallel-gateway': createAction('bpmn:ParallelGateway', 'bpmn-icon-gateway-parallel', 'Create parallel gateway'),
      'create.user-task': createAction('bpmn:UserTask', 'bpmn-icon-user-task', 'Create user task'),
      'create.service-task': createAction('bpmn:ServiceTask', 'bpmn-icon-service-task', 'Create service task'),
      'create.script-task': createAction('bpmn:ScriptTask', 'bpmn-icon-script-task', 'Create script task'),
      'create.business-rule-task': createAction('bpmn:BusinessRuleTask', 'bpmn-icon-business-rule-task', 'Create business rule task'),
      'create.call-activity': createAction('bpmn:CallActivity', 'bpmn-icon-call-activity', 'Create call activity'),
    };
  };
  palette.registerProvider(500, this);
}
CmPalette.$inject = ['palette', 'create', 'elementFactory', 'translate'];

function CmContextPad(contextPad, create, elementFactory, autoPlace, translate) {
  const append = (type, className, title, options) => ({
    group: 'model',
    className,
    title: translate(title),
    action: {
      click: (_, element) => autoPlace.append(element, elementFactory.createShape({ type, ...options })),
      dragstart: (event, element) => create.start(event, elementFactory.createShape({ type, ...options }), { source: element }),
    },
  });
  this.getContextPadEntries = () => (entries) => {
    const offeredAppend = 'append.append-task' in entries;
    for (const id of CONTEXT_REMOVED) delete entries[id];
    if (!offeredAppend) return entries;
    return {
      ...entries,
      'append.user-task': append('bpmn:UserTask', 'bpmn-icon-user-task', 'Append user task'),
      'append.timer-event': append('bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-timer',
        'Append timer intermediate catch event', { eventDefinitionType: 'bpmn:TimerEventDefinition' }),
    };
  };
  contextPad.registerProvider(500, this);
}
CmContextPad.$inject = ['contextPad', 'create', 'elementFactory', 'autoPlace', 'translate'];

function CmReplaceMenu(popupMenu) {
  const filter = (entries) => Object.fromEntries(Object.entries(entries).filter(([id]) => REPLACE_ALLOWED.has(id)));
  popupMenu.registerProvider('bpmn-replace', 500, {
    getPopupMenuEntries: () => filter,
    getPopupMenuHeaderEntries: () => filter,
  });
}
CmReplaceMenu.$inject = ['popupMenu'];

export default {
  __init__: ['cmPalette', 'cmContextPad', 'cmReplaceMenu'],
  cmPalette: ['type', CmPalette],
  cmContextPad: ['type', CmContextPad],
  cmReplaceMenu: ['type', CmReplaceMenu],
};
