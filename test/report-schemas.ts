/**
 * Validators for the CI report formats. Nothing is downloaded at test time: every schema comes from
 * an npm package installed by `npm ci`, or, where none is published, from test/fixtures/schemas/.
 *
 * SARIF: the SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it in the devDependency
 * `@microsoft/jest-sarif` (lib/schemas/sarif-2.1.0-rtm.5.json, the schema's release-to-market name
 * on SchemaStore). Its validation keywords are those of the OASIS Standard's
 * sarif-schema-2.1.0.json (https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/); only its
 * meta-schema (draft-04 where OASIS says draft-07, a difference no keyword in it depends on), its
 * id, title and the spelling of a few descriptions differ. The file is read as published, and the
 * test below pins that it is still that file.
 *
 * GitLab Code Quality: GitLab publishes no JSON schema for the report (not on npm, nor with its
 * security report schemas); test/fixtures/schemas/gitlab-code-quality.schema.json follows the
 * table in "Code Quality report format" of https://docs.gitlab.com/ci/testing/code_quality/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { packageRoot } from '../server/engine/paths';

const require = createRequire(join(packageRoot(), 'package.json'));

/** Where the published SARIF 2.1.0 schema is on disk (inside node_modules). */
export const sarifSchemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** The published SARIF 2.1.0 schema, as parsed from its package. */
export const sarifSchema = JSON.parse(readFileSync(sarifSchemaFile, 'utf8')) as {
  $schema: string;
  id: string;
  title: string;
  definitions: Record<string, unknown>;
};

function compileSarif(): ValidateFunction {
  const ajv = new AjvDraft04({
    allErrors: true,
    strict: true,
    // The schema's anyOf branches require properties declared beside them, not inside the branch.
    strictRequired: false,
    // The `language` pattern has a stray `]` (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, corrected
    // only in the 2023 errata): a valid regular expression, but not with the `u` flag ajv adds.
    unicodeRegExp: false,
  });
  // uri, uri-reference and date-time as their RFCs define them, not approximated here.
  addFormats(ajv);
  return ajv.compile(sarifSchema);
}

/** SARIF 2.1.0, the published schema. */
export const validSarif = compileSarif();

/** GitLab Code Quality report (the project's schema of GitLab's documented format). */
export const validGitlab: ValidateFunction = (() => {
  // strictRequired off: `location` requires `lines` or `positions` in anyOf branches, declared beside them.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  return ajv.compile(JSON.parse(readFileSync(join(packageRoot(), 'test/fixtures/schemas/gitlab-code-quality.schema.json'), 'utf8')) as object);
})();
