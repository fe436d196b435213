// Records what bpmn-engine does with each bpmn-elements test model, driven exactly as our conformance runner drives
// our engine (tests/CaseManagement.Workflows.Tests/Conformance/ConformanceDriver.cs):
//   start; then, until nothing is left to do or MAX_ACTIONS actions were taken:
//     complete the oldest waiting user task (no variables), else fire the earliest timer (virtual clock), else stop.
//   Nothing is correlated: message, signal and receive waits stay waiting.
// Usage: npm ci && node record.mjs [models folder]   (default ../../../shared/conformance/bpmn-elements)
// Writes bpmn-engine-results.json beside this script: model file -> { state, completed, endEvents, error? }.
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from 'bpmn-engine';

const here = dirname(fileURLToPath(import.meta.url));
const folder = resolve(process.argv[2] ?? join(here, '..', '..', '..', 'shared', 'conformance', 'bpmn-elements'));
const MAX_ACTIONS = 50;
// A model that loops without waiting (multiple-multiple-inbound) overflows the stack at a depth that varies from run to
// run: only the first completions are kept, so the recording stays the same.
const MAX_COMPLETIONS = 200;

// Timers that never run by themselves: the driver fires the earliest one when nothing else can move.
class VirtualTimers {
  constructor() {
    this.now = 0;
    this.count = 0;
    this.pending = [];
  }
  get executing() {
    return [...this.pending];
  }
  register() {
    return { setTimeout: this.setTimeout.bind(this), clearTimeout: this.clearTimeout.bind(this) };
  }
  setTimeout(callback, delay, ...args) {
    const ref = { timerId: `timer_${this.count++}`, due: this.now + Math.max(0, Number(delay) || 0), order: this.count, callback, args };
    this.pending.push(ref);
    return ref;
  }
  clearTimeout(ref) {
    this.pending = this.pending.filter((t) => t !== ref);
  }
  fireEarliest() {
    if (this.pending.length === 0) return false;
    const next = [...this.pending].sort((a, b) => a.due - b.due || a.order - b.order)[0];
    this.pending = this.pending.filter((t) => t !== next);
    this.now = Math.max(this.now, next.due);
    next.callback(...next.args);
    return true;
  }
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

async function run(file) {
  const source = readFileSync(join(folder, file), 'utf8');
  const timers = new VirtualTimers();
  const listener = new EventEmitter();
  const waiting = [];
  const completed = [];
  const endEvents = [];
  let outcome = null;
  let error;

  listener.on('wait', (api) => {
    if (api.type === 'bpmn:UserTask') waiting.push(api);
  });
  listener.on('activity.end', (api) => {
    if (completed.length >= MAX_COMPLETIONS) return;
    completed.push(api.id);
    if (api.type === 'bpmn:EndEvent') endEvents.push(api.id);
  });

  const engine = new Engine({ name: file, source, timers, settings: { enableDummyService: true } });
  engine.once('end', () => (outcome ??= 'completed'));
  engine.once('error', (e) => {
    outcome ??= 'error';
    error = String(e?.message ?? e);
  });
  try {
    await engine.execute({ listener });
  } catch (e) {
    outcome ??= 'error';
    error = String(e?.message ?? e);
  }
  for (let actions = 0; actions < MAX_ACTIONS && !outcome; actions++) {
    await settle();
    if (outcome || completed.length >= MAX_COMPLETIONS) break;
    const task = waiting.shift();
    if (task) task.signal();
    else if (!timers.fireEarliest()) break;
  }
  await settle();
  if (!outcome) {
    outcome = 'waiting';
    await engine.stop();
  }
  const terminates = new Set([...source.matchAll(/<(?:\w+:)?endEvent\b[^>]*\bid="([^"]+)"[^>]*>(?:(?!<\/(?:\w+:)?endEvent>)[\s\S])*?terminateEventDefinition/g)].map((m) => m[1]));
  const state = outcome === 'completed' && endEvents.some((id) => terminates.has(id)) ? 'terminated' : outcome;
  return { state, completed, endEvents, ...(error && { error }) };
}

const results = {};
for (const file of readdirSync(folder).filter((f) => f.endsWith('.bpmn')).sort()) {
  try {
    results[file] = await run(file);
  } catch (e) {
    results[file] = { state: 'error', completed: [], endEvents: [], error: String(e?.message ?? e) };
  }
  process.stderr.write(`${file}: ${results[file].state}\n`);
}
writeFileSync(join(here, 'bpmn-engine-results.json'), JSON.stringify(results, null, 2) + '\n');
