import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, declaresProductSpec, isSpecFileName, Workspace, type Finding } from '../core';
import { canonicalUri, path, uriToPath } from '../core/platform/fileNames';
import { parsedWithoutTree } from '../core/yaml/parse';
import { guardedConnection } from './guard';
import type { FileToCheck, ServerHost } from './host';
import type { AssembledFile, GoneFile } from './largeFileTransfer';
import { TimeSlice } from './timeSlice';
import { DiagnosticsPublisher } from './publisher';
import type { ServerContext } from './features/feature';
import { FEATURES } from './features';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';

/** The Product Specs language server: thin glue between the protocol and the engine's workspace. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The open documents by the URI VS Code writes for their file, to the URI their editor sent. */
  const openFiles = new Map<string, string>();
  let folders: string[] = [];
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canReadConfiguration = false;
  let canWatchFiles = false;
  let canFollowFolders = false;

  const log = (message: string): void => connection.console.log(message);

  const publisher = new DiagnosticsPublisher(connection, workspace, documents);
  /** The first uri (the file that changed) is published at once, the files it affects soon after. */
  const publish = (uris: readonly string[]): void => {
    void publisher.now(uris.slice(0, 1)); // never rejects
    publisher.later(uris.slice(1));
  };

  const load = (uri: string, text: string, version?: number): string[] =>
    workspace.update({ uri, fileName: uriToPath(uri), text, version, maxFileSize: settings.maxFileSizeMb * 1024 * 1024 });

  /** Checks the newest version of an open document and publishes every file the change affects. */
  const validateOpen = (uri: string): void => {
    timers.delete(uri);
    const open = documents.get(uri);
    if (!open) return;
    if (!isSpec(open)) {
      // No longer a spec (its apiVersion line was removed): its diagnostics are cleared and it leaves the index.
      if (workspace.document(uri)) publish([uri, ...workspace.remove(uri).filter((other) => other !== uri)]);
      return;
    }
    const known = workspace.document(uri);
    if (known && known.version === open.version && known.parsed.text === open.getText()) return;
    const affected = load(uri, open.getText(), open.version);
    publish([uri, ...affected.filter((other) => other !== uri)]);
  };

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    // Even without a delay, wait for the changes already received, so a burst is checked once.
    timers.set(
      uri,
      setTimeout(() => guard(`validating ${uri}`, () => validateOpen(uri)), delay),
    );
  };

  const reportFailure = (what: string, error: unknown): void => connection.console.error(`Product Specs: failed ${what}: ${(error as Error).stack ?? String(error)}`);
  const guard = (what: string, action: () => void): void => {
    try {
      action();
    } catch (error) {
      reportFailure(what, error);
    }
  };
  const guardAsync = (what: string, action: () => Promise<unknown>): Promise<void> =>
    action().then(
      () => undefined,
      (error: unknown) => reportFailure(what, error),
    );

  const inWorkspace = (fileName: string): boolean =>
    folders.some((folder) => {
      const relative = path.relative(folder, fileName);
      return !relative.startsWith('..') && !path.isAbsolute(relative);
    });

  /** Loads the text of a file no editor shows: it keeps its text and value; its node tree is rebuilt only if needed. */
  const loadUnopened = (uri: string, text: string): string[] => {
    const affected = load(uri, text);
    workspace.releaseTree(uri);
    return affected;
  };

  /** Loads a file from disk (not open in the editor), or forgets it when it is gone or no longer a spec file. */
  const loadFromDisk = async (uri: string): Promise<string[]> => {
    largeFiles.pending.delete(uri); // what is read now is newer than what another thread may still send
    const text = await host.files.read(uri);
    if (documents.get(uri)) return []; // opened meanwhile: the editor's text wins
    return text === undefined ? workspace.remove(uri).concat(uri) : loadUnopened(uri, text);
  };

  /** Large files are read and checked on another thread where the host can, so that typing in the open files never waits for them. */
  const largeFiles = {
    /** The files being read there, and those taken from there; a file opened or read here meanwhile is dropped from it. */
    pending: new Map<string, 'reading' | 'taken'>(),
    async check(files: readonly FileToCheck[]): Promise<void> {
      const elsewhere = host.largeFiles;
      if (files.length === 0 || !elsewhere) return;
      files.forEach((file) => this.pending.set(file.uri, 'reading'));
      const seeds: Array<[string, Finding[]]> = [];
      const receive = (message: AssembledFile | GoneFile): void => {
        if (this.pending.get(message.uri) !== 'reading') return;
        this.pending.set(message.uri, 'taken');
        if (message.type === 'gone') {
          workspace.remove(message.uri);
          return;
        }
        const { uri, fileName, text, kind, value, parseFindings, documentFindings, symbols, findings } = message;
        workspace.adoptChecked({ uri, fileName, version: 0, parsed: parsedWithoutTree(text, value, parseFindings), kind, findings: documentFindings }, symbols);
        seeds.push([uri, findings]);
      };
      try {
        await elsewhere.check(files, workspace, settings.maxFileSizeMb * 1024 * 1024, (message) => guard(`adopting ${message.uri}`, () => receive(message)));
      } catch (error) {
        log(`Product Specs: reading large files on another thread failed (${String(error)}); reading them here.`);
      }
      // Checked with every file in the index: their findings hold once all of them are in.
      for (const [uri, findings] of seeds) if (this.pending.get(uri) === 'taken') workspace.seedFindings(uri, findings);
      for (const file of files) if (this.pending.get(file.uri) === 'reading') await guardAsync(`reading ${file.fileName}`, () => loadFromDisk(file.uri));
      this.pending.clear();
    },
  };

  const isConfig = (uri: string): boolean => uri.endsWith(`/${CONFIG_FILE_NAME}`);

  const scan = async (): Promise<void> => {
    const started = Date.now();
    const files = await host.files.list(folders);
    // Configuration first, so every spec is checked under its configuration from the start.
    files.sort((a, b) => Number(isConfig(b.uri)) - Number(isConfig(a.uri)));
    const slice = new TimeSlice();
    const large: FileToCheck[] = [];
    for (const { uri, text } of files) {
      if (slice.over) await slice.next();
      if (openFiles.has(uri)) continue;
      if (text === undefined && !isConfig(uri) && host.largeFiles?.isLarge(uri)) large.push({ uri, fileName: uriToPath(uri) });
      else await guardAsync(`reading ${uri}`, async () => (text === undefined ? loadFromDisk(uri) : loadUnopened(uri, text)));
    }
    await largeFiles.check(large);
    publisher.later(workspace.uris());
    await publisher.whenIdle();
    const elsewhere = large.length > 0 ? ` (${large.length} large ${large.length === 1 ? 'one' : 'ones'} read on another thread)` : '';
    log(`Product Specs: checked ${files.length} spec files in ${Date.now() - started} ms${elsewhere}.`);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri));
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)];
    canReadConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: FEATURES.reduce<ServerCapabilities>((all, feature) => ({ ...all, ...feature.capabilities }), {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      }),
      serverInfo: { name: 'product-specs-language-server' },
    };
  });

  connection.onInitialized(() => {
    void (async () => {
      settings = await readSettings(connection, canReadConfiguration);
      if (canWatchFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/.productspecs.yaml' }],
        });
      }
      if (canFollowFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = event.removed.map((folder) => uriToPath(folder.uri));
          folders = folders.filter((folder) => !removed.includes(folder)).concat(event.added.map((folder) => uriToPath(folder.uri)));
          void scan();
        });
      }
      await scan();
    })().catch((error: unknown) => connection.console.error(`Product Specs: start-up failed: ${String(error)}`));
  });

  connection.onDidChangeConfiguration(() => {
    void readSettings(connection, canReadConfiguration).then((next) => {
      settings = next;
    });
  });

  /** Editors may send every YAML file; only spec files (by name or by their apiVersion) are checked. */
  const isSpec = (document: TextDocument): boolean => isSpecFileName(uriToPath(document.uri)) || declaresProductSpec(document.getText());

  documents.onDidOpen((event) => {
    guard('opening', () => {
      const uri = event.document.uri;
      const file = canonicalUri(uri);
      openFiles.set(file, uri);
      largeFiles.pending.delete(file); // the editor's text wins over what another thread reads from disk
      // A client that spells the URI differently from VS Code: the file read from disk is held once, as the open document.
      if (file !== uri && workspace.document(file)) publish([file, ...workspace.remove(file).filter((other) => other !== file)]);
      if (isSpec(event.document)) validateOpen(uri);
    });
  });
  // Also a file that becomes a spec while open, by typing its apiVersion line, and one that stops being one.
  documents.onDidChangeContent((event) => {
    if (workspace.document(event.document.uri) || isSpec(event.document)) schedule(event.document.uri, settings.validationDelay);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const file = canonicalUri(uri);
    openFiles.delete(file);
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    void guardAsync('closing', async () => {
      const text = inWorkspace(uriToPath(file)) ? await host.files.read(file) : undefined;
      if (documents.get(uri)) return; // opened again meanwhile
      // A client that spelt the URI differently: the file goes back under the URI VS Code writes.
      const removed = file !== uri ? workspace.remove(uri) : [];
      if (text !== undefined) {
        publish([uri, ...removed, ...loadUnopened(file, text).filter((other) => other !== uri)]);
      } else {
        publish([uri, ...removed, ...workspace.remove(uri)]);
      }
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    void guardAsync('following file changes', async () => {
      const affected = new Set<string>();
      for (const change of params.changes) {
        // Files not open are held under the URI VS Code writes, whatever the spelling of the event.
        const file = canonicalUri(change.uri);
        if (openFiles.has(file)) continue; // the editor's text wins over the disk
        if (change.type === FileChangeType.Deleted) {
          workspace.remove(file).forEach((uri) => affected.add(uri));
          affected.add(file);
        } else {
          largeFiles.pending.delete(file); // what is read now is newer than what another thread may still send
          const text = await host.files.read(file);
          if (openFiles.has(file)) continue; // opened meanwhile
          if (text !== undefined) loadUnopened(file, text).forEach((uri) => affected.add(uri));
          else if (workspace.document(file))
            workspace
              .remove(file)
              .concat(file)
              .forEach((uri) => affected.add(uri));
        }
      }
      publisher.later(affected);
    });
  });

  const context: ServerContext = {
    connection: guardedConnection(connection, (message) => connection.console.error(message)),
    documents,
    workspace,
    document: (uri) => {
      if (timers.has(uri)) {
        clearTimeout(timers.get(uri));
        validateOpen(uri);
      }
      return workspace.document(uri);
    },
    publish: (uris) => void publisher.now(uris),
    log,
  };
  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
