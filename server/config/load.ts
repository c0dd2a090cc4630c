import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Rule } from '../engine/types';
import { ConfigError } from './errors';
import { configText } from './messages';
import { parseConfigText } from './parseFile';
import { ConfigReadError, mayRead, readConfigText } from './readLimited';
import type { ConfigFileContent, ResolvedConfig, RuleEntry, RuleSetting } from './types';
import { isInstalledPackageFile, isPackageSpec, resolvePackageConfig } from './sharedConfig';
import { validateConfig } from './validate';

/** Config file names, in the order they win when one folder holds several. */
export const CONFIG_FILE_NAMES = ['.caolintrc.json', '.caolintrc.yaml', '.caolintrc.yml', 'caolint.config.json'] as const;

export interface LoadOptions {
  /** Use this file (and what it extends) instead of searching the folders. */
  configFile?: string;
  /** The rule catalogue to validate against: passed in by the face (config sits below the catalogue). */
  rules: readonly Rule[];
  /**
   * Project folders (the editor's workspace folders, the CLI's working folder). `extends` may name
   * files inside these, inside the folder of the farthest config file found for the draft (or of
   * `configFile`), or the user's home config (`~/.caolintrc.*`, `~/.config/caolint/`); nothing else.
   */
  roots?: readonly string[];
  /**
   * `configFile` comes from a setting a workspace may write (the editor's `caolint.configFile`), so
   * it must lie inside `roots` or be the user's home config, like an `extends` target. The CLI's
   * `--config` is the user's own choice and is not confined.
   */
  confineConfigFile?: boolean;
}

export function emptyConfig(): ResolvedConfig {
  return { rules: {} };
}

function normaliseEntry(entry: RuleEntry): RuleSetting {
  if (entry === 'off') return { enabled: false };
  if (typeof entry === 'string') return { enabled: true, severity: entry };
  const setting: RuleSetting = {};
  if (entry.enabled !== undefined) setting.enabled = entry.enabled;
  if (entry.severity !== undefined) setting.severity = entry.severity;
  if (entry.options !== undefined) setting.options = { ...entry.options };
  return setting;
}

/** A validated file's content as a ResolvedConfig (without what it extends); `file` is where it was read, the base of its `set`. */
export function toResolved(content: ConfigFileContent, file?: string): ResolvedConfig {
  const config: ResolvedConfig = { rules: {} };
  for (const [id, entry] of Object.entries(content.rules ?? {})) config.rules[id] = normaliseEntry(entry);
  if (content.locale) config.locale = content.locale;
  if (content.limits) config.limits = { ...content.limits };
  if (content.docsBaseUrl) config.docsBaseUrl = content.docsBaseUrl;
  if (content.set !== undefined && file !== undefined)
    config.set = { base: dirname(resolve(file)), files: content.set === 'folder' ? 'folder' : [...content.set] };
  return config;
}

/**
 * `b` over `a`: per rule, b's enabled/severity replace a's and options merge key by key; b's
 * locale replaces a's. Neither input is changed.
 */
export function mergeConfig(a: ResolvedConfig, b: ResolvedConfig): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const id of new Set([...Object.keys(a.rules), ...Object.keys(b.rules)])) {
    const lower = a.rules[id] ?? {};
    const upper = b.rules[id] ?? {};
    const merged: RuleSetting = { ...lower, ...upper };
    if (lower.options || upper.options) merged.options = { ...lower.options, ...upper.options };
    rules[id] = merged;
  }
  const merged: ResolvedConfig = { rules };
  const locale = b.locale ?? a.locale;
  if (locale) merged.locale = locale;
  if (a.limits || b.limits) merged.limits = { ...a.limits, ...b.limits };
  const docsBaseUrl = b.docsBaseUrl ?? a.docsBaseUrl;
  if (docsBaseUrl) merged.docsBaseUrl = docsBaseUrl;
  // A set is declared whole by one file: the nearest declaration replaces a farther one, never merges with it.
  const set = b.set ?? a.set;
  if (set) merged.set = set;
  return merged;
}

interface CachedFile {
  stamp: string;
  content: ConfigFileContent;
}

// Parsed files per rule catalogue and path, invalidated by mtime and size (the language server
// keeps running while files change).
const caches = new WeakMap<readonly Rule[], Map<string, CachedFile>>();

function cacheFor(rules: readonly Rule[]): Map<string, CachedFile> {
  let byPath = caches.get(rules);
  if (!byPath) {
    byPath = new Map();
    caches.set(rules, byPath);
  }
  return byPath;
}

function stampOf(file: string): string {
  const s = statSync(file);
  return `${s.mtimeMs}:${s.size}`;
}

/** Reads, parses and validates one config file (not following `extends`). Throws ConfigError. */
export function readConfigFile(file: string, rules: readonly Rule[]): ConfigFileContent {
  const path = resolve(file);
  let stamp: string;
  try {
    stamp = stampOf(path);
  } catch {
    throw new ConfigError({ file: path }, configText('notFound'));
  }
  const byPath = cacheFor(rules);
  const hit = byPath.get(path);
  if (hit && hit.stamp === stamp) return hit.content;
  let text: string;
  try {
    text = readConfigText(path);
  } catch (error) {
    if (error instanceof ConfigReadError) throw new ConfigError({ file: path }, error.localized);
    throw error;
  }
  const content = validateConfig(parseConfigText(text, path), rules, path);
  byPath.set(path, { stamp, content });
  return content;
}

function extendsOf(content: ConfigFileContent): string[] {
  if (content.extends === undefined) return [];
  return typeof content.extends === 'string' ? [content.extends] : content.extends;
}

const CONFIG_KEYS = ['$schema', 'root', 'extends', 'locale', 'docsBaseUrl', 'rules', 'set'];
const CONFIG_EXTENSION = /\.(json|ya?ml)$/i;

/**
 * An extended file that is no caolint config (a workflow, package.json, a compose file) is refused
 * as a whole by the file that extends it, rather than having its key names listed as unknown settings.
 */
function readExtendedFile(path: string, target: string, from: string, rules: readonly Rule[]): ConfigFileContent {
  if (!CONFIG_EXTENSION.test(path)) {
    throw new ConfigError({ file: from, keyPath: 'extends' }, configText('extendsNotConfigExt', { target }));
  }
  let text: string;
  try {
    text = readConfigText(path);
  } catch (error) {
    if (error instanceof ConfigReadError)
      throw new ConfigError({ file: from, keyPath: 'extends' }, configText('extendsRead', { target, reason: error.localized }));
    throw error;
  }
  const value = parseConfigText(text, path);
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const keys = isObject ? Object.keys(value) : [];
  if (!isObject || (keys.length > 0 && !keys.some((key) => CONFIG_KEYS.includes(key)))) {
    throw new ConfigError({ file: from, keyPath: 'extends' }, configText('extendsNotConfigKeys', { target }));
  }
  return readConfigFile(path, rules);
}

/** One file with everything it extends merged beneath it; `files` lists every file read. */
function loadWithExtends(
  file: string,
  rules: readonly Rule[],
  chain: string[],
  files: string[],
  roots: readonly string[],
  content: ConfigFileContent = readConfigFile(resolve(file), rules),
): { config: ResolvedConfig; root: boolean } {
  const path = resolve(file);
  files.push(path);
  let config = emptyConfig();
  for (const target of extendsOf(content)) {
    let base = resolve(dirname(path), target);
    // Where the extended file may extend further: the project, plus the package it comes from.
    let innerRoots = roots;
    let fromPackage = false;
    // A path that exists wins over a package of the same name (a folder `caolint-config-x/` in the project).
    if (isPackageSpec(target) && !existsSync(base)) {
      const found = resolvePackageConfig(target, dirname(path));
      if (found.kind === 'missing') {
        throw new ConfigError({ file: path, keyPath: 'extends' }, configText('extendsPackageMissing', { name: found.name }));
      }
      base = found.file;
      innerRoots = [...roots, found.packageDir];
      fromPackage = isInstalledPackageFile(base);
    }
    if (chain.includes(base) || base === path)
      throw new ConfigError({ file: path, keyPath: 'extends' }, configText('extendsCircular', { chain: [...chain, path, base].join(' -> ') }));
    if (!existsSync(base)) throw new ConfigError({ file: path, keyPath: 'extends' }, configText('extendsMissing', { target }));
    if (!fromPackage && !mayRead(base, roots)) {
      throw new ConfigError({ file: path, keyPath: 'extends' }, configText('extendsOutside', { target }));
    }
    const extended = readExtendedFile(base, target, path, rules);
    config = mergeConfig(config, loadWithExtends(base, rules, [...chain, path], files, innerRoots, extended).config);
  }
  return { config: mergeConfig(config, toResolved(content, path)), root: content.root === true };
}

/** The config file a folder holds, if any (first of CONFIG_FILE_NAMES). */
export function configFileIn(dir: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Config files from the linted file's folder upwards, nearest first, up to one with `"root": true`. */
function cascade(filePath: string, rules: readonly Rule[]): string[] {
  const found: string[] = [];
  let dir = dirname(resolve(filePath));
  for (;;) {
    const file = configFileIn(dir);
    if (file) {
      found.push(file);
      if (readConfigFile(file, rules).root === true) break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return found;
}

function load(filePath: string, opts: LoadOptions, files: string[]): ResolvedConfig {
  const rules = opts.rules;
  const roots = (opts.roots ?? []).map((root) => resolve(root));
  if (opts.configFile) {
    const configFile = resolve(opts.configFile);
    if (opts.confineConfigFile && existsSync(configFile) && !mayRead(configFile, roots)) {
      throw new ConfigError({ file: configFile }, configText('configFileOutside'));
    }
    return loadWithExtends(configFile, rules, [], files, [...roots, dirname(configFile)]).config;
  }
  const found = cascade(filePath, rules);
  // The folder tree of the config files found: the farthest one's folder holds them all.
  const tree = found.length > 0 ? [dirname(found[found.length - 1])] : [];
  let config = emptyConfig();
  for (const file of found.reverse()) config = mergeConfig(config, loadWithExtends(file, rules, [], files, [...roots, ...tree]).config);
  return config;
}

/**
 * The configuration for a Markdown file: the config files from its folder upwards (nearest wins,
 * up to `"root": true`), each over what it extends; or only `opts.configFile` when given.
 * Front matter is applied separately (configForDocument), because editors lint unsaved text.
 * Throws ConfigError.
 */
export function loadConfigForFile(filePath: string, opts: LoadOptions): ResolvedConfig {
  return load(filePath, opts, []);
}

/**
 * Every config file that shapes the configuration of `filePath`, including extended ones, so a
 * caller can watch them. Files that cannot be parsed are still listed.
 */
export function configFilesFor(filePath: string, opts: LoadOptions): string[] {
  const files: string[] = [];
  try {
    load(filePath, opts, files);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    if (!files.includes(error.file)) files.push(error.file);
  }
  return [...new Set(files)];
}
