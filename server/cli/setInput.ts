import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/types';
import { diskOutline } from '../set/diskOutlines';
import { setMembers } from '../set/members';
import type { SetInput } from '../set/resolve';
import { isIgnored } from './files';
import { readSource } from './readSource';

/**
 * The other files of the cao a file belongs to, as the CLI reads them: from disk, whether or not
 * they are on the command line (a reference to article 12 is judged against the whole cao even when
 * one chapter is linted), minus what .caolintignore excludes. Undefined when the file stands alone.
 */
export function setInputFor(path: string, config: ResolvedConfig, cwd: string): SetInput | undefined {
  const self = resolve(path);
  const files = setMembers(self, config.set, (member) => isIgnored(member, cwd));
  if (!files) return undefined;
  const read = (member: string): string | null => {
    const source = readSource(member);
    return source.kind === 'text' ? source.text : null;
  };
  const outlines = files.flatMap((member) => (member === self ? [] : (diskOutline(member, read, config.limits) ?? [])));
  return { self, files, outlines };
}
