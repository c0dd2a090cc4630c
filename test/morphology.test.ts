import { strict as assert } from 'node:assert';
import { regularStem, verbForms } from '../server/model/morphology/dutchVerbs';
import { MorphologyAnalyser } from '../server/model/morphology/analyser';
import { clauseIds } from '../server/model/facts/clauses';
import { tokenize } from '../server/model/tokens';
import { nlVerbs } from '../server/model/lexicon/nlVerbs';

describe('Dutch verb morphology', () => {
  const stems: Array<[string, string]> = [
    ['sparen', 'spaar'],
    ['vallen', 'val'],
    ['leven', 'leef'],
    ['reizen', 'reis'],
    ['besteden', 'besteed'],
    ['bepalen', 'bepaal'],
    ['informeren', 'informeer'],
    ['reserveren', 'reserveer'],
    ['hevelen', 'hevel'],
    ['ontwikkelen', 'ontwikkel'],
    ['leveren', 'lever'],
    ['gebruiken', 'gebruik'],
    ['bouwen', 'bouw'],
    ['beslissen', 'beslis'],
    ['leren', 'leer'],
    // Two vowels spoken apart are two syllables, so the stressed last one still doubles.
    ['reageren', 'reageer'],
    ['evalueren', 'evalueer'],
    ['realiseren', 'realiseer'],
  ];
  for (const [infinitive, stem] of stems) {
    it(`stem of «${infinitive}» is «${stem}»`, () => assert.equal(regularStem(infinitive).stem, stem));
  }

  const forms: Array<[string, string[], string[]]> = [
    ['vervallen', ['vervalt', 'verval', 'verviel', 'vervielen', 'vervallen', 'vervallende'], ['valt', 'gevallen']],
    ['sparen', ['spaart', 'spaarde', 'spaarden', 'gespaard', 'gespaarde', 'sparen'], ['spaarder']],
    ['besteden', ['besteedt', 'besteedde', 'besteed', 'bestede', 'besteden'], ['gebesteed']],
    ['informeren', ['informeert', 'informeerde', 'geinformeerd'], ['informatie']],
    ['meenemen', ['meeneemt', 'meenam', 'meegenomen', 'meenemen'], ['neemt', 'genomen']],
    ['overhevelen', ['overhevelt', 'overgeheveld', 'overhevelde'], ['overheveeld']],
    ['opbouwen', ['opbouwt', 'opgebouwd', 'opgebouwde', 'opbouwde'], ['bouwt']],
    ['toekennen', ['toekent', 'toegekend', 'toekende'], ['kent']],
    ['uitgeven', ['uitgeeft', 'uitgegeven', 'uitgaf'], ['geeft']],
    ['doorschuiven', ['doorschuift', 'doorgeschoven', 'doorschoof'], []],
  ];
  for (const [lemma, yes, no] of forms) {
    it(`«${lemma}» is written ${yes.join(', ')}`, () => {
      const { joined } = verbForms(lemma, nlVerbs);
      for (const form of yes) assert.ok(joined.has(form), `${form} missing from ${[...joined].join(' ')}`);
      for (const form of no) assert.ok(!joined.has(form), `${form} should not be a joined form of ${lemma}`);
    });
  }

  const analyser = new MorphologyAnalyser(['meenemen', 'vervallen', 'sparen', 'uitgeven'], nlVerbs);
  const lemmasIn = (sentence: string) => {
    const tokens = tokenize(sentence);
    analyser.annotate(
      tokens,
      clauseIds(tokens, (t) => analyser.isVerbForm(t)),
    );
    return tokens.filter((t) => t.lemmas).map((t) => `${t.lower}=${t.lemmas!.join('/')}`);
  };
  const sentences: Array<[string, string[]]> = [
    ['Wat je niet uitgeeft, neem je niet mee naar volgend jaar.', ['uitgeeft=uitgeven', 'neem=meenemen']],
    ['Het saldo mag je mee naar het volgende jaar nemen.', ['nemen=meenemen']],
    ['Je kunt het tegoed niet mee te nemen.', ['nemen=meenemen']],
    ['De werknemer neemt het budget mee.', ['neemt=meenemen']],
    ['De werknemer neemt een cursus, en mee telt alleen de tijd.', []],
    ['De werknemer gaf het budget uit aan een cursus.', ['gaf=uitgeven']],
    ['Het budget verviel vorig jaar.', ['verviel=vervallen']],
    // A bare stem after a determiner is a noun; a participle there is still the verb.
    ['Het verval van de regeling is besproken.', []],
    ['Ik verval niet in herhaling.', ['verval=vervallen']],
    ['De vervallen dagen worden niet uitbetaald.', ['vervallen=vervallen']],
  ];
  for (const [sentence, expected] of sentences) {
    it(`reads the verbs of «${sentence}»`, () => assert.deepEqual(lemmasIn(sentence), expected));
  }

  it('opens a new clause at "en" before a verb, so a negation stays in its conjunct', () => {
    const tokens = tokenize('Het budget kan niet worden gespaard en vervalt aan het einde van het jaar');
    const ids = clauseIds(tokens, (t) => analyser.isVerbForm(t));
    const at = (word: string) => ids[tokens.findIndex((t) => t.lower === word)];
    assert.notEqual(at('niet'), at('vervalt'));
    assert.equal(at('niet'), at('gespaard'));
  });
});

describe('phrases with verb entries', () => {
  it('a slot that mixes a verb and plain words matches the verb in any form and the words as written', async () => {
    const { PhraseSet } = await import('../server/model/facts/phrases');
    const set = new PhraseSet([['@opnemen|invulling ~ in overleg', 'planning']]);
    const analyser = new MorphologyAnalyser(set.lemmas(), nlVerbs);
    const matches = (sentence: string) => {
      const tokens = tokenize(sentence);
      analyser.annotate(
        tokens,
        clauseIds(tokens, (t) => analyser.isVerbForm(t)),
      );
      return set.matchAll(tokens).length;
    };
    assert.equal(matches('Je neemt je uren op in overleg met je teamleider.'), 1);
    assert.equal(matches('Hij geeft invulling aan de dagen in overleg met zijn leidinggevende.'), 1);
    assert.equal(matches('Je neemt contact op met HR.'), 0);
  });
});

describe('nouns that look like verb forms', () => {
  it('"aanvraag", "opbouw", "overleg" are read as nouns, while the verbs keep their other forms', () => {
    for (const [lemma, noun, verbForm] of [
      ['aanvragen', 'aanvraag', 'aanvraagt'],
      ['opbouwen', 'opbouw', 'opgebouwd'],
      ['inzetten', 'inzet', 'ingezet'],
    ]) {
      const { joined } = verbForms(lemma, nlVerbs);
      assert.ok(!joined.has(noun), `${noun} should not be a form of ${lemma}`);
      assert.ok(joined.has(verbForm), `${verbForm} is a form of ${lemma}`);
    }
  });
});
