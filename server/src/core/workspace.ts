import { DEFAULT_CONFIG, isIncluded, readConfig, type ProductSpecsConfig } from './config';
import { CONFIG_FILE_NAME } from './kinds';
import { lintDocument } from './linter';
import { path } from './platform/fileNames';
import { releaseTree } from './yaml/parse';
import { analyzeDocument, type AnalyzeOptions, type SpecDocument } from './specDocument';
import type { DocumentSymbols } from './references';
import type { Finding } from './types';
import { WorkspaceIndex } from './workspaceIndex';

export interface WorkspaceOptions {
  /** The date hints treat as today (YYYY-MM-DD); a configuration's `today` wins; default: the real date. */
  readonly today?: string;
}

/** A document to add: `fileName` is its file system path, used for the kind by name and for configuration globs. */
export type DocumentInput = AnalyzeOptions;

interface ConfigEntry {
  readonly folder: string;
  readonly config: ProductSpecsConfig;
}

/**
 * The spec files of one workspace, kept up to date as they change. Each document is parsed once per
 * version; findings are cached and recomputed only when the document, the configuration, or what
 * other files contribute to the index changed.
 */
export class Workspace {
  readonly index = new WorkspaceIndex();
  private readonly configs = new Map<string, ConfigEntry>();
  private readonly cache = new Map<string, { generation: number; findings: Finding[] }>();
  /** Bumped whenever a change can alter other documents' findings. */
  private generation = 0;

  constructor(private readonly options: WorkspaceOptions = {}) {}

  /** Adds or replaces a document. Returns the uris whose findings may have changed. */
  update(input: DocumentInput): string[] {
    const doc = analyzeDocument({ ...input, previous: input.previous ?? this.index.document(input.uri) });
    this.cache.delete(doc.uri);
    if (doc.kind === 'Config') {
      this.configs.set(doc.uri, { folder: path.dirname(doc.fileName), config: readConfig(doc).config });
      this.index.set(doc);
      return this.bumpAll();
    }
    if (!isIncluded(this.configFor(doc.fileName), this.relativeToConfig(doc.fileName))) {
      return this.remove(doc.uri).concat(doc.uri);
    }
    return this.index.set(doc) ? this.bumpAll() : [doc.uri];
  }

  /**
   * Adds a document analyzed elsewhere, such as another thread's file known only by its value.
   * Configuration and `include`/`exclude` were applied where it was analyzed.
   */
  adopt(doc: SpecDocument): void {
    this.cache.delete(doc.uri);
    this.index.set(doc);
    this.generation++;
  }

  /**
   * Adds a document checked on another thread, with its symbols. Its `findings` are kept as its
   * findings until something changes again; `seedFindings` says they hold for the workspace as it is now.
   */
  adoptChecked(doc: SpecDocument, symbols: DocumentSymbols): void {
    this.cache.delete(doc.uri);
    this.index.set(doc, symbols);
    this.generation++;
  }

  /** Takes findings computed elsewhere (on another thread, over the same files) as a document's findings now. */
  seedFindings(uri: string, findings: Finding[]): void {
    if (this.index.document(uri)) this.cache.set(uri, { generation: this.generation, findings });
  }

  /** Frees the node tree of a document no editor shows; it is rebuilt from the text when needed. */
  releaseTree(uri: string): void {
    const doc = this.index.document(uri);
    if (doc) releaseTree(doc.parsed);
  }

  /** Forgets a document. Returns the uris whose findings may have changed. */
  remove(uri: string): string[] {
    this.cache.delete(uri);
    const wasConfig = this.configs.delete(uri);
    return this.index.delete(uri) || wasConfig ? this.bumpAll() : [];
  }

  document(uri: string): SpecDocument | undefined {
    return this.index.document(uri);
  }

  uris(): string[] {
    return this.index.documents().map((doc) => doc.uri);
  }

  /** The findings of one document, from cache when nothing it depends on changed. */
  findings(uri: string): Finding[] {
    const doc = this.index.document(uri);
    if (!doc) return [];
    const cached = this.cache.get(uri);
    if (cached && cached.generation === this.generation) return cached.findings;
    const config = doc.kind === 'Config' ? DEFAULT_CONFIG : this.configFor(doc.fileName);
    const findings = lintDocument(doc, { config, today: this.today(config), index: this.index });
    this.cache.set(uri, { generation: this.generation, findings });
    return findings;
  }

  /** The configuration that applies to a file: the nearest `.productspecs.yaml` in its folder or above. */
  configFor(fileName: string): ProductSpecsConfig {
    return this.nearestConfig(fileName)?.config ?? DEFAULT_CONFIG;
  }

  /** The `.productspecs.yaml` whose `include`/`exclude` leave a spec file out, or undefined when the file is checked. */
  excludedBy(fileName: string): string | undefined {
    const nearest = this.nearestConfig(fileName);
    if (!nearest || isIncluded(nearest.config, this.relativeToConfig(fileName))) return undefined;
    return path.join(nearest.folder, CONFIG_FILE_NAME);
  }

  today(config: ProductSpecsConfig = DEFAULT_CONFIG): string {
    return config.today ?? this.options.today ?? new Date().toISOString().slice(0, 10);
  }

  private nearestConfig(fileName: string): ConfigEntry | undefined {
    let best: ConfigEntry | undefined;
    for (const entry of this.configs.values()) {
      const relative = path.relative(entry.folder, fileName);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!best || entry.folder.length > best.folder.length) best = entry;
    }
    return best;
  }

  private relativeToConfig(fileName: string): string {
    const folder = this.nearestConfig(fileName)?.folder ?? path.dirname(fileName);
    return path.relative(folder, fileName).split(path.sep).join('/');
  }

  private bumpAll(): string[] {
    this.generation++;
    return this.uris();
  }
}

export { CONFIG_FILE_NAME };
