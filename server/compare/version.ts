import type { Finding, InterventionId } from '../engine/types';
import { allProvisions, provisionBefore, type Provision } from '../model/provisions';
import { unitOf } from '../model/query';
import type { PolicyDocument, WorkDesign } from '../model/types';
import { WORK_DESIGNS } from '../model/workFacts';
import { arrangements, designScope } from '../model/work';
import { articleIdentity, DOCUMENT_IDENTITY, instrumentIdentity, workIdentity } from './identity';
import { documentSubstance, emptySubstance, instrumentSubstance, ownSentences, workSubstance } from './substance';
import type { ProvisionIdentity, Substance } from './types';

/**
 * One version of a draft as the compare engine sees it: its provisions (instruments, work designs,
 * and buckets for findings that belong to neither), each with its identity, its substance and the
 * findings that are about it.
 */

export interface VersionProvision {
  identity: ProvisionIdentity;
  /** The sentence that grants or first names it; null for the document bucket. */
  anchorSentence: number | null;
  substance: Substance;
  findings: Finding[];
}

/** The rules of these interventions speak of how work is organised; their findings belong to a work design first. */
const WORK_INTERVENTIONS: ReadonlySet<InterventionId> = new Set<InterventionId>(['taakherontwerp', 'dialoog', 'job-crafting']);

/** The sentence a finding stands on: the last one starting at or before its start (sentences are in document order). */
export function sentenceAt(doc: PolicyDocument, offset: number): number | null {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.sentences[mid].range.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : doc.sentences[lo - 1].index;
}

interface InstrumentEntry {
  provision: Provision;
  entry: VersionProvision;
  sentences: ReadonlySet<number>;
}

interface WorkEntry {
  entry: VersionProvision;
  sentences: ReadonlySet<number>;
}

/** Reads the provisions of one version and hands each finding to the provision it is about. */
export function readVersion(doc: PolicyDocument, findings: readonly Finding[]): VersionProvision[] {
  const provisions = allProvisions(doc);
  const instruments: InstrumentEntry[] = provisions.map((provision) => ({
    provision,
    sentences: new Set(ownSentences(doc, provision, provisions)),
    entry: {
      identity: instrumentIdentity(doc, provision),
      anchorSentence: provision.anchor.sentence,
      substance: instrumentSubstance(doc, provision, provisions),
      findings: [],
    },
  }));
  const works = workEntries(doc);
  const articles = new Map<number, VersionProvision>();
  const claimed = new Set([...instruments.flatMap((i) => [...i.sentences]), ...works.flatMap((w) => [...w.sentences])]);
  const document: VersionProvision = { identity: DOCUMENT_IDENTITY, anchorSentence: null, substance: documentSubstance(doc, claimed), findings: [] };

  for (const finding of findings) {
    const s = sentenceAt(doc, finding.range.start);
    const owner =
      s === null
        ? null
        : WORK_INTERVENTIONS.has(finding.intervention)
          ? (workOwner(works, s) ?? instrumentOwner(doc, instruments, s))
          : (instrumentOwner(doc, instruments, s) ?? workOwner(works, s));
    if (owner) {
      owner.findings.push(finding);
      continue;
    }
    const unit = s === null ? null : unitOf(doc, doc.sentences[s]);
    if (!unit) {
      document.findings.push(finding);
      continue;
    }
    const bucket = articles.get(unit.index) ?? {
      identity: articleIdentity(unit),
      anchorSentence: unit.sentenceSpan[0],
      substance: emptySubstance(),
      findings: [],
    };
    bucket.findings.push(finding);
    articles.set(unit.index, bucket);
  }
  return [...instruments.map((i) => i.entry), ...works.map((w) => w.entry), ...articles.values(), document];
}

/**
 * The instrument a finding on sentence `s` is about: the one granted there, else one named there,
 * else the one named nearest before it in its article, else one whose scope holds it.
 */
function instrumentOwner(doc: PolicyDocument, instruments: readonly InstrumentEntry[], s: number): VersionProvision | null {
  const granted = instruments.find((i) => i.provision.anchor.sentence === s);
  if (granted) return granted.entry;
  const named = instruments.find((i) => i.provision.mentions.some((m) => m.sentence === s));
  if (named) return named.entry;
  const before = provisionBefore(doc, s);
  const near = before && instruments.find((i) => i.provision === before);
  if (near) return near.entry;
  return instruments.find((i) => i.sentences.has(s))?.entry ?? null;
}

/** The work design a finding on sentence `s` is about: the one arranged there, else one whose articles hold it. */
function workOwner(works: readonly WorkEntry[], s: number): VersionProvision | null {
  return (works.find((w) => w.entry.anchorSentence === s) ?? works.find((w) => w.sentences.has(s)))?.entry ?? null;
}

/** One provision per work design the draft arranges, anchored on its first arrangement. */
function workEntries(doc: PolicyDocument): WorkEntry[] {
  const out: WorkEntry[] = [];
  const seen = new Set<WorkDesign>();
  for (const arrangement of arrangements(doc, WORK_DESIGNS)) {
    if (seen.has(arrangement.design)) continue;
    seen.add(arrangement.design);
    out.push({
      sentences: new Set(designScope(doc, new Set([arrangement.design]))),
      entry: {
        identity: workIdentity(doc, arrangement.design, arrangement.sentence),
        anchorSentence: arrangement.sentence,
        substance: workSubstance(doc, arrangement.design),
        findings: [],
      },
    });
  }
  return out;
}
