import type { VerbKnowledge } from '../morphology/dutchVerbs';

/**
 * Dutch verb knowledge for the morphology layer: the strong and irregular verbs cao language uses
 * (past singular, past plural, participle), the separable particles and the unstressed prefixes.
 * Regular verbs need no entry: their forms follow from the infinitive.
 */
export const nlVerbs: VerbKnowledge = {
  irregular: {
    nemen: { past: ['nam', 'namen'], participle: 'genomen' },
    // Stressed -eren verbs of two syllables, whose stress the spelling rules cannot see ("leveren" -> "levert", but "rouleren" -> "rouleert").
    rouleren: { past: ['rouleerde', 'rouleerden'], participle: 'gerouleerd', present: ['rouleer', 'rouleert'] },
    roteren: { past: ['roteerde', 'roteerden'], participle: 'geroteerd', present: ['roteer', 'roteert'] },
    // An unstressed -eren after a prefixed root: "vergaderen" -> "vergadert" (not "vergadeert").
    vergaderen: { past: ['vergaderde', 'vergaderden'], participle: 'vergaderd', present: ['vergader', 'vergadert'] },
    vangen: { past: ['ving', 'vingen'], participle: 'gevangen' },
    vallen: { past: ['viel', 'vielen'], participle: 'gevallen' },
    gaan: { past: ['ging', 'gingen'], participle: 'gegaan', present: ['ga', 'gaat'] },
    staan: { past: ['stond', 'stonden'], participle: 'gestaan', present: ['sta', 'staat'] },
    slaan: { past: ['sloeg', 'sloegen'], participle: 'geslagen', present: ['sla', 'slaat'] },
    doen: { past: ['deed', 'deden'], participle: 'gedaan', present: ['doe', 'doet'] },
    zien: { past: ['zag', 'zagen'], participle: 'gezien', present: ['zie', 'ziet'] },
    hebben: { past: ['had', 'hadden'], participle: 'gehad', present: ['heb', 'hebt', 'heeft'] },
    zijn: { past: ['was', 'waren'], participle: 'geweest', present: ['ben', 'bent', 'is'] },
    worden: { past: ['werd', 'werden'], participle: 'geworden', present: ['word', 'wordt'] },
    blijven: { past: ['bleef', 'bleven'], participle: 'gebleven' },
    krijgen: { past: ['kreeg', 'kregen'], participle: 'gekregen' },
    geven: { past: ['gaf', 'gaven'], participle: 'gegeven' },
    schuiven: { past: ['schoof', 'schoven'], participle: 'geschoven' },
    komen: { past: ['kwam', 'kwamen'], participle: 'gekomen' },
    wijzen: { past: ['wees', 'wezen'], participle: 'gewezen' },
    spreken: { past: ['sprak', 'spraken'], participle: 'gesproken' },
    breken: { past: ['brak', 'braken'], participle: 'gebroken' },
    brengen: { past: ['bracht', 'brachten'], participle: 'gebracht' },
    houden: { past: ['hield', 'hielden'], participle: 'gehouden' },
    zetten: { past: ['zette', 'zetten'], participle: 'gezet' },
    vragen: { past: ['vroeg', 'vroegen'], participle: 'gevraagd' },
    kiezen: { past: ['koos', 'kozen'], participle: 'gekozen' },
    bieden: { past: ['bood', 'boden'], participle: 'geboden' },
    laten: { past: ['liet', 'lieten'], participle: 'gelaten' },
    lopen: { past: ['liep', 'liepen'], participle: 'gelopen' },
    schrijven: { past: ['schreef', 'schreven'], participle: 'geschreven' },
    verliezen: { past: ['verloor', 'verloren'], participle: 'verloren' },
    dragen: { past: ['droeg', 'droegen'], participle: 'gedragen' },
    zoeken: { past: ['zocht', 'zochten'], participle: 'gezocht' },
    denken: { past: ['dacht', 'dachten'], participle: 'gedacht' },
    kopen: { past: ['kocht', 'kochten'], participle: 'gekocht' },
    sluiten: { past: ['sloot', 'sloten'], participle: 'gesloten' },
    schieten: { past: ['schoot', 'schoten'], participle: 'geschoten' },
    vinden: { past: ['vond', 'vonden'], participle: 'gevonden' },
    binden: { past: ['bond', 'bonden'], participle: 'gebonden' },
    lezen: { past: ['las', 'lazen'], participle: 'gelezen' },
    treden: { past: ['trad', 'traden'], participle: 'getreden' },
    raden: { past: ['raadde', 'raadden'], participle: 'geraden' },
    heffen: { past: ['hief', 'hieven'], participle: 'geheven' },
    wegen: { past: ['woog', 'wogen'], participle: 'gewogen' },
    bespreken: { past: ['besprak', 'bespraken'], participle: 'besproken' },
    besluiten: { past: ['besloot', 'besloten'], participle: 'besloten' },
    ontvangen: { past: ['ontving', 'ontvingen'], participle: 'ontvangen' },
    verdwijnen: { past: ['verdween', 'verdwenen'], participle: 'verdwenen' },
    verstrekken: { past: ['verstrekte', 'verstrekten'], participle: 'verstrekt' },
  },
  particles: [
    'mee', 'door', 'over', 'op', 'vorm', 'waar', 'toe', 'uit', 'aan', 'in', 'af', 'bij', 'terug', 'vast', 'weg', 'na', 'voor', 'om', 'samen',
    'bekend', 'beschikbaar', 'vrij', 'tegemoet', 'kennis', 'plaats', 'deel',
  ],
  inseparablePrefixes: ['be', 'ge', 'ver', 'ont', 'her', 'er'],
  whole: ['informeren', 'overleggen', 'ondersteunen', 'onderhouden', 'overwegen', 'voorkomen', 'aanvaarden'],
};
