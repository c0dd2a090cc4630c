import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Rule } from '../engine/types';
import { ConfigError } from './errors';
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

const article = (type: string): string => (type === 'integer' || type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`);

/** Turns one ajv error into "key.path must be ..." wording. */
function describe(error: ErrorObject, prefix: string): string | null {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = [prefix, ...segments].filter(Boolean).join('.');
  const subject = path === '' ? 'the configuration' : path;
  switch (error.keyword) {
    case 'if':
      return null; // always accompanied by the error of the branch taken
    case 'type': {
      if (segments.length === 2 && segments[0] === 'rules') return `${subject} must be "off", "error", "warning", "info" or an object`;
      if (segments.length === 1 && segments[0] === 'extends') return `${subject} must be a path or a list of paths`;
      const types = ([] as string[]).concat(error.params.type as string | string[]);
      return `${subject} must be ${types.map(article).join(' or ')}`;
    }
    case 'enum':
      return `${subject} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const where = segments.at(-1) === 'options' ? ` (options of ${segments[1]}: ${knownOptions(error)})` : '';
      return `${path === '' ? key : `${path}.${key}`} is not a known setting${where}`;
    }
    case 'pattern':
      // The only pattern in the schema is docsBaseUrl's.
      return `${subject} must be a web address (http:// or https://), not a local path`;
    case 'minimum':
      return `${subject} must be at least ${String(error.params.limit)}`;
    case 'maximum':
      return `${subject} must be at most ${String(error.params.limit)}`;
    default:
      return `${subject} ${error.message ?? 'is invalid'}`;
  }
}

function knownOptions(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const names = Object.keys(properties);
  return names.length ? names.join(', ') : 'none';
}

/**
 * Checks a parsed config object against the schema derived from `rules`. Unknown rule ids are
 * reported together, by name; every other problem by key path. `prefix` is put before key paths
 * (`caolint` for front matter). Throws ConfigError; returns the value typed on success.
 */
export function validateConfig(value: unknown, rules: readonly Rule[], file: string, prefix = ''): ConfigFileContent {
  const at = (keyPath: string): string => [prefix, keyPath].filter(Boolean).join('.');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError({ file, keyPath: prefix }, `${prefix || 'the configuration'} must be an object`);
  }
  const ruleMap = (value as { rules?: unknown }).rules;
  if (typeof ruleMap === 'object' && ruleMap !== null && !Array.isArray(ruleMap)) {
    const known = new Set(rules.map((r) => r.meta.id));
    const unknown = Object.keys(ruleMap).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ConfigError(
        { file, keyPath: at(`rules.${unknown[0]}`) },
        `${at('rules')}: unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `'${id}'`).join(', ')} (see \`caolint rules\`)`,
      );
    }
  }
  const validate = validatorFor(rules);
  if (!validate(value)) {
    const messages = [...new Set((validate.errors ?? []).map((e) => describe(e, prefix)).filter((m): m is string => m !== null))];
    const first = validate.errors?.[0];
    throw new ConfigError({ file, keyPath: first ? at(first.instancePath.split('/').slice(1).join('.')) : prefix }, messages.join('; '));
  }
  return value as ConfigFileContent;
}
