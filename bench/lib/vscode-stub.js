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
    set(t, prop, value) {
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

const base = whatever('vscode');
module.exports = new Proxy(explicit, {
  get(t, prop) {
    if (prop in t) return t[prop];
    return base[prop];
  },
});
