/**
 * Validators for the report formats, from the schemas vendored in test/fixtures/schemas/ (see the
 * README there): nothing is downloaded at test time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { packageRoot } from '../server/engine/paths';

const schemas = join(packageRoot(), 'test/fixtures/schemas');

function validator(file: string): ValidateFunction {
  // strictRequired off: SARIF's anyOf branches require properties declared beside them, as the original schema does.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  // The two formats the schemas use, as RFC 3986 defines them closely enough for a test: an absolute
  // URI has a scheme; a reference may be relative but has no spaces.
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value));
  ajv.addFormat('uri-reference', (value: string) => !/\s/.test(value));
  return ajv.compile(JSON.parse(readFileSync(join(schemas, file), 'utf8')) as object);
}

/** SARIF 2.1.0 (the subset caolint writes, stricter about unknown keys). */
export const validSarif = validator('sarif-2.1.0-subset.schema.json');
/** GitLab Code Quality report. */
export const validGitlab = validator('gitlab-code-quality.schema.json');
