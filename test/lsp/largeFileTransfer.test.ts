import * as assert from 'node:assert/strict';
import { FileAssembly, fileMessages, type FileHead, type FilePart } from '../../server/src/lsp/largeFileTransfer';
import type { DocumentSymbols } from '../../server/src/core/references';
import type { Finding } from '../../server/src/core';

describe('a large file crosses between threads in small parts', () => {
  const items = Array.from({ length: 450 }, (_, n) => ({ id: `item-${n}`, owner: 'bo', tags: Array.from({ length: n === 7 ? 300 : 2 }, (__, t) => t) }));
  const value = { kind: 'Roadmap', metadata: { id: 'r' }, spec: { items, themes: [{ id: 't', needs: Array.from({ length: 205 }, (_, n) => `need-${n}`) }] } };
  Object.defineProperty(value.metadata, '__proto__', { value: { polluted: true }, enumerable: true });
  const symbols: DocumentSymbols = {
    definitions: items.map((item, n) => ({ kind: 'item' as const, id: item.id, uri: 'file:///r.roadmap.yaml', path: ['spec', 'items', n, 'id'], entry: item })),
    references: items.map((_, n) => ({ kind: 'member' as const, id: 'bo', uri: 'file:///r.roadmap.yaml', path: ['spec', 'items', n, 'owner'] })),
  };
  const findings: Finding[] = Array.from({ length: 401 }, (_, n) => ({ code: 'schema/enum', severity: 'error', message: `m${n}`, range: { start: n, end: n + 1 } }));
  const head = {
    uri: 'file:///r.roadmap.yaml',
    fileName: '/r.roadmap.yaml',
    text: 'text',
    kind: 'Roadmap' as const,
    value,
    parseFindings: [],
    documentFindings: findings.slice(0, 1),
  };

  it('sends long lists in parts of 200 entries (an entry of a list goes whole), and puts the file together as it was', () => {
    const messages = fileMessages(head, symbols, findings);
    const longest = (x: unknown): number =>
      Array.isArray(x) ? Math.max(x.length, ...x.map(longest)) : x && typeof x === 'object' ? Math.max(0, ...Object.values(x).map(longest)) : 0;
    // An entry of a long list goes whole: the one item with 300 tags is the only longer list.
    assert.equal(Math.max(...messages.map((message) => longest(message === messages[0] ? (message as FileHead).skeleton : message))), 300);
    assert.equal(messages.filter((message) => message.type === 'values').length, 3 + 2);

    const assembly = new FileAssembly(messages[0] as FileHead);
    const parts = messages.slice(1) as FilePart[];
    for (const part of parts.slice(0, -1)) assert.equal(assembly.add(part), undefined);
    const file = assembly.add(parts[parts.length - 1]);
    assert.ok(file);
    assert.deepEqual(file.value, value);
    assert.deepEqual(Object.getPrototypeOf(file.value.metadata), Object.prototype, 'a key named __proto__ stays data');
    assert.deepEqual(file.findings, findings);
    assert.deepEqual(file.symbols.references, symbols.references);
    assert.equal(file.symbols.definitions.length, 450);
    // Each definition's entry is the item in the value put together, not a copy.
    const rebuilt = file.value.spec.items;
    file.symbols.definitions.forEach((definition, n) => assert.equal(definition.entry, rebuilt[n]));
  });
});
