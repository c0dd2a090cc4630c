import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Localized, Rule } from '../engine/types';
import { ConfigError } from './errors';
import { configText, joinLocalized, typeWord, verbatim } from './messages';
import { buildConfigSchema } from './schema';
import type { ConfigFileContent } from './types';

const validators = new WeakMap<readonly Rule[], ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(buildConfigSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

/** Turns one ajv error into "key.path must be ..." wording, in both languages. */
function describe(error: ErrorObject, prefix: string): Localized | null {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = [prefix, ...segments].filter(Boolean).join('.');
  const subject = path === '' ? configText('theConfiguration') : path;
  switch (error.keyword) {
    case 'if':
      return null; // always accompanied by the error of the branch taken
    case 'type': {
      if (segments.length === 2 && segments[0] === 'rules') return configText('ruleEntryType', { subject });
      if (segments.length === 1 && segments[0] === 'extends') return configText('extendsType', { subject });
      const types = ([] as string[]).concat(error.params.type as string | string[]);
      return configText('mustBeType', {
        subject,
        types: joinLocalized(types.map(typeWord), { nl: ` ${configText('or').nl} `, en: ` ${configText('or').en} ` }),
      });
    }
    case 'enum':
      return configText('mustBeOneOf', { subject, values: (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') });
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const where = segments.at(-1) === 'options' ? configText('optionsOf', { rule: segments[1], known: knownOptions(error) }) : '';
      return configText('unknownSetting', { key: path === '' ? key : `${path}.${key}`, where });
    }
    case 'pattern':
      // The only pattern in the schema is docsBaseUrl's.
      return configText('webAddress', { subject });
    case 'minimum':
      return configText('atLeast', { subject, limit: String(error.params.limit) });
    case 'maximum':
      return configText('atMost', { subject, limit: String(error.params.limit) });
    default:
      // Rare keywords keep ajv's own (English) words.
      return configText('other', { subject, message: error.message ?? 'is invalid' });
  }
}

function knownOptions(error: ErrorObject): Localized {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const names = Object.keys(properties);
  return names.length ? verbatim(names.join(', ')) : configText('none');
}

/**
 * Checks a parsed config object against the schema derived from `rules`. Unknown rule ids are
 * reported together, by name; every other problem by key path. `prefix` is put before key paths
 * (`caolint` for front matter). Throws ConfigError; returns the value typed on success.
 */
export function validateConfig(value: unknown, rules: readonly Rule[], file: string, prefix = ''): ConfigFileContent {
  const at = (keyPath: string): string => [prefix, keyPath].filter(Boolean).join('.');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError({ file, keyPath: prefix }, configText('mustBeObject', { subject: prefix || configText('theConfiguration') }));
  }
  const ruleMap = (value as { rules?: unknown }).rules;
  if (typeof ruleMap === 'object' && ruleMap !== null && !Array.isArray(ruleMap)) {
    const known = new Set(rules.map((r) => r.meta.id));
    const unknown = Object.keys(ruleMap).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ConfigError(
        { file, keyPath: at(`rules.${unknown[0]}`) },
        configText('unknownRules', { at: at('rules'), s: unknown.length > 1 ? 's' : '', ids: unknown.map((id) => `'${id}'`).join(', ') }),
      );
    }
  }
  const validate = validatorFor(rules);
  if (!validate(value)) {
    // The same problem reported by several schema branches is said once.
    const described = (validate.errors ?? []).map((e) => describe(e, prefix)).filter((m): m is Localized => m !== null);
    const messages = [...new Map(described.map((m) => [m.en, m])).values()];
    const first = validate.errors?.[0];
    throw new ConfigError({ file, keyPath: first ? at(first.instancePath.split('/').slice(1).join('.')) : prefix }, joinLocalized(messages, '; '));
  }
  return value as ConfigFileContent;
}
