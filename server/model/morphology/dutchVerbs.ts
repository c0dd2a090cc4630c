/**
 * Dutch verb morphology: every written form of a verb from its infinitive, so a lexicon entry
 * `@vervallen` covers "vervalt", "verviel", "vervallen" and "vervallende", and `@meenemen` covers
 * "meeneemt", "meegenomen", "mee te nemen" and the split main-clause order "neemt ... mee".
 *
 * Regular verbs follow the spelling rules (stem from the infinitive, vowel doubling in an open
 * syllable, v/z -> f/s, past tense -te or -de by 't kofschip); strong and irregular verbs take their
 * past and participle from the table the language supplies. No stemmer library does this: the
 * Snowball Dutch stemmer leaves "vervalt" and "vervallen" apart, and none joins a particle split
 * off by verb-second order.
 */

/** Past singular, past plural, participle; and, for verbs whose present is not regular, the present forms. */
export interface IrregularVerb {
  past: readonly [string, string];
  participle: string;
  present?: readonly string[];
}

export interface VerbKnowledge {
  /** Strong and irregular base verbs ("nemen", "vallen"), by infinitive. */
  irregular: Readonly<Record<string, IrregularVerb>>;
  /** Separable particles ("mee", "door", "over", "beschikbaar"), longest first is not required. */
  particles: readonly string[];
  /** Unstressed prefixes that take no "ge-" in the participle ("be", "ver", "ont"). */
  inseparablePrefixes: readonly string[];
  /** Verbs that start like a particle but do not split ("informeren", "overleggen"). */
  whole: readonly string[];
  /** Nouns that look like a verb form and are read as the noun ("aanvraag", "opbouw", "overleg"). */
  nouns: readonly string[];
  /**
   * Words that stand only before a noun: the base of a separable verb right after one is that noun
   * ("een boek over architectuur" is no "boekt ... over"; "de neem" does not occur).
   */
  determiners: readonly string[];
}

/** The forms of one verb: written as one word, and (for a separable verb) the base forms that need the particle elsewhere in the clause. */
export interface VerbForms {
  lemma: string;
  joined: ReadonlySet<string>;
  split: { particle: string; forms: ReadonlySet<string> } | null;
}

const VOWELS = 'aeiouy';
const KOFSCHIP = new Set(['t', 'k', 'f', 's', 'p', 'x']);

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/** Vowel pairs spoken as one sound; any other pair is two syllables ("re-a-geer", "e-va-lu-eer"). */
const ONE_SOUND = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ou', 'au', 'ai', 'oi']);

function vowelGroups(word: string): number {
  let groups = 0;
  for (let i = 0; i < word.length; i++) if (isVowel(word[i]) && !(isVowel(word[i - 1]) && ONE_SOUND.has(word[i - 1] + word[i]))) groups++;
  return groups;
}

/** The stem of a regular infinitive: "sparen" -> "spaar", "vallen" -> "val", "leven" -> "leef", "hevelen" -> "hevel". */
export function regularStem(infinitive: string): { stem: string; soundsVoiceless: boolean } {
  let root = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.slice(0, -1);
  const last = root[root.length - 1];
  // 't kofschip looks at the sound of the infinitive's stem: "leven" takes -de, "werken" -te.
  const soundsVoiceless = KOFSCHIP.has(last) || root.endsWith('ch');
  if (root.length >= 2 && last === root[root.length - 2] && !isVowel(last)) {
    root = root.slice(0, -1);
  } else if (
    root.length >= 2 &&
    !isVowel(last) &&
    'aeou'.includes(root[root.length - 2]) &&
    (!isVowel(root[root.length - 3]) || !ONE_SOUND.has(root.slice(-3, -1)))
  ) {
    const vowel = root[root.length - 2];
    const groups = vowelGroups(root);
    // An unstressed final syllable keeps one vowel ("hevel", "ontwikkel", "lever"); a stressed
    // one doubles it ("spaar", "bepaal", and the French -eren verbs: "informeer").
    const unstressed = vowel === 'e' && groups >= 2 && 'lrnm'.includes(last) && !(last === 'r' && groups >= 3);
    if (!unstressed) root = root.slice(0, -2) + vowel + vowel + last;
  }
  if (root.endsWith('v')) root = root.slice(0, -1) + 'f';
  else if (root.endsWith('z')) root = root.slice(0, -1) + 's';
  return { stem: root, soundsVoiceless };
}

/** Finite, infinitive and participle forms of a base verb (no particle, no prefix). */
function baseForms(infinitive: string, knowledge: VerbKnowledge): { finite: string[]; participle: string } {
  const irregular = knowledge.irregular[infinitive];
  const { stem, soundsVoiceless } = regularStem(infinitive);
  const present = irregular?.present ?? [stem, stem.endsWith('t') ? stem : `${stem}t`];
  if (irregular) {
    return { finite: [...present, infinitive, irregular.past[0], irregular.past[1], `${infinitive}d`, `${infinitive}de`], participle: irregular.participle };
  }
  const suffix = soundsVoiceless ? 't' : 'd';
  const past = `${stem}${suffix}e`;
  const participle = stem.endsWith('t') || stem.endsWith('d') ? `ge${stem}` : `ge${stem}${suffix}`;
  return { finite: [...present, infinitive, past, `${past}n`, `${infinitive}d`, `${infinitive}de`], participle };
}

function withAdjectiveEnding(participle: string): string[] {
  // "gespaarde", "opgebouwde"; a participle in -en takes no ending ("vervallen"); an open
  // syllable loses its double vowel ("besteed" -> "bestede").
  if (participle.endsWith('en')) return [participle];
  const n = participle.length;
  const open = n >= 4 && !isVowel(participle[n - 1]) && participle[n - 2] === participle[n - 3] && isVowel(participle[n - 2]) && !isVowel(participle[n - 4]);
  return [participle, open ? `${participle.slice(0, n - 2)}${participle[n - 1]}e` : `${participle}e`];
}

/** Every form of the verb `lemma` (an infinitive, possibly with a separable particle or an inseparable prefix). */
export function verbForms(lemma: string, knowledge: VerbKnowledge): VerbForms {
  const particle = knowledge.whole.includes(lemma)
    ? undefined
    : knowledge.particles
        .filter((p) => lemma.startsWith(p) && lemma.length - p.length >= 4 && lemma.slice(p.length).endsWith('n'))
        .sort((a, b) => b.length - a.length)[0];
  if (particle) {
    const base = lemma.slice(particle.length);
    const { finite, participle } = formsWithPrefix(base, knowledge);
    const joined = new Set([...finite.map((f) => particle + f), ...withAdjectiveEnding(particle + participle)].filter((f) => !knowledge.nouns.includes(f)));
    return { lemma, joined, split: { particle, forms: new Set([...finite, participle]) } };
  }
  const { finite, participle } = formsWithPrefix(lemma, knowledge);
  return { lemma, joined: new Set([...finite, ...withAdjectiveEnding(participle)].filter((f) => !knowledge.nouns.includes(f))), split: null };
}

function formsWithPrefix(infinitive: string, knowledge: VerbKnowledge): { finite: string[]; participle: string } {
  if (knowledge.irregular[infinitive]) return baseForms(infinitive, knowledge);
  const prefix = knowledge.inseparablePrefixes.find((p) => infinitive.startsWith(p) && knowledge.irregular[infinitive.slice(p.length)]);
  if (prefix) {
    const base = baseForms(infinitive.slice(prefix.length), knowledge);
    return { finite: base.finite.map((f) => prefix + f), participle: prefix + base.participle.replace(/^ge/, '') };
  }
  // A regular verb with an unstressed prefix takes its stem from the verb without it: "verdelen"
  // -> "verdeelt" (as "delen" -> "deelt"), "herverdelen" -> "herverdeeld"; the syllable count of
  // the whole word would take the stressed "deel" for an unstressed final syllable ("hevel").
  const regularPrefix = knowledge.inseparablePrefixes.find(
    (p) => infinitive.startsWith(p) && infinitive.length - p.length >= 4 && /[aeiouy]/.test(infinitive.slice(p.length, -2)),
  );
  if (regularPrefix) {
    const base = formsWithPrefix(infinitive.slice(regularPrefix.length), knowledge);
    return { finite: base.finite.map((f) => regularPrefix + f), participle: regularPrefix + base.participle.replace(/^ge/, '') };
  }
  const forms = baseForms(infinitive, knowledge);
  const unstressedStart = knowledge.inseparablePrefixes.some((p) => infinitive.startsWith(p) && infinitive.length - p.length >= 4);
  return { finite: forms.finite, participle: unstressedStart ? forms.participle.replace(/^ge/, '') : forms.participle };
}
