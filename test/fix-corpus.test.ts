// "Fixes a lawyer would sign": every preferred fix, applied to every sample and every corpus draft
// (Dutch and English), must leave a text that says what the fix promised and nothing the draft
// contradicts. Checked per fix (one at a time, so a problem is pinned on the fix that caused it)
// and for fix-all (--fix, fix-on-save), which must settle: fixing twice equals fixing once.
//
// The corpus is read at test time from ../shared/corpus and skipped when absent; none of its text
// is kept in the project. Set CAOLINT_FIX_REPORT=1 to print what was checked and found, per rule.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, applyFixesRepeatedly, preferredFix, selectFixes } from '../server/engine/applyEdits';
import { CONTENT_KINDS, documentRegister } from '../server/engine/fixes';
import { lintText } from './harness/lint';
import type { Finding, Fix, TextEdit } from '../server/engine/types';
import { factsInSentence, factsInSentences, findArticle, sameClause, unitOf } from '../server/model/query';
import { provisions, provisionScope } from '../server/model/provisions';
import type { Fact, InstrumentType, Language, PolicyDocument, TextRange } from '../server/model/types';
import { corpusFolder, hasCorpus } from '../tools/corpus/score';
import { loadSamples } from './harness/samples';

interface Draft {
  name: string;
  text: string;
  lang: Language;
}

function corpusDrafts(): Draft[] {
  const folder = corpusFolder();
  const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8')) as Record<string, { lang?: Language }>;
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort()
    .map((file) => ({ name: `corpus/${file}`, text: readFileSync(join(folder, file), 'utf8'), lang: sources[file]?.lang ?? 'nl' }));
}

const ALL_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set([
  'individual-budget',
  'learning-account',
  'voucher',
  'collective-fund',
  'choice-budget',
  'development-time',
  'training-leave',
  'reimbursement',
  'free-time',
]);

/** Maps an offset of the edited text back to the original: inside inserted text, to where it was inserted. */
function mapBack(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    const newStart = edit.range.start + shift;
    const newEnd = newStart + edit.newText.length;
    if (offset < newStart) break;
    if (offset < newEnd) return edit.range.start;
    shift += edit.newText.length - (edit.range.end - edit.range.start);
  }
  return offset - shift;
}

/** The spans of the edited text that the edits wrote. */
function insertedSpans(edits: readonly TextEdit[]): TextRange[] {
  let shift = 0;
  const spans: TextRange[] = [];
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    const start = edit.range.start + shift;
    spans.push({ start, end: start + edit.newText.length });
    shift += edit.newText.length - (edit.range.end - edit.range.start);
  }
  return spans;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inside = (r: TextRange, spans: readonly TextRange[]) => spans.some((s) => r.start >= s.start && r.end <= s.end);
const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const key = (f: Finding) => `${f.ruleId}: ${f.message}`;
const serious = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/**
 * Provisions that say of the same subject (money, time) both that it lapses and that it is kept:
 * "Niet-bestede bedragen vervallen aan het einde van het jaar" beside "Niet-bestede bedragen blijven
 * 24 maanden beschikbaar", or "moet binnen twaalf maanden worden besteed" beside "blijven 24 maanden
 * beschikbaar". Said in the same article (or in a draft without articles): the model groups the
 * mentions of one kind of instrument into one provision, and two budgets of a kind in two articles
 * (an ontwikkelbudget that can be saved, a DI-budget that lapses) may well differ. A lapse at the end
 * of employment is another matter.
 */
function contradictions(doc: PolicyDocument): Set<string> {
  const out = new Set<string>();
  const unit = (s: number) => unitOf(doc, doc.sentences[s])?.index ?? -1;
  for (const provision of provisions(doc, ALL_INSTRUMENTS)) {
    const scope = provisionScope(doc, provision);
    const atEmploymentEnd = (s: number) => factsInSentence(doc, s, 'time-term').some((t) => t.term === 'employment-end' && !t.negated);
    const lapses = factsInSentences(doc, scope, 'lapse').filter((f) => !f.negated && !atEmploymentEnd(f.sentence));
    const savings = factsInSentences(doc, scope, 'saving').filter((f) => !f.negated);
    for (const subject of ['aboutMoney', 'aboutTime'] as const) {
      for (const l of lapses.filter((f) => f[subject])) {
        for (const k of savings.filter((f) => f[subject] && unit(f.sentence) === unit(l.sentence))) {
          out.add(
            `${provision.instrument} (${subject === 'aboutMoney' ? 'money' : 'time'}) lapses («${sentenceText(doc, l.sentence)}») and is kept («${sentenceText(doc, k.sentence)}»)`,
          );
        }
      }
    }
    // A spending period in a sentence that names the budget, shorter than the period it is kept for.
    if (provision.inTime) continue;
    const mentions = new Set(provision.mentions.map((m) => m.sentence));
    const kept = savings
      .filter((k) => k.aboutMoney)
      .flatMap((k) =>
        factsInSentence(doc, k.sentence, 'duration')
          .filter((d) => !d.negated && d.months !== null && d.form === 'period')
          .map((d) => ({ k, months: d.months as number })),
      );
    const savingSentences = new Set(savings.map((k) => k.sentence));
    // Not a period of another kind: days, hours, conditions.
    const otherPeriod = (s: number) =>
      doc.sentences[s].facts.some((i) => ['scheme-term', 'target-group', 'work-condition', 'count', 'time-amount'].includes(doc.facts[i].kind));
    for (const s of scope) {
      if (!mentions.has(s) || savingSentences.has(s) || otherPeriod(s)) continue;
      for (const d of factsInSentence(doc, s, 'duration')) {
        if (d.negated || d.months === null || (d.form !== 'period' && d.form !== 'until-year-end')) continue;
        // As the rule reads it: a spending period stands in a clause about spending or validity.
        if (!factsInSentence(doc, s, 'spending').some((sp) => sameClause(doc, sp, d))) continue;
        for (const { k, months } of kept) {
          if (d.months < months && unit(k.sentence) === unit(s))
            out.add(
              `${provision.instrument} is to be spent within ${d.months} months («${sentenceText(doc, s)}») and is kept for ${months} («${sentenceText(doc, k.sentence)}»)`,
            );
        }
      }
    }
  }
  return out;
}

const sentenceText = (doc: PolicyDocument, s: number) => doc.sentences[s].text.replace(/\s+/g, ' ').slice(0, 80);

/** Facts of the original that replacing edits delete and that say more than a term. */
function deleted(doc: PolicyDocument, edits: readonly TextEdit[]): Fact[] {
  return edits.flatMap((edit) =>
    edit.range.start === edit.range.end
      ? []
      : doc.facts.filter(
          (f) =>
            f.range.start >= edit.range.start &&
            f.range.end <= edit.range.end &&
            ((!f.negated && CONTENT_KINDS.has(f.kind) && !(f.kind === 'time-amount' && f.value === null)) ||
              (f.kind === 'instrument' && (f.granted || f.negated))),
        ),
  );
}

const SECOND_PERSON = /\b(je|jij|jou|jouw|jezelf|you|your|yours|yourself)\b/i;
/** The employee in the third person; a target group ("lager opgeleide en oudere medewerkers") is named so in any register. */
const THIRD_PERSON = /\b(werknemers?|medewerkers?|employees?)\b/i;
const TARGET_GROUP = /(lager opgeleide en oudere medewerkers|lower-educated and older employees)/gi;

/** What is wrong with the text one fix (or fix-all) wrote into `draft`. */
function judgeFixedText(
  draft: Draft,
  before: Finding[],
  fixed: Finding[],
  edits: readonly TextEdit[],
  fixedText: string,
  doc: PolicyDocument,
  originalDoc: PolicyDocument,
): string[] {
  const problems: string[] = [];
  // No new error or warning (multiset: a second copy of a finding is new too).
  const counts = new Map<string, number>();
  for (const f of before) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  for (const f of fixed) {
    const n = counts.get(key(f)) ?? 0;
    if (n > 0) counts.set(key(f), n - 1);
    // The same finding, no longer softened: a fix that closes a text which broke off ends the doubt
    // the engine's caveat spoke of ("De tekst breekt hier af; ..."), not the finding itself.
    else if (
      before.some(
        (b) =>
          b.ruleId === f.ruleId &&
          b.severity === 'info' &&
          b.range.start === mapBack(f.range.start, edits) &&
          b.message.length > f.message.length &&
          /breekt hier af|breaks off/.test(b.message),
      )
    )
      continue;
    else if (serious(f)) problems.push(`new finding ${key(f)}`);
  }
  // No provision both lapses and is kept, unless the draft already said both.
  const already = contradictions(originalDoc);
  for (const c of contradictions(doc)) if (!already.has(c)) problems.push(c);
  // Inserted text refers only to what the draft has, in the draft's own words and register.
  const spans = insertedSpans(edits);
  const original = draft.text.toLowerCase();
  for (const s of doc.sentences) {
    if (!spans.some((span) => overlaps(span, s.range))) continue;
    for (const ref of factsInSentence(doc, s.index, 'reference')) {
      if (!inside(ref.range, spans) || ref.external || ref.target === 'chapter' || ref.number === null) continue;
      if (!findArticle(originalDoc, ref.target === 'annex' ? 'annex' : 'article', ref.number))
        problems.push(`inserted reference to ${ref.target} ${ref.number}, which the draft does not have`);
    }
    for (const instrument of factsInSentence(doc, s.index, 'instrument')) {
      if (!inside(instrument.range, spans)) continue;
      // A name the draft uses, as a word or the head of a compound; a plural of a word it uses.
      const name = instrument.surface.toLowerCase();
      const stem = name.replace(/(en|s)$/, '');
      if (!new RegExp(`(${escape(name)}|${escape(stem)})\\b`).test(original))
        problems.push(`inserted instrument name «${instrument.surface}», which the draft does not use`);
    }
  }
  // What a fix replaces says nothing but the term it rewrites: no grant, amount, purpose, reference.
  // An amount rewritten in another notation ("EUR 12,50" as "€ 12,50") is the same amount, not a deleted one.
  const written = insertedSpans(edits);
  const rewritten = (f: Fact) =>
    f.kind === 'money' && doc.facts.some((m) => m.kind === 'money' && m.amount === f.amount && written.some((span) => overlaps(span, m.range)));
  for (const f of deleted(originalDoc, edits).filter((x) => !rewritten(x)))
    problems.push(`the fix deletes a ${f.kind}${f.negated ? ' (negated)' : ''} fact: «${draft.text.slice(f.range.start, f.range.end)}»`);
  const inserted = edits.map((e) => e.newText).join(' ');
  if (/\b(bijlage|annex|appendix)\s+[0-9ivxA-Z]/i.test(inserted)) {
    const number = /\b(?:bijlage|annex|appendix)\s+([0-9ivxA-Z]+)/i.exec(inserted)?.[1] ?? '';
    if (!findArticle(originalDoc, 'annex', number)) problems.push(`inserted text names annex ${number}, which the draft does not have`);
  }
  const register = documentRegister(originalDoc);
  if (register === 'formal' && SECOND_PERSON.test(inserted))
    problems.push(`inserted text addresses the reader («${SECOND_PERSON.exec(inserted)?.[0]}») in a formal draft`);
  // One word put in place of another ("medewerker" -> "werknemer") keeps the draft's register.
  const swapsParty = edits.every((e) => /^\p{L}+$/u.test(draft.text.slice(e.range.start, e.range.end)) && /^\p{L}+$/u.test(e.newText));
  const addressed = swapsParty ? '' : inserted.replace(TARGET_GROUP, '');
  if (register === 'personal' && THIRD_PERSON.test(addressed))
    problems.push(`inserted text speaks of «${THIRD_PERSON.exec(addressed)?.[0]}» in a draft that addresses its reader`);
  void fixedText;
  return problems;
}

interface Outcome {
  /** Preferred fixes applied, per rule. */
  fixes: Map<string, number>;
  /** Problems, per rule. */
  problems: Map<string, string[]>;
  /** Drafts whose fix-all did not settle. */
  unsettled: string[];
}

/** How many fixes of one rule are judged per document (see checkDraft). */
const FIXES_PER_RULE = 4;

function checkDraft(draft: Draft, outcome: Outcome): void {
  const lint = (text: string) => lintText(text, { locale: draft.lang });
  const first = lint(draft.text);
  const before = first.findings;
  // Each fix is judged on a re-lint of the whole document; a rule that fixes a word or an amount
  // may have dozens of findings in a full-length cao, so the first few per rule stand for the rest.
  const perRule = new Map<string, number>();
  const fixable = before.filter((f) => preferredFix(f) && (perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1).get(f.ruleId) ?? 0) <= FIXES_PER_RULE);
  const add = (rule: string, problem: string) => outcome.problems.set(rule, [...(outcome.problems.get(rule) ?? []), `${draft.name}: ${problem}`]);
  // The fixes an author picks by hand may be weaker, but none deletes a grant, an amount or a reference.
  for (const finding of before) {
    for (const alternative of finding.fixes.filter((f) => !f.preferred)) {
      for (const f of deleted(first.doc, alternative.edits).filter((x) => !(x.kind === 'instrument' && x.negated))) {
        add(finding.ruleId, `«${alternative.title}» (not preferred) deletes a ${f.kind} fact: «${draft.text.slice(f.range.start, f.range.end)}»`);
      }
    }
  }
  if (fixable.length === 0) return;
  for (const finding of fixable) {
    const fix = preferredFix(finding) as Fix;
    outcome.fixes.set(finding.ruleId, (outcome.fixes.get(finding.ruleId) ?? 0) + 1);
    const text = applyEdits(draft.text, fix.edits);
    if (text === draft.text) {
      add(finding.ruleId, `«${fix.title}» changes nothing`);
      continue;
    }
    const after = lint(text);
    // The same message may stand at several places (one amount written the same way twice): the
    // fix must leave one fewer of them, and none where it wrote.
    const sameMessage = (list: Finding[]) => list.filter((f) => f.ruleId === finding.ruleId && f.message === finding.message).length;
    const stillAll = sameMessage(after.findings) >= sameMessage(before);
    const returned = after.findings.filter((f) => {
      if (f.ruleId !== finding.ruleId) return false;
      if (f.message === finding.message && stillAll) return true;
      const from = mapBack(f.range.start, fix.edits);
      const to = mapBack(f.range.end, fix.edits);
      return overlaps({ start: from, end: Math.max(to, from + 1) }, finding.range);
    });
    for (const f of returned) add(finding.ruleId, `«${fix.title}»: the finding returns: ${f.message}`);
    const others = after.findings.filter((f) => !returned.includes(f));
    for (const problem of judgeFixedText(draft, before, others, fix.edits, text, after.doc, first.doc)) add(finding.ruleId, `«${fix.title}»: ${problem}`);
  }
  // Fix-all settles, and a second fix-all (or save) changes nothing.
  const lintFindings = (text: string) => lint(text).findings;
  const once = applyFixesRepeatedly(draft.text, lintFindings);
  const twice = applyFixesRepeatedly(once.text, lintFindings);
  const left = selectFixes(once.text, lintFindings(once.text));
  if (twice.text !== once.text || left.length > 0)
    outcome.unsettled.push(`${draft.name}: fix-all leaves ${left.map((f) => `«${f.title}»`).join(', ') || 'a text that changes again'}`);
}

function run(drafts: Draft[]): Outcome {
  const outcome: Outcome = { fixes: new Map(), problems: new Map(), unsettled: [] };
  for (const draft of drafts) checkDraft(draft, outcome);
  if (process.env.CAOLINT_FIX_REPORT) {
    const rules = [...new Set([...outcome.fixes.keys(), ...outcome.problems.keys()])].sort();
    for (const rule of rules) console.log(`    ${rule}: ${outcome.fixes.get(rule) ?? 0} fixes, ${outcome.problems.get(rule)?.length ?? 0} problems`);
    for (const [rule, problems] of outcome.problems) for (const p of problems) console.log(`      ${rule}: ${p}`);
    for (const u of outcome.unsettled) console.log(`      ${u}`);
  }
  return outcome;
}

function assertClean(outcome: Outcome): void {
  const problems = [...outcome.problems.entries()].flatMap(([rule, list]) => list.map((p) => `${rule}: ${p}`));
  assert.deepEqual([...problems, ...outcome.unsettled], []);
}

describe('fixes a lawyer would sign', function () {
  this.timeout(120_000);

  it('every preferred fix on every sample: no finding returns, nothing new, no contradiction, nothing the draft lacks; fix-all settles', () => {
    const drafts = loadSamples().map((s) => ({ ...s, lang: lintText(s.text).doc.language }));
    const outcome = run(drafts);
    assert.ok([...outcome.fixes.values()].reduce((a, b) => a + b, 0) > 10, 'the samples exercise the fixes');
    assertClean(outcome);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`every preferred fix on every ${lang === 'nl' ? 'Dutch' : 'English'} corpus document, the same`, function () {
      if (!hasCorpus() || !existsSync(join(corpusFolder(), 'sources.json'))) this.skip();
      const drafts = corpusDrafts().filter((d) => d.lang === lang);
      assert.ok(drafts.length > 0);
      assertClean(run(drafts));
    });
  }
});
