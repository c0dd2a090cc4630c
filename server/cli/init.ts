import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, Rule } from '../engine/types';
import { configFileIn } from '../config/load';

/** The file `caolint init` writes in the working folder. */
export const STARTER_NAME = '.caolintrc.yaml';

const header: Record<Locale, string[]> = {
  nl: [
    '# caolint-configuratie voor de concepten in deze map en de mappen eronder.',
    '# Alle instellingen: docs/configuration.md van caolint; alle regels: npx caolint rules',
    '',
    '# Zoek niet verder naar boven naar andere .caolintrc-bestanden (ook niet in uw thuismap).',
    'root: true',
    '',
    '# Taal van de meldingen en van de uitvoer: nl of en.',
  ],
  en: [
    '# caolint configuration for the drafts in this folder and the folders below it.',
    '# Every setting: docs/configuration.md of caolint; every rule: npx caolint rules',
    '',
    '# Stop looking further up for other .caolintrc files (your home folder included).',
    'root: true',
    '',
    '# Language of the messages and of the output: nl or en.',
  ],
};

const middle: Record<Locale, string[]> = {
  nl: [
    '',
    '# Begin met de instellingen uit een ander bestand of uit een npm-pakket caolint-config-*:',
    '# extends: ./basis.caolintrc.yaml',
    '# extends: caolint-config-mijnorganisatie',
    '',
    '# Staat de cao in meerdere bestanden (een per hoofdstuk)? Dan vormen de Markdown-bestanden van',
    '# een map samen één cao, en kloppen verwijzingen naar een artikel in een ander bestand:',
    '# set: folder',
    '',
    '# Per regel: off, info, warning of error, of { severity: ..., options: { ... } }.',
    '# Een regel die hier niet staat, draait op zijn standaardniveau (hieronder ingevuld).',
    '# Haal het # weg bij "rules:" en bij de regels die u wilt wijzigen.',
    '# rules:',
  ],
  en: [
    '',
    '# Start from the settings of another file, or of an npm package caolint-config-*:',
    '# extends: ./base.caolintrc.yaml',
    '# extends: caolint-config-myorganisation',
    '',
    '# Is the cao kept in several files (one per chapter)? Then the Markdown files of a folder form',
    '# one cao, and references to an article in another file resolve:',
    '# set: folder',
    '',
    '# Per rule: off, info, warning or error, or { severity: ..., options: { ... } }.',
    '# A rule not listed here runs at its default level (filled in below).',
    '# Remove the # before "rules:" and before the rules you want to change.',
    '# rules:',
  ],
};

/** A YAML scalar for an option's default: strings quoted, numbers and booleans as they are. */
const scalar = (value: number | boolean | string): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/**
 * A commented starter config: valid as written (root and locale only), with every rule listed at
 * its default level and options as commented lines, so uncommenting a line is all it takes.
 */
export function starterConfig(rules: readonly Rule[], locale: Locale): string {
  const lines = [...header[locale], `locale: ${locale}`, ...middle[locale]];
  for (const { meta } of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const options = Object.entries(meta.options);
    const entry = options.length
      ? `{ severity: ${meta.defaultSeverity}, options: { ${options.map(([name, spec]) => `${name}: ${scalar(spec.default)}`).join(', ')} } }`
      : meta.defaultSeverity;
    lines.push(`#   ${meta.id}: ${entry}  # ${meta.description[locale].replace(/\s+/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export type InitResult = { kind: 'written'; path: string } | { kind: 'exists'; path: string } | { kind: 'failed'; path: string; reason: string };

/**
 * Writes the starter config into `folder`. Refuses when the folder already has a config file of any
 * name (a second one would be shadowed or shadow it); `wx` also refuses one created meanwhile.
 */
export function writeStarterConfig(folder: string, rules: readonly Rule[], locale: Locale): InitResult {
  const existing = configFileIn(folder);
  if (existing) return { kind: 'exists', path: existing };
  const path = join(folder, STARTER_NAME);
  try {
    writeFileSync(path, starterConfig(rules, locale), { flag: 'wx' });
    return { kind: 'written', path };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { kind: 'exists', path };
    return { kind: 'failed', path, reason: code ?? String(error) };
  }
}
