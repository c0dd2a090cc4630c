import type { OptionSpec, Rule } from '../engine/types';
import { DEFAULT_LIMITS, HARD_LIMITS } from '../engine/limits';
import { DEFAULT_DOCS_BASE_URL } from '../engine/paths';

/** JSON Schema (draft-07) as a plain object. */
export type JsonSchema = { [key: string]: unknown };

export const SEVERITY_LEVELS = ['off', 'error', 'warning', 'info'] as const;

function bilingual(text: { nl: string; en: string }): string {
  return `${text.nl}\n\n${text.en}`;
}

function optionSchema(spec: OptionSpec): JsonSchema {
  const schema: JsonSchema = { type: spec.type, default: spec.default, description: bilingual(spec.description) };
  if (spec.minimum !== undefined) schema.minimum = spec.minimum;
  if (spec.maximum !== undefined) schema.maximum = spec.maximum;
  if (spec.enum !== undefined) schema.enum = [...spec.enum];
  return schema;
}

/**
 * A rule's entry: either a level string, or an object with enabled/severity/options.
 * if/then/else (rather than oneOf) keeps validation messages about the branch the user meant.
 */
function ruleEntrySchema(rule: Rule): JsonSchema {
  const options: JsonSchema = {};
  for (const name of Object.keys(rule.meta.options).sort()) options[name] = optionSchema(rule.meta.options[name]);
  return {
    description: bilingual(rule.meta.description),
    if: { type: 'string' },
    then: { enum: [...SEVERITY_LEVELS] },
    else: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean' },
        severity: { enum: ['error', 'warning', 'info'] },
        options: { type: 'object', properties: options, additionalProperties: false },
      },
      additionalProperties: false,
    },
  };
}

/** The config-file schema, derived from the rules' metadata (ids, option names, types, minimums and maximums). */
export function buildConfigSchema(rules: readonly Rule[]): JsonSchema {
  const ruleProperties: JsonSchema = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) ruleProperties[rule.meta.id] = ruleEntrySchema(rule);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'caolint configuration',
    description: 'Instellingen voor caolint (.caolintrc.json, .caolintrc.yaml, caolint.config.json).\n\nSettings for caolint.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Zoek niet verder in bovenliggende mappen.\n\nStop looking in parent folders.' },
      extends: {
        type: ['string', 'array'],
        items: { type: 'string' },
        description:
          'Configuratiebestand(en) om van uit te gaan: een relatief pad of een npm-pakket caolint-config-* (@org/caolint-config).\n\nConfig file(s) to extend: a relative path or an npm package caolint-config-* (@org/caolint-config).',
      },
      locale: { enum: ['nl', 'en'], description: 'Taal van de meldingen.\n\nLanguage of the messages.' },
      docsBaseUrl: {
        type: 'string',
        // A web address only: a report is read on another machine than the one that wrote it.
        pattern: '^https?://[^\\s]+$',
        description: `Webadres van de map met de regelpagina's (<regel-id>.md) waar de rapporten van de CLI naar linken. Zonder deze instelling linken stylish en json naar de pagina's die bij caolint horen (lokaal), en sarif, github, gitlab en junit naar ${DEFAULT_DOCS_BASE_URL}.\n\nWeb address of the folder of rule pages (<rule-id>.md) the CLI's reports link to. Unset, stylish and json link the pages bundled with caolint (local), and sarif, github, gitlab and junit link ${DEFAULT_DOCS_BASE_URL}.`,
      },
      set: {
        description:
          'De bestanden die samen één cao vormen, zodat verwijzingen naar een artikel in een ander bestand van de cao kloppen: "folder" (alle Markdown-bestanden in de map van het concept) of een lijst glob-patronen, relatief aan dit configuratiebestand, in de volgorde van de cao. Zonder deze instelling staat elk bestand op zichzelf. Alleen in configuratiebestanden, niet in front matter.\n\nThe files that together form one cao, so references to an article in another file of the cao resolve: "folder" (every Markdown file in the draft\'s folder) or a list of glob patterns, relative to this config file, in the cao\'s order. Unset, every file stands alone. Only in config files, not in front matter.',
        // if/then/else, as for a rule's entry: the message speaks of the form the user wrote.
        if: { type: 'string' },
        then: { enum: ['folder'] },
        else: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      },
      limits: {
        type: 'object',
        description:
          'Grenzen aan wat caolint leest; een document daarboven wordt niet gecontroleerd (standaard 10 MiB, 100 niveaus, 2000 scheidingstekens, 1000 regels per alinea).\n\nLimits on what caolint reads; a document over them is not checked (default 10 MiB, 100 levels, 2000 delimiters, 1000 lines per paragraph).',
        properties: {
          maxFileSize: { type: 'integer', minimum: 1, maximum: HARD_LIMITS.maxFileSize, default: DEFAULT_LIMITS.maxFileSize },
          maxNesting: { type: 'integer', minimum: 1, maximum: HARD_LIMITS.maxNesting, default: DEFAULT_LIMITS.maxNesting },
          maxDelimiterRuns: { type: 'integer', minimum: 1, maximum: HARD_LIMITS.maxDelimiterRuns, default: DEFAULT_LIMITS.maxDelimiterRuns },
          maxParagraphLines: { type: 'integer', minimum: 1, maximum: HARD_LIMITS.maxParagraphLines, default: DEFAULT_LIMITS.maxParagraphLines },
        },
        additionalProperties: false,
      },
      rules: { type: 'object', properties: ruleProperties, additionalProperties: false },
    },
    additionalProperties: false,
  };
}

/** The schema as committed in schemas/caolintrc.schema.json (stable key order, trailing newline). */
export function schemaText(rules: readonly Rule[]): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}
