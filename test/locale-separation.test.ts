import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import type { Finding, Locale } from '../server/engine/types';
import { loadSamples } from './harness/samples';
import { sampleLintOptions } from './harness/scenario';

/**
 * Two languages meet in a finding: the reader's (the UI locale: messages and fix titles) and the
 * draft's (the clause a fix writes into the text). Issue 13 found them mixed ("Unused dagen of
 * «scholingsdagen» lapse", a fix inserting "carried over to het volgende jaar"). Every sample is
 * linted in both UI locales and its texts are searched for words of the wrong language.
 *
 * The word lists are short on purpose: frequent function words and the few nouns the rules
 * themselves use, each a word of one language and not of the other. Words both languages have
 * ("in", "is", "of", "over", "door", "met", "die", "was", "as") are left out, so a hit is a real
 * mix-up, not a coincidence. Draft words quoted in «» are the draft's, whatever the UI language,
 * and are left out of the message check.
 */
const WORDS: Record<Locale, ReadonlySet<string>> = {
  nl: new Set([
    'de',
    'het',
    'een',
    'van',
    'en',
    'niet',
    'voor',
    'zijn',
    'wordt',
    'worden',
    'naar',
    'bij',
    'ook',
    'maar',
    'geen',
    'dat',
    'deze',
    'dit',
    'er',
    'hun',
    'kan',
    'kunnen',
    'nog',
    'zonder',
    'tussen',
    'welk',
    'welke',
    'staat',
    'jaar',
    'dagen',
    'uren',
    'maanden',
    'volgende',
    'werknemer',
    'werknemers',
    'medewerker',
    'medewerkers',
    'werkgever',
    'artikel',
    'lid',
    'hoofdstuk',
    'bijlage',
  ]),
  en: new Set([
    'the',
    'and',
    'to',
    'for',
    'with',
    'not',
    'be',
    'are',
    'it',
    'this',
    'that',
    'which',
    'from',
    'by',
    'or',
    'they',
    'their',
    'has',
    'have',
    'does',
    'without',
    'must',
    'when',
    'where',
    'there',
    'days',
    'hours',
    'year',
    'months',
    'next',
    'unused',
    'employee',
    'employees',
    'employer',
    'article',
    'member',
    'chapter',
    'annex',
  ]),
};

const other = (locale: Locale): Locale => (locale === 'nl' ? 'en' : 'nl');

/** The words of `text` that belong to `language`'s list, in order, once each. */
function wordsOf(text: string, language: Locale): string[] {
  const found = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => WORDS[language].has(word));
  return [...new Set(found)];
}

/** A message without what it quotes from the draft («...»). */
function unquoted(message: string): string {
  return message.replace(/«[^»]*»/g, ' ');
}

interface Lint {
  locale: Locale;
  language: Locale;
  findings: Finding[];
}

describe('locale separation: messages in the UI language, fix text in the draft language', () => {
  const samples = loadSamples();
  const lints = new Map<string, Lint[]>();
  before(() => {
    for (const sample of samples) {
      lints.set(
        sample.name,
        (['nl', 'en'] as const).map((locale) => {
          const result = lintText(sample.text, { locale, ...sampleLintOptions(sample.text, sample.context) });
          return { locale, language: result.doc.language, findings: result.findings };
        }),
      );
    }
  });

  it('catches the mix-up issue 13 found, and leaves draft quotes alone', () => {
    assert.deepEqual(wordsOf(unquoted('Unused dagen of «scholingsdagen» lapse'), 'nl'), ['dagen']);
    assert.deepEqual(wordsOf('Add: unused days are carried over to het volgende jaar', 'nl'), ['het', 'volgende', 'jaar']);
    assert.deepEqual(wordsOf(unquoted('Unused days of «scholingsdagen van het personeel» lapse'), 'nl'), []);
    assert.deepEqual(wordsOf(' Niet-opgenomen dagen worden meegenomen naar het volgende jaar.', 'en'), []);
  });

  it('has samples to check in both draft languages, or says which is missing', () => {
    const languages = new Set([...lints.values()].map((runs) => runs[0].language));
    assert.ok(languages.has('nl'), 'no Dutch sample');
    if (!languages.has('en')) console.log('      note: no English sample; fix text is checked for Dutch drafts only');
  });

  for (const sample of samples) {
    describe(sample.name, () => {
      it('messages and fix titles hold no word of the other UI language (draft quotes in «» aside)', () => {
        const problems: string[] = [];
        for (const { locale, findings } of lints.get(sample.name) ?? []) {
          for (const finding of findings) {
            const inMessage = wordsOf(unquoted(finding.message), other(locale));
            if (inMessage.length > 0) problems.push(`[${locale}] ${finding.ruleId} message has ${inMessage.join(', ')}: ${finding.message}`);
            for (const fix of finding.fixes) {
              const inTitle = wordsOf(unquoted(fix.title), other(locale));
              if (inTitle.length > 0) problems.push(`[${locale}] ${finding.ruleId} fix title has ${inTitle.join(', ')}: ${fix.title}`);
            }
          }
        }
        assert.deepEqual(problems, []);
      });

      it('fix text is in the draft language and the same whatever the UI language', () => {
        const [nl, en] = lints.get(sample.name) ?? [];
        const problems: string[] = [];
        const edits = (findings: Finding[]) => findings.map((f) => f.fixes.map((fix) => fix.edits));
        assert.deepEqual(edits(en.findings), edits(nl.findings), 'the edits of a fix changed with the UI locale');
        for (const finding of nl.findings) {
          for (const fix of finding.fixes) {
            for (const edit of fix.edits) {
              const wrong = wordsOf(edit.newText, other(nl.language));
              if (wrong.length > 0)
                problems.push(`${finding.ruleId} fix "${fix.title}" writes ${wrong.join(', ')} into a ${nl.language} draft: ${edit.newText}`);
            }
          }
        }
        assert.deepEqual(problems, []);
      });
    });
  }
});
