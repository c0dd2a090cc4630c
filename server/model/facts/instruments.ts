import type { Fact, InstrumentFact, InstrumentType } from '../types';
import type { SentenceScope } from './extract';

interface Found {
  first: number;
  last: number;
  instrument: InstrumentType | 'individual-generic' | 'collective-generic' | 'subsidy';
}

/**
 * Development instruments, from Dutch compounds ("loopbaanontwikkelingsbudget", "O&O-fonds",
 * "scholingsverlof") and from phrases ("persoonlijk budget", "learning budget").
 * A budget without a development part ("basisbudget", "persoonlijk budget") is a development
 * budget only when its sentence speaks of development; an IKB only when earmarked for it.
 */
export function readInstruments(scope: SentenceScope, quantities: Fact[]): Fact[] {
  const found: Found[] = [];
  scope.tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const instrument = classifyCompound(token.lower, scope.lex.lexicon.developmentStems);
    if (instrument) found.push({ first: i, last: i, instrument });
  });
  for (const m of scope.lex.sets.instrumentPhrases.matchAll(scope.tokens)) {
    found.push({ first: m.first, last: m.last, instrument: m.value });
  }
  const kept = dropOverlaps(found);
  if (kept.length === 0) return [];

  const development = scope.has('developmentWords');
  const collective = scope.has('collectiveCues');
  const granted = scope.has('grants') || quantities.some((q) => q.kind === 'money' || q.kind === 'percent' || q.kind === 'count');
  const inTime = quantities.some((q) => q.kind === 'count' && (q.unit === 'hours' || q.unit === 'days')) && !quantities.some((q) => q.kind === 'money');
  // An IKB one may also spend on training is still salary; one reserved for development is a development budget.
  const earmarked = scope.has('exclusiveCues') && development;
  const claimable = scope.has('individualClaims');

  return kept.map((f): InstrumentFact => {
    let instrument: InstrumentType;
    let isDevelopment = true;
    if (f.instrument === 'individual-generic') {
      instrument = collective ? 'collective-fund' : 'individual-budget';
      isDevelopment = development;
    } else if (f.instrument === 'collective-generic') {
      instrument = 'collective-fund';
      isDevelopment = development;
    } else if (f.instrument === 'individual-budget' && collective) {
      instrument = 'collective-fund';
    } else if (f.instrument === 'subsidy') {
      // A subsidy paid to the employees themselves is money they control; one paid to employers is not.
      instrument = scope.has('employeeRecipients') ? 'collective-fund' : 'reimbursement';
    } else if (f.instrument === 'choice-budget') {
      instrument = 'choice-budget';
      isDevelopment = earmarked;
    } else instrument = f.instrument;
    // A long phrase ("vergoeding van 50 procent ... studiekosten") is named by its last word.
    const named = f.last - f.first > 3 || f.instrument === 'reimbursement' ? f.last : f.first;
    const surface = scope.sentence.text.slice(scope.tokens[named].start, scope.tokens[f.last].end);
    return {
      kind: 'instrument',
      instrument,
      surface,
      development: isDevelopment,
      inTime: (instrument === 'individual-budget' || instrument === 'voucher' || instrument === 'learning-account') && (inTime || /\buren\b|\bin tijd\b|\bhours\b/i.test(surface)),
      granted,
      claimable: instrument === 'collective-fund' && claimable,
      definition: isDefinition(scope, f),
      range: scope.rangeOf(f.first, f.last),
      sentence: scope.sentence.index,
      negated: scope.negated(f.first, f.last, false),
    };
  });
}

/** "ontwikkelbudget: het budget dat ..." or "Onder ontwikkelbudget wordt verstaan ...". */
function isDefinition(scope: SentenceScope, f: Found): boolean {
  const { tokens } = scope;
  if (f.first <= 3 && tokens[f.last + 1]?.text === ':') return true;
  return f.first <= 3 && tokens.slice(0, f.first).some((t) => t.lower === 'onder') && tokens.slice(f.last + 1, f.last + 5).some((t) => t.lower === 'verstaan');
}

const BUDGET_HEADS = /(budget|budgetten|tegoed|tegoeden|toelage|toelages|potje|bedrag)$/;

/** Reads one word as an instrument compound, or null. */
export function classifyCompound(word: string, stems: readonly string[]): Found['instrument'] | null {
  const w = word.replace(/[-']/g, '');
  // Long stems may open a longer compound ("loopbaanontwikkelings"); short ones must end the prefix.
  const hasStem = (prefix: string) => prefix.length > 0 && stems.some((s) => prefix.endsWith(s) || (s.length >= 5 && prefix.startsWith(s)));
  let m = BUDGET_HEADS.exec(w);
  if (m) {
    const prefix = w.slice(0, m.index);
    if (prefix.includes('keuze') || prefix === 'ikb') return 'choice-budget';
    if (m[1] === 'bedrag') return hasStem(prefix) ? 'individual-budget' : null;
    if (hasStem(prefix)) return 'individual-budget';
    if (prefix === '' || /^(basis|persoonlijk|persoonlijke|individueel|individuele|eigen|jaar|werknemers|medewerkers)$/.test(prefix)) {
      return m[1].startsWith('budget') || m[1].startsWith('tegoed') ? 'individual-generic' : null;
    }
    return null;
  }
  m = /(rekening|rekeningen)$/.exec(w);
  if (m && hasStem(w.slice(0, m.index)) && !w.includes('studiekosten')) return 'learning-account';
  m = /(fonds|fondsen)$/.exec(w);
  if (m && (hasStem(w.slice(0, m.index)) || w.startsWith('o&o') || w.startsWith('sector'))) return 'collective-fund';
  if (/(voucher|vouchers|cheque|cheques)$/.test(w)) return 'voucher';
  m = /verlof$/.exec(w);
  if (m && /^(studie|scholings|opleidings|ontwikkel|ontwikkelings|educatief|leer|examen)$/.test(w.slice(0, m.index))) return 'training-leave';
  m = /(dag|dagen|uren|uur)$/.exec(w);
  if (m && /^(ontwikkel|scholings|opleidings|studie|leer|professionaliserings|trainings)$/.test(w.slice(0, m.index))) return 'development-time';
  return null;
}

/** Keeps the longest of overlapping matches (a phrase over the compound it contains). */
function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.first - b.first || b.last - b.first - (a.last - a.first));
  const kept: Found[] = [];
  for (const f of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && f.first <= previous.last) {
      if (f.last - f.first > previous.last - previous.first) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}
