import type { Finding } from '../engine/types';
import type { MatchBasis, ProvisionIdentity } from './types';
import type { VersionProvision } from './version';

/**
 * Pairs the provisions of the old version with those of the new, and within a pair the findings.
 *
 * Provisions are matched by identity (identity.ts), never by line, offset or article number, so a
 * renumbered or moved article still meets its old self. Only provisions of the same kind and type
 * can pair (a budget never pairs with development days). Among those, in passes from strongest to
 * weakest evidence, each pass pairing what it can before the next one looks at what is left:
 *
 * 1. a name in common and the same article heading ("ontwikkelbudget" under "Ontwikkelbudget");
 * 2. a name in common (the article was retitled: "Ontwikkelbudget" became "Persoonlijke ontwikkeling");
 * 3. the same heading (the budget was renamed within its article: "POB" became "leerbudget");
 * 4. the fallback when identity is ambiguous or missing: if exactly one provision of that kind and
 *    type is left on each side, they are one provision renamed and retitled; if several are left
 *    and their numbers are equal, they pair in the order they appear in. (An article that holds
 *    findings but no provision is known by its heading alone and has no fallback; the rest of the
 *    draft, one per version, always pairs.)
 *
 * What is left is a provision removed (only in the old version) or added (only in the new).
 */

export interface ProvisionPair {
  before: VersionProvision | null;
  after: VersionProvision | null;
  matchedBy: MatchBasis | null;
}

const sameType = (a: ProvisionIdentity, b: ProvisionIdentity) => a.kind === b.kind && a.type === b.type;
const shareName = (a: ProvisionIdentity, b: ProvisionIdentity) => a.names.some((n) => b.names.includes(n));
const sameHeading = (a: ProvisionIdentity, b: ProvisionIdentity) => a.heading !== null && a.heading === b.heading;

const PASSES: ReadonlyArray<{ basis: MatchBasis; fits: (a: ProvisionIdentity, b: ProvisionIdentity) => boolean }> = [
  { basis: 'name-and-heading', fits: (a, b) => shareName(a, b) && sameHeading(a, b) },
  { basis: 'name', fits: shareName },
  { basis: 'heading', fits: sameHeading },
];

export function matchProvisions(olds: readonly VersionProvision[], news: readonly VersionProvision[]): ProvisionPair[] {
  const pairs: ProvisionPair[] = [];
  const leftOld = new Set(olds);
  const leftNew = new Set(news);
  const pair = (before: VersionProvision, after: VersionProvision, matchedBy: MatchBasis) => {
    pairs.push({ before, after, matchedBy });
    leftOld.delete(before);
    leftNew.delete(after);
  };

  for (const { basis, fits } of PASSES) {
    for (const before of olds) {
      if (!leftOld.has(before)) continue;
      const after = news.find((n) => leftNew.has(n) && sameType(before.identity, n.identity) && fits(before.identity, n.identity));
      if (after) pair(before, after, basis);
    }
  }

  // The fallback, per kind and type: one left on each side, or as many on each side in order. Not
  // for articles that hold findings but no provision: their heading is all that identifies them.
  for (const before of olds) {
    if (!leftOld.has(before) || before.identity.kind === 'article') continue;
    const oldPeers = [...leftOld].filter((o) => sameType(o.identity, before.identity));
    const newPeers = [...leftNew].filter((n) => sameType(n.identity, before.identity));
    if (newPeers.length === 0 || oldPeers.length !== newPeers.length) continue;
    const basis: MatchBasis = oldPeers.length === 1 ? 'only-one' : 'order';
    oldPeers.forEach((o, i) => pair(o, newPeers[i], basis));
  }

  for (const before of olds) if (leftOld.has(before)) pairs.push({ before, after: null, matchedBy: null });
  for (const after of news) if (leftNew.has(after)) pairs.push({ before: null, after, matchedBy: null });
  return pairs;
}

export interface FindingPairs {
  resolved: Finding[];
  introduced: Finding[];
  open: Array<{ before: Finding; after: Finding }>;
}

/**
 * Findings of one provision in two versions, paired per rule: a rule that reports on the provision
 * in both versions reports the same problem (still open), even when its message changed with the
 * text ("vervalt na 12 maanden" became "binnen 18 maanden"). Where a rule reports several times,
 * findings with the same message pair first, the rest in order; what is left over was resolved or
 * introduced.
 */
export function matchFindings(before: readonly Finding[], after: readonly Finding[]): FindingPairs {
  const result: FindingPairs = { resolved: [], introduced: [], open: [] };
  const rules = [...new Set([...before, ...after].map((f) => f.ruleId))];
  for (const rule of rules) {
    const olds = before.filter((f) => f.ruleId === rule);
    const news = after.filter((f) => f.ruleId === rule);
    for (const o of [...olds]) {
      const same = news.findIndex((n) => n.message === o.message);
      if (same === -1) continue;
      result.open.push({ before: o, after: news[same] });
      news.splice(same, 1);
      olds.splice(olds.indexOf(o), 1);
    }
    const paired = Math.min(olds.length, news.length);
    for (let i = 0; i < paired; i++) result.open.push({ before: olds[i], after: news[i] });
    result.resolved.push(...olds.slice(paired));
    result.introduced.push(...news.slice(paired));
  }
  return result;
}
