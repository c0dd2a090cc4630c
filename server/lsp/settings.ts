import type { Connection } from 'vscode-languageserver';
import type { Locale, Severity } from '../engine/types';
import type { RuleSetting } from '../config/types';

/** The `caolint.*` settings as the server uses them, after validation. */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  locale: 'auto' | Locale;
  rules: Record<string, RuleSetting>;
  configFile: string | null;
  /** Glob patterns (gitignore syntax, relative to the workspace folder): when any is given, only matching drafts are linted. */
  include: string[];
  /** Glob patterns (gitignore syntax, relative to the workspace folder) not linted, on top of `.caolintignore`. */
  exclude: string[];
}

export const defaultSettings: Settings = { enable: true, run: 'onType', locale: 'auto', rules: {}, configFile: null, include: [], exclude: [] };

/** A list of glob patterns as the user wrote it; anything that is not a non-empty string is left out. */
function readGlobs(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

const severities: readonly string[] = ['error', 'warning', 'info'];

/**
 * One rule's override as a user may write it in `caolint.rules`, as in a config file:
 * `"off"`, `false`, `"warning"`, `true` or `{ "enabled": true, "severity": "info", "options": {...} }`.
 * Returns null for anything else, so a typo never breaks linting.
 */
export function readRuleSetting(value: unknown): RuleSetting | null {
  if (value === 'off' || value === false) return { enabled: false };
  if (value === true || value === 'on') return { enabled: true };
  if (typeof value === 'string' && severities.includes(value)) return { enabled: true, severity: value as Severity };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  const setting: RuleSetting = {};
  if (typeof raw.enabled === 'boolean') setting.enabled = raw.enabled;
  if (raw.severity === 'off') setting.enabled = false;
  else if (typeof raw.severity === 'string' && severities.includes(raw.severity)) setting.severity = raw.severity as Severity;
  if (typeof raw.options === 'object' && raw.options !== null && !Array.isArray(raw.options)) {
    const options: Record<string, number | boolean | string> = {};
    for (const [key, option] of Object.entries(raw.options as Record<string, unknown>)) {
      if (typeof option === 'number' || typeof option === 'boolean' || typeof option === 'string') options[key] = option;
    }
    setting.options = options;
  }
  return setting;
}

/** Validates what the client sent for the `caolint` section; unknown or malformed values fall back to defaults. */
export function readSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...defaultSettings };
  const raw = value as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (typeof raw.rules === 'object' && raw.rules !== null && !Array.isArray(raw.rules)) {
    for (const [id, entry] of Object.entries(raw.rules as Record<string, unknown>)) {
      const setting = readRuleSetting(entry);
      if (setting) rules[id] = setting;
    }
  }
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : defaultSettings.enable,
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    locale: raw.locale === 'nl' || raw.locale === 'en' ? raw.locale : 'auto',
    rules,
    configFile: typeof raw.configFile === 'string' && raw.configFile.trim() !== '' ? raw.configFile.trim() : null,
    include: readGlobs(raw.include),
    exclude: readGlobs(raw.exclude),
  };
}

/** The locale a client announces in `initialize` ("nl", "nl-BE", "en-US") mapped to caolint's two languages. */
export function clientLocale(announced: string | undefined): Locale | undefined {
  if (!announced) return undefined;
  return announced.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * Settings per document, pulled from the client with workspace/configuration (scoped to the document,
 * so folder settings apply) and cached until the client says they changed.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  private pushed: Settings = { ...defaultSettings };

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'caolint' }).then(readSettings, (error: unknown) => {
        this.connection.console.error(`caolint: cannot read settings: ${String(error)}`);
        return { ...defaultSettings };
      });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: forget what was pulled; keep what was pushed for clients that push. */
  changed(pushedValue: unknown): void {
    this.cache.clear();
    if (typeof pushedValue === 'object' && pushedValue !== null && 'caolint' in pushedValue) {
      this.pushed = readSettings((pushedValue as { caolint: unknown }).caolint);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
