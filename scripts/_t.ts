import { tokenize } from '../server/model/tokens';
import { lexiconTools } from '../server/model/facts/lexiconTools';
const t = 'De raad van bestuur reageert binnen zes weken schriftelijk op het advies.';
const tokens = tokenize(t);
const lex = lexiconTools('nl');
lex.morphology.annotate(tokens, tokens.map(() => 0));
console.log(JSON.stringify(tokens.map((x) => [x.text, x.lemmas])));
console.log(lex.work.conditions.matchAll(tokens));
