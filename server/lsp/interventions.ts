import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interventionDocsUrl } from '../engine/paths';

const names = new Map<string, string>();

/**
 * The human name of an intervention: the first heading of its bundled page (rules/interventions/<id>.md),
 * or the id in words when the page is missing or unreadable.
 */
export function interventionName(id: string): string {
  let name = names.get(id);
  if (name !== undefined) return name;
  name = id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
  try {
    const file = fileURLToPath(interventionDocsUrl(id));
    if (existsSync(file)) {
      const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(readFileSync(file, 'utf8'));
      if (heading) name = heading[1];
    }
  } catch {
    // keep the fallback name: a missing page must not break code actions
  }
  names.set(id, name);
  return name;
}
