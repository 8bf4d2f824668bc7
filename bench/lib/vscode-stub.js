'use strict';
// A stand-in for the `vscode` module, enough for the extension to load and activate outside the editor.
// Everything not spelled out is a "whatever" proxy: callable, constructible, and made of more proxies.

function whatever(name) {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === 'prototype') return t.prototype;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'toString' || prop === 'toJSON') return () => name;
      if (typeof prop === 'symbol') return undefined;
      if (!cache.has(prop)) cache.set(prop, whatever(`${name}.${prop}`));
      return cache.get(prop);
    },
    set(_target, prop, value) {
      cache.set(prop, value);
      return true;
    },
    apply: () => whatever(`${name}()`),
    construct: () => whatever(`new ${name}`),
  });
}

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((item) => item && item.dispose && item.dispose()));
  }
  dispose() {
    if (this.fn) this.fn();
  }
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return new Disposable(() => {});
    };
  }
  fire(value) {
    this.listeners.forEach((listener) => listener(value));
  }
  dispose() {}
}

const event = () => new Disposable(() => {});
const configuration = { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} };

const outputChannel = (name) => ({
  name,
  append() {},
  appendLine() {},
  replace() {},
  clear() {},
  show() {},
  hide() {},
  dispose() {},
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  logLevel: 3,
  onDidChangeLogLevel: event,
});

const explicit = {
  version: '1.96.0',
  Disposable,
  EventEmitter,
  env: { appName: 'Visual Studio Code', language: 'en', machineId: 'bench', sessionId: 'bench', uiKind: 1, appRoot: '' },
  workspace: {
    workspaceFolders: undefined,
    textDocuments: [],
    getConfiguration: () => configuration,
    onDidChangeConfiguration: event,
    onDidOpenTextDocument: event,
    onDidCloseTextDocument: event,
    onDidChangeTextDocument: event,
    onDidSaveTextDocument: event,
    onDidChangeWorkspaceFolders: event,
    createFileSystemWatcher: () => ({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose() {} }),
  },
  window: {
    createOutputChannel: outputChannel,
    activeTextEditor: undefined,
    visibleTextEditors: [],
    onDidChangeActiveTextEditor: event,
    onDidChangeVisibleTextEditors: event,
  },
  commands: { registerCommand: () => new Disposable(() => {}), executeCommand: async () => undefined },
  languages: { createDiagnosticCollection: () => whatever('diagnostics'), match: () => 0 },
  extensions: { all: [], getExtension: () => undefined },
};

/** An object with some members spelled out; every other member is a "whatever" proxy. */
function withFallback(explicitMembers, name) {
  const base = whatever(name);
  return new Proxy(explicitMembers, { get: (t, prop) => (prop in t ? t[prop] : base[prop]) });
}

// The bundle reads `vscode` through esbuild's ES-module wrapper, which copies the module's own keys: so every
// name the API declares is an own key here, a "whatever" proxy unless spelled out above.
const fs = require('node:fs');
const path = require('node:path');
let names = [];
try {
  const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [path.resolve(__dirname, '..', '..')] }), 'utf8');
  names = [...declarations.matchAll(/^\texport (?:namespace|class|enum|const|function|let|var) (\w+)/gm)].map((m) => m[1]);
} catch {
  // without the declarations only the names above exist
}
const api = {};
for (const name of new Set([...names, ...Object.keys(explicit)])) {
  const value = explicit[name];
  if (value === undefined) api[name] = whatever(`vscode.${name}`);
  else if (value && typeof value === 'object' && !Array.isArray(value)) api[name] = withFallback(value, `vscode.${name}`);
  else api[name] = value;
}
module.exports = api;
