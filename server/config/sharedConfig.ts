import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { realPath } from './readLimited';

/**
 * A shareable config on npm: `caolint-config-<name>`, or a scoped `@org/caolint-config` /
 * `@org/caolint-config-<name>`, optionally with a file inside it (`caolint-config-acme/strict.yaml`).
 * Any other `extends` value is a path, relative to the config file.
 */
const PACKAGE_SPEC = /^(?:(@[a-z0-9][\w.~-]*\/caolint-config(?:-[\w.~-]+)?)|(caolint-config-[\w.~-]+))(\/.+)?$/i;

export function isPackageSpec(target: string): boolean {
  return PACKAGE_SPEC.test(target);
}

/** Files a package without a `main` may keep its config in, in this order. */
const PACKAGE_CONFIG_FILES = ['index.json', 'index.yaml', 'index.yml', '.caolintrc.json', '.caolintrc.yaml', '.caolintrc.yml', 'caolint.config.json'];

export type PackageResolution = { kind: 'found'; file: string; packageDir: string } | { kind: 'missing'; name: string };

/**
 * The config file of a shareable-config package, found with Node's module resolution from `fromDir`
 * (the folder of the config that extends it), so the package the project installed is the one used.
 * A package's `main` names its config; without one, a file from PACKAGE_CONFIG_FILES.
 */
export function resolvePackageConfig(target: string, fromDir: string): PackageResolution {
  const match = PACKAGE_SPEC.exec(target);
  const name = match?.[1] ?? match?.[2] ?? target;
  const subpath = match?.[3];
  const require = createRequire(join(fromDir, 'caolint-config-resolver.cjs'));
  const attempt = (request: string): string | null => {
    try {
      return require.resolve(request);
    } catch {
      return null;
    }
  };
  if (subpath) {
    const file = attempt(target);
    const manifest = attempt(`${name}/package.json`);
    return file ? { kind: 'found', file, packageDir: manifest ? dirname(manifest) : dirname(file) } : { kind: 'missing', name };
  }
  const manifest = attempt(`${name}/package.json`);
  if (manifest) {
    const packageDir = dirname(manifest);
    let main: unknown;
    try {
      main = (JSON.parse(readFileSync(manifest, 'utf8')) as { main?: unknown }).main;
    } catch {
      main = undefined;
    }
    if (typeof main === 'string' && main !== '') return { kind: 'found', file: join(packageDir, main), packageDir };
    const file = PACKAGE_CONFIG_FILES.map((f) => join(packageDir, f)).find((f) => existsSync(f));
    return file ? { kind: 'found', file, packageDir } : { kind: 'missing', name };
  }
  // A package whose `exports` hides its package.json still resolves by name.
  const file = attempt(name);
  return file ? { kind: 'found', file, packageDir: dirname(file) } : { kind: 'missing', name };
}

/**
 * Whether a resolved package file lies in a `node_modules` folder: what a project installed may be
 * read even above the project folder (a monorepo's root), but nothing else outside it.
 */
export function isInstalledPackageFile(file: string): boolean {
  return realPath(file).split(sep).includes('node_modules');
}
