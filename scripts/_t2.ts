import { verbForms } from '../server/model/morphology/dutchVerbs';
import { lexiconTools } from '../server/model/facts/lexiconTools';
const lex = lexiconTools('nl');
console.log(verbForms('reageren', lex.lexicon.verbs!));
console.log(lex.work.conditions.lemmas().slice(0,50));
