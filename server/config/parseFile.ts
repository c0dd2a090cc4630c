import { parseDocument } from 'yaml';
import { ConfigError } from './errors';
import { configText } from './messages';
import { MAX_YAML_ALIASES } from './readLimited';

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * V8's JSON error without anything taken from the file: "Unexpected token 'r', "root:x:0:0"... is
 * not valid JSON" quotes the text, so a message never repeats more than what kind of error it is.
 */
function jsonDetail(message: string): string {
  if (/^Unexpected token\b/.test(message)) return 'unexpected character';
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/,? ".*$/s, '')
    .trim();
  return detail.includes('"') || detail === '' ? 'not valid JSON' : detail;
}

/**
 * A YAML error in the parser's words, cut before anything quoted from the file (a token, a tag or
 * directive name, an alias): "Unresolved tag: !secret" becomes "Unresolved tag".
 */
function yamlDetail(code: string, message: string): string {
  if (code === 'BAD_DIRECTIVE') return 'unknown directive';
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const cut = first.split(': ')[0].trim();
  return cut === '' || /["'`]/.test(cut.replace(/closing "quote/, '')) ? 'not valid YAML' : cut;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the offending offset as "at position N"; turn it into a line and column a user can find.
    const match = /position (\d+)/.exec(message);
    const detail = jsonDetail(message);
    if (match) {
      const { line, column } = lineColumn(text, Number(match[1]));
      throw new ConfigError({ file, line, column }, configText('invalidJsonAt', { line, column, detail }));
    }
    const end = lineColumn(text, text.length);
    throw new ConfigError({ file, line: end.line, column: end.column }, configText('invalidJson', { detail }));
  }
}

/** Parses YAML, reporting the first syntax error with its line and column. */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const detail = yamlDetail(error.code, error.message);
    throw new ConfigError(
      { file, line: pos?.line, column: pos?.col },
      pos ? configText('invalidYamlAt', { line: pos.line, column: pos.col, detail }) : configText('invalidYaml', { detail }),
    );
  }
  try {
    // maxAliasCount: a "billion laughs" document (aliases of aliases) would expand to gigabytes.
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (failure) {
    if (failure instanceof ReferenceError && /alias/i.test(failure.message)) {
      throw new ConfigError({ file }, configText('yamlAliases', { max: MAX_YAML_ALIASES }));
    }
    throw new ConfigError({ file }, configText('invalidYaml', { detail: yamlDetail('', failure instanceof Error ? failure.message : String(failure)) }));
  }
}

/** Parses a config file's text by its extension; an empty YAML file is an empty config. */
export function parseConfigText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.ya?ml$/i.test(file)) return parseYaml(body, file) ?? {};
  return parseJson(body, file);
}
