import { defineRule } from './kit';
import type { PolicyDocument, RoleTermFact } from '../server/model/types';
import { factsOf } from '../server/model/query';
import { lexiconTools } from '../server/model/facts/lexiconTools';

/**
 * A term the draft defines is the word it uses: when "werknemer" is defined, "medewerker" for the
 * same party makes a reader wonder whether someone else is meant (and a judge may agree). The
 * model records the definitions (definitions.ts) and every word for a party (facts/roles.ts); this
 * rule reports a synonym that is not itself defined, once per sentence.
 */
const rule = defineRule({
  meta: {
    id: 'defined-term-consistency',
    intervention: 'redactie',
    defaultSeverity: 'info',
    fixable: true,
    description: {
      nl: 'Een gedefinieerd begrip wordt ook zo gebruikt: geen "medewerker" waar "werknemer" is gedefinieerd.',
      en: 'A defined term is used as defined: no "medewerker" where "werknemer" is the defined word.',
    },
    options: {},
  },
  messages: {
    synonym: {
      nl: 'Hier staat «{used}», maar het document definieert «{defined}». Gebruik het gedefinieerde begrip, of definieer «{used}» als iemand anders bedoeld is.',
      en: 'This says «{used}», but the document defines «{defined}». Use the defined term, or define «{used}» if someone else is meant.',
    },
    useDefined: { nl: 'Vervang door «{text}»', en: 'Replace by «{text}»' },
  },
  check({ doc, report, applies }) {
    // The defined word per role (the lexicon says which party a word names); definitions themselves are not uses.
    const defined = new Map<string, { term: string }>();
    const definedWords = new Set(doc.definitions.map((d) => d.term));
    const definitionSentences = new Set(doc.definitions.map((d) => d.sentence));
    for (const definition of doc.definitions) {
      const role = roleOfWord(doc, definition.term);
      if (role && !defined.has(role)) defined.set(role, { term: definition.term });
    }
    if (defined.size === 0) return;
    applies();
    // The synonyms per sentence: one finding on the first, one fix for all of them (a fix that left
    // the second "medewerker" of a sentence would only move the finding).
    const bySentence = new Map<number, RoleTermFact[]>();
    for (const fact of factsOf(doc, 'role-term')) {
      if (!defined.has(fact.role) || definedWords.has(fact.word) || definitionSentences.has(fact.sentence)) continue;
      bySentence.set(fact.sentence, [...(bySentence.get(fact.sentence) ?? []), fact]);
    }
    for (const synonyms of bySentence.values()) {
      const first = synonyms[0];
      const definition = defined.get(first.role) as { term: string };
      const used = doc.text.slice(first.range.start, first.range.end);
      const edits = synonyms.map((fact) => ({ range: { ...fact.range }, newText: replacement(doc, fact, defined.get(fact.role)!.term) }));
      const complete = edits.every((e) => e.newText !== '');
      report({
        range: first.range,
        messageId: 'synonym',
        data: { used, defined: definition.term },
        fixes: complete ? [{ titleId: 'useDefined', data: { text: edits[0].newText }, edits, preferred: true }] : [],
      });
    }
  },
});

/** The party a word names, by the lexicon's words for the parties ("werknemer" and "werknemers" name the employee). */
function roleOfWord(doc: PolicyDocument, word: string): string | undefined {
  for (const [role, words] of Object.entries(lexiconTools(doc.language).lexicon.roleTerms)) {
    if (words.some(([singular, plural]) => singular === word || plural === word)) return role;
  }
  return undefined;
}

/** The plural the lexicon gives for the defined word ("werknemers"). */
function pluralOf(doc: PolicyDocument, term: string): string {
  for (const words of Object.values(lexiconTools(doc.language).lexicon.roleTerms)) {
    for (const [singular, plural] of words) if (singular === term) return plural;
  }
  return '';
}

/** The defined word in the number and capitalisation of the word it replaces. */
function replacement(doc: PolicyDocument, fact: RoleTermFact, term: string): string {
  const used = doc.text.slice(fact.range.start, fact.range.end);
  return matchCase(used, used.toLowerCase() !== fact.word ? pluralOf(doc, term) : term);
}

function matchCase(model: string, word: string): string {
  if (!word) return '';
  return /^\p{Lu}/u.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}

export default rule;
