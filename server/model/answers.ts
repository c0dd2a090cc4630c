import type { TextBlock } from './blocks';
import { lexiconTools } from './facts/lexiconTools';
import { sentenceTokens } from './facts/sentenceTokens';
import type { Token } from './tokens';
import { TIME_INSTRUMENTS, type CommunicationFact, type Fact, type Language, type Sentence } from './types';

/**
 * What an answer in a FAQ or a mail says about the question right before it: the question states
 * nothing, the answer decides, and an answer often leans on the question for its subject ("Waar zie
 * ik hoeveel dagen ik nog heb? In Youforce."). Read while the document is built, once the answer's
 * own facts are known; the "Nee" that denies a whole question stays in build.ts.
 */

/** An answer and what it is read against: the sentences so far, its block, its offsets, the facts so far. */
export interface AnswerContext {
  sentences: readonly Sentence[];
  answer: Sentence;
  block: TextBlock;
  offsets: readonly number[];
  facts: Fact[];
  language: Language;
}

/**
 * The tokens of a question or an answer, made once: the readers of an answer each need them, and
 * the answer's own were made by facts/extract.ts without being kept on the sentence.
 */
const tokenCache = new WeakMap<Sentence, Token[]>();
function tokensOf(sentence: Sentence, language: Language): Token[] {
  let tokens = tokenCache.get(sentence);
  if (!tokens) tokenCache.set(sentence, (tokens = sentenceTokens(sentence.text, lexiconTools(language)).tokens));
  return tokens;
}

/**
 * The question right before the answer, in its block, or heading the answer's section where
 * `headingToo` ("### Waaraan mag je het uitgeven?" over "Dat is nog niet uitgewerkt."); null otherwise.
 */
function questionBefore({ sentences, answer, block }: AnswerContext, headingToo = false): Sentence | null {
  const question = sentences[answer.index - 1];
  if (question === undefined || question.form !== 'question' || answer.form === 'question') return null;
  return question.range.start >= block.range.start || (headingToo && question.heading) ? question : null;
}

/** The facts an answer adds from its question: a channel that shows, purposes put off. */
export function readAnswer(context: AnswerContext): Fact[] {
  return [...channelAnswered(context), ...purposesPutOff(context)];
}

/**
 * "Mag ik de opleiding in werktijd volgen? Opleidingen uit je leerrekening volg je in je eigen tijd."
 * An answer that puts the learning outside work denies the working time the question asked about,
 * as a "Nee" would; the rest of the question stays as read. Read before the answer's own facts.
 */
export function denyWorkingTimeAsked(context: AnswerContext): void {
  const { answer, facts, language } = context;
  const question = questionBefore(context);
  if (!question) return;
  const asked: Fact[] = [];
  for (let i = facts.length - 1; i >= 0 && facts[i].sentence === question.index; i--) {
    const f = facts[i];
    if ((f.kind === 'scheme-term' && f.term === 'learning-time') || (f.kind === 'instrument' && TIME_INSTRUMENTS.has(f.instrument))) asked.push(f);
  }
  if (asked.length === 0) return;
  const lex = lexiconTools(language);
  const tokens = tokensOf(answer, language);
  // An answer that gives working time as well ("lessen volg je in werktijd, huiswerk in je eigen tijd") denies nothing.
  const givesTime = lex.sets.schemeTerms.matchAll(tokens).some((m) => m.value === 'learning-time');
  if (givesTime || !lex.sets.outsideWork.test(tokens)) return;
  for (const f of asked) f.negated = true;
}

/**
 * "Waar zie ik hoeveel dagen ik nog heb? In Youforce, onder Verlof > Saldi." An answer that names a
 * channel, to a question of where to see one's entitlement, says it is shown there: the question
 * lends it the showing and the subject it lacks. An answer that already informs adds nothing.
 */
function channelAnswered(context: AnswerContext): CommunicationFact[] {
  const { answer, offsets, facts, language } = context;
  const question = questionBefore(context);
  if (!question) return [];
  for (let i = facts.length - 1; i >= 0 && facts[i].sentence === answer.index; i--) if (facts[i].kind === 'communication') return [];
  const lex = lexiconTools(language);
  const words = lex.communication;
  const asked = tokensOf(question, language);
  const aboutEntitlement = words.topics.test(asked) || lex.sets.developmentWords.test(asked) || words.means.matchAll(asked).some((m) => m.value === 'overview');
  if (!words.viewing.test(asked) || !aboutEntitlement) return [];
  const tokens = tokensOf(answer, language);
  return words.means
    .matchAll(tokens)
    .filter((m) => m.value === 'channel')
    .slice(0, 1)
    .map((m) => ({
      kind: 'communication',
      means: 'channel',
      managers: words.managers.test(tokens),
      range: { start: offsets[tokens[m.first].start], end: offsets[tokens[m.last].end - 1] + 1 },
      sentence: answer.index,
      negated: false,
    }));
}

/**
 * "Waaraan mag je het uitgeven? Dat is helaas nog niet uitgewerkt." An answer that puts off the
 * question of what a budget may be spent on leaves the purposes to later, as a sentence that says so
 * itself does (facts/extract.ts). The question may head the answer's section.
 */
function purposesPutOff(context: AnswerContext): Fact[] {
  const { answer, facts, language } = context;
  const question = questionBefore(context, true);
  if (!question) return [];
  const asksPurposes = facts.some((f) => f.sentence === question.index && f.kind === 'purpose' && f.purpose === 'list');
  if (!asksPurposes || facts.some((f) => f.sentence === answer.index && f.kind === 'scheme-term' && f.term === 'purposes-deferred')) return [];
  const lex = lexiconTools(language);
  if (!lex.deferred.test(tokensOf(answer, language))) return [];
  return [{ kind: 'scheme-term', term: 'purposes-deferred', range: answer.range, sentence: answer.index, negated: false }];
}
