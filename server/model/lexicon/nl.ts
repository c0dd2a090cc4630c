import type { Lexicon } from './types';
import { dutchLanguage } from './dutch/language';
import { dutchInstruments } from './dutch/instruments';
import { dutchKeeping } from './dutch/keeping';
import { dutchStatements } from './dutch/statements';
import { dutchCommunication } from './dutch/communication';
import { dutchSchemes } from './dutch/schemes';
import { dutchWork } from './dutch/work';
import { dutchTime } from './dutch/time';

/**
 * Dutch: formal cao language ("de werknemer") and plain language ("je hebt recht op") alike, one
 * file per area of knowledge in ./dutch (verb tables in nlVerbs.ts).
 */
export const nl: Lexicon = {
  ...dutchLanguage,
  ...dutchInstruments,
  ...dutchKeeping,
  ...dutchStatements,
  ...dutchCommunication,
  ...dutchSchemes,
  ...dutchWork,
  ...dutchTime,
};
