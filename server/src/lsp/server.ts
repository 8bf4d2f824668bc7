import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, declaresProductSpec, isSpecFileName, Workspace } from '../core';
import { path, uriToPath } from '../core/platform/fileNames';
import { guardedConnection } from './guard';
import type { ServerHost } from './host';
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
  let folders: string[] = [];
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canReadConfiguration = false;
  let canWatchFiles = false;
  let canFollowFolders = false;

  const log = (message: string): void => connection.console.log(message);

  const publisher = new DiagnosticsPublisher(connection, workspace, documents);
  /** The first uri (the file that changed) is published at once, the files it affects soon after. */
  const publish = (uris: readonly string[]): void => {
    publisher.now(uris.slice(0, 1));
    publisher.later(uris.slice(1));
  };

  const load = (uri: string, text: string, version?: number): string[] =>
    workspace.update({ uri, fileName: uriToPath(uri), text, version, maxFileSize: settings.maxFileSizeMb * 1024 * 1024 });

  /** Checks the newest version of an open document and publishes every file the change affects. */
  const validateOpen = (uri: string): void => {
    timers.delete(uri);
    const open = documents.get(uri);
    if (!open) return;
    const known = workspace.document(uri);
    if (known && known.version === open.version && known.parsed.text === open.getText()) return;
    const affected = load(uri, open.getText(), open.version);
    publish([uri, ...affected.filter((other) => other !== uri)]);
  };

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    // Even without a delay, wait for the changes already received, so a burst is checked once.
    timers.set(uri, setTimeout(() => guard(`validating ${uri}`, () => validateOpen(uri)), delay));
  };

  const reportFailure = (what: string, error: unknown): void =>
    connection.console.error(`Product Specs: failed ${what}: ${(error as Error).stack ?? String(error)}`);
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
    const text = await host.files.read(uri);
    if (documents.get(uri)) return []; // opened meanwhile: the editor's text wins
    return text === undefined ? workspace.remove(uri).concat(uri) : loadUnopened(uri, text);
  };

  const scan = async (): Promise<void> => {
    const started = Date.now();
    const files = await host.files.list(folders);
    // Configuration first, so every spec is checked under its configuration from the start.
    const isConfig = (uri: string): boolean => uri.endsWith(`/${CONFIG_FILE_NAME}`);
    files.sort((a, b) => Number(isConfig(b.uri)) - Number(isConfig(a.uri)));
    const slice = new TimeSlice();
    for (const { uri, text } of files) {
      if (slice.over) await slice.next();
      if (!documents.get(uri)) await guardAsync(`reading ${uri}`, async () => (text === undefined ? loadFromDisk(uri) : loadUnopened(uri, text)));
    }
    // Reading parsed every file and dropped each tree; checking parses again the files with findings.
    // Collecting after each phase hands that memory back before the next one and before files are opened.
    host.collectGarbage();
    publisher.later(workspace.uris());
    await publisher.whenIdle();
    host.collectGarbage();
    log(`Product Specs: checked ${files.length} spec files in ${Date.now() - started} ms.`);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri));
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)];
    canReadConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: Object.assign(
        {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        ...FEATURES.map((feature) => feature.capabilities),
      ),
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

  documents.onDidOpen((event) => guard('opening', () => isSpec(event.document) && validateOpen(event.document.uri)));
  documents.onDidChangeContent((event) => {
    if (workspace.document(event.document.uri)) schedule(event.document.uri, settings.validationDelay);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    void guardAsync('closing', async () => {
      const text = inWorkspace(uriToPath(uri)) ? await host.files.read(uri) : undefined;
      if (documents.get(uri)) return; // opened again meanwhile
      if (text !== undefined) {
        publish([uri, ...loadUnopened(uri, text).filter((other) => other !== uri)]);
      } else {
        publish([uri, ...workspace.remove(uri)]);
      }
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    void guardAsync('following file changes', async () => {
      const affected = new Set<string>();
      for (const change of params.changes) {
        if (documents.get(change.uri)) continue; // the editor's text wins over the disk
        if (change.type === FileChangeType.Deleted) {
          workspace.remove(change.uri).forEach((uri) => affected.add(uri));
          affected.add(change.uri);
        } else {
          const text = await host.files.read(change.uri);
          if (documents.get(change.uri)) continue; // opened meanwhile
          if (text !== undefined) loadUnopened(change.uri, text).forEach((uri) => affected.add(uri));
          else if (workspace.document(change.uri)) workspace.remove(change.uri).concat(change.uri).forEach((uri) => affected.add(uri));
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
    publish: (uris) => publisher.now(uris),
    log,
  };
  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
