import { parseDocument } from 'yaml';
import { ConfigError } from './errors';

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

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the offending offset as "at position N"; turn it into a line and column a user can find.
    const match = /position (\d+)/.exec(message);
    const detail = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/,? ".*" is not valid JSON$/s, '');
    if (match) {
      const { line, column } = lineColumn(text, Number(match[1]));
      throw new ConfigError({ file, line, column }, `invalid JSON at line ${line}, column ${column}: ${detail}`);
    }
    const end = lineColumn(text, text.length);
    throw new ConfigError({ file, line: end.line, column: end.column }, `invalid JSON: ${detail}`);
  }
}

/** Parses YAML, reporting the first syntax error with its line and column. */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError({ file, line: pos?.line, column: pos?.col }, `invalid YAML${where}: ${detail}`);
  }
  return doc.toJS() as unknown;
}

/** Parses a config file's text by its extension; an empty YAML file is an empty config. */
export function parseConfigText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.ya?ml$/i.test(file)) return parseYaml(body, file) ?? {};
  return parseJson(body, file);
}
