import { fill } from '../engine/localize';
import type { Locale, Localized } from '../engine/types';

/**
 * Every sentence a configuration problem can be told in, in both languages: config errors are built
 * deep in loading, before anyone knows the run's language, so they carry both and the CLI or the
 * editor picks one (ConfigError.detailIn).
 */
const texts = {
  notFound: { nl: 'configuratiebestand niet gevonden', en: 'config file not found' },
  unreadable: { nl: 'configuratiebestand kan niet worden gelezen ({code})', en: 'cannot read config file ({code})' },
  notAFile: {
    nl: 'geen gewoon bestand (een configuratiebestand moet een gewoon .json- of .yaml-bestand zijn)',
    en: 'not a regular file (a config file must be a plain .json or .yaml file)',
  },
  tooLarge: { nl: 'configuratiebestand te groot ({size} bytes; hoogstens {limit})', en: 'config file too large ({size} bytes; at most {limit})' },
  tooLargeRead: { nl: 'configuratiebestand te groot (meer dan {limit} bytes)', en: 'config file too large (more than {limit} bytes)' },
  extendsNotConfigExt: {
    nl: "extends: '{target}' is geen caolint-configuratiebestand (verwacht een .json-, .yaml- of .yml-bestand)",
    en: "extends: '{target}' is not a caolint config file (expected a .json, .yaml or .yml file)",
  },
  extendsNotConfigKeys: {
    nl: "extends: '{target}' is geen caolint-configuratiebestand (het zet geen van root, extends, locale, rules)",
    en: "extends: '{target}' is not a caolint config file (it sets none of root, extends, locale, rules)",
  },
  extendsRead: { nl: "extends: '{target}': {reason}", en: "extends: '{target}': {reason}" },
  extendsCircular: { nl: 'extends: kringverwijzing ({chain})', en: 'extends: circular reference ({chain})' },
  extendsMissing: { nl: "extends: '{target}' niet gevonden", en: "extends: cannot find '{target}'" },
  extendsPackageMissing: {
    nl: "extends: het pakket '{name}' is niet gevonden (installeer het in het project: npm install --save-dev {name})",
    en: "extends: cannot find the package '{name}' (install it in the project: npm install --save-dev {name})",
  },
  extendsOutside: {
    nl: "extends: '{target}' ligt buiten het project; extends mag alleen bestanden in de projectmap, uw eigen configuratie (~/.caolintrc.*, ~/.config/caolint/) of een geïnstalleerd pakket caolint-config-* noemen",
    en: "extends: '{target}' is outside the project; extends may only name files in the project folder, your home config (~/.caolintrc.*, ~/.config/caolint/) or an installed caolint-config-* package",
  },
  configFileOutside: {
    nl: 'caolint.configFile ligt buiten de werkruimte; het mag alleen een bestand in de werkruimte of uw eigen configuratie (~/.caolintrc.*, ~/.config/caolint/) noemen',
    en: 'caolint.configFile is outside the workspace; it may only name a file in the workspace or your home config (~/.caolintrc.*, ~/.config/caolint/)',
  },
  invalidJsonAt: { nl: 'ongeldige JSON op regel {line}, kolom {column}: {detail}', en: 'invalid JSON at line {line}, column {column}: {detail}' },
  invalidJson: { nl: 'ongeldige JSON: {detail}', en: 'invalid JSON: {detail}' },
  invalidYamlAt: { nl: 'ongeldige YAML op regel {line}, kolom {column}: {detail}', en: 'invalid YAML at line {line}, column {column}: {detail}' },
  invalidYaml: { nl: 'ongeldige YAML: {detail}', en: 'invalid YAML: {detail}' },
  yamlAliases: {
    nl: 'de YAML gebruikt te veel aliassen (meer dan {max}; een document dat zo uitdijt, wordt geweigerd)',
    en: 'YAML uses too many aliases (more than {max}; a document that expands this way is refused)',
  },
  frontMatterTooLarge: {
    nl: 'front matter te groot om de caolint-instellingen te lezen ({length} tekens; hoogstens {max})',
    en: 'front matter too large to read its caolint settings ({length} characters; at most {max})',
  },
  frontMatterOnlyInFiles: { nl: 'caolint.{key} mag alleen in configuratiebestanden staan', en: 'caolint.{key} is only allowed in config files' },
  mustBeObject: { nl: '{subject} moet een object zijn', en: '{subject} must be an object' },
  theConfiguration: { nl: 'de configuratie', en: 'the configuration' },
  unknownRules: { nl: '{at}: onbekende regel{s} {ids} (zie `caolint rules`)', en: '{at}: unknown rule id{s} {ids} (see `caolint rules`)' },
  ruleEntryType: {
    nl: '{subject} moet "off", "error", "warning", "info" of een object zijn',
    en: '{subject} must be "off", "error", "warning", "info" or an object',
  },
  extendsType: { nl: '{subject} moet een pad of een lijst van paden zijn', en: '{subject} must be a path or a list of paths' },
  mustBeType: { nl: '{subject} moet {types} zijn', en: '{subject} must be {types}' },
  or: { nl: 'of', en: 'or' },
  mustBeOneOf: { nl: '{subject} moet een van {values} zijn', en: '{subject} must be one of {values}' },
  unknownSetting: { nl: '{key} is geen bekende instelling{where}', en: '{key} is not a known setting{where}' },
  optionsOf: { nl: ' (opties van {rule}: {known})', en: ' (options of {rule}: {known})' },
  none: { nl: 'geen', en: 'none' },
  webAddress: {
    nl: '{subject} moet een webadres zijn (http:// of https://), geen pad op schijf',
    en: '{subject} must be a web address (http:// or https://), not a local path',
  },
  atLeast: { nl: '{subject} moet minstens {limit} zijn', en: '{subject} must be at least {limit}' },
  atMost: { nl: '{subject} moet hoogstens {limit} zijn', en: '{subject} must be at most {limit}' },
  other: { nl: '{subject}: {message}', en: '{subject} {message}' },
} as const;

export type ConfigMessageId = keyof typeof texts;

/** One message in both languages, placeholders filled; a value that is itself Localized is filled per language. */
export function configText(id: ConfigMessageId, data: Record<string, string | number | Localized> = {}): Localized {
  const pick = (locale: Locale): Record<string, string | number> =>
    Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'object' ? value[locale] : value]));
  return { nl: fill(texts[id], 'nl', pick('nl')), en: fill(texts[id], 'en', pick('en')) };
}

/** Joins localized parts with a separator (the same in both languages, or localized itself). */
export function joinLocalized(parts: readonly Localized[], separator: string | Localized): Localized {
  const sep = (locale: Locale): string => (typeof separator === 'string' ? separator : separator[locale]);
  return { nl: parts.map((p) => p.nl).join(sep('nl')), en: parts.map((p) => p.en).join(sep('en')) };
}

/** The same words in both languages (a parser's own message, a path). */
export function verbatim(text: string): Localized {
  return { nl: text, en: text };
}

/** A JSON Schema type with its article, as the sentence "... must be {types}" needs it. */
export function typeWord(type: string): Localized {
  const nl: Record<string, string> = {
    string: 'tekst',
    integer: 'een geheel getal',
    number: 'een getal',
    boolean: 'true of false',
    object: 'een object',
    array: 'een lijst',
    null: 'leeg',
  };
  const en = type === 'integer' || type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
  return { nl: nl[type] ?? type, en };
}
