import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import type { PolicyDocument, TimeTerm } from '../server/model/types';

function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

/** The time amounts the model reads, as "value unit /perMonths «words»". */
function amounts(markdown: string): string[] {
  return model(markdown).facts.flatMap((f) =>
    f.kind === 'time-amount' && !f.negated ? [`${f.value} ${f.unit} /${f.perMonths} «${markdown.slice(f.range.start, f.range.end)}»`] : [],
  );
}

/** The positive time terms, as "term «words»". */
function terms(markdown: string): string[] {
  return model(markdown).facts.flatMap((f) => (f.kind === 'time-term' && !f.negated ? [`${f.term} «${markdown.slice(f.range.start, f.range.end)}»`] : []));
}

const has = (markdown: string, term: TimeTerm) => terms(markdown).some((t) => t.startsWith(`${term} `));

describe('policy model: development time', () => {
  it('reads days and hours with their period, in figures and in words', () => {
    assert.deepEqual(amounts('De werknemer heeft recht op twee scholingsdagen per kalenderjaar met behoud van loon.'), ['2 days /12 «twee scholingsdagen»']);
    assert.deepEqual(amounts('Je hebt recht op 24 uur ontwikkeltijd per jaar, naast de tijd voor verplichte vakscholing.'), ['24 hours /12 «24 uur»']);
    assert.deepEqual(amounts('Iedere medewerker krijgt acht innovatie-uren per maand.'), ['8 hours /1 «acht innovatie-uren»']);
    assert.deepEqual(amounts('Werknemer beschikt per kalenderjaar over 35 ontwikkeluren bij een voltijdse werkweek.'), ['35 hours /12 «35 ontwikkeluren»']);
  });

  it('reads "per twee weken" and half days', () => {
    assert.deepEqual(amounts('Je kunt opleidingsverlof krijgen van één dag per twee weken, met behoud van salaris.'), ['1 days /0.5 «één dag»']);
    assert.deepEqual(amounts('Voor het examen wordt verlof verleend van ten hoogste vijf halve dagen per jaar.'), ['2.5 days /12 «vijf halve dagen»']);
  });

  it('names a day entitlement without a figure, and does not take an article number for an amount', () => {
    assert.deepEqual(amounts('De werknemer heeft recht op ontwikkeldagen.'), ['null days /null «ontwikkeldagen»']);
    assert.deepEqual(amounts('# Artikel 34 Scholingsdagen\n\nZie artikel 34 lid 2.'), []);
    assert.deepEqual(amounts('Het werkoverleg vindt plaats op de eerste dinsdag van de maand.'), []);
  });

  it('reads planning and replacement only where the sentence is about development time', () => {
    assert.ok(has('De werknemer plant de ontwikkeldagen in overleg met zijn leidinggevende.', 'planning'));
    assert.ok(has('Je leidinggevende regelt vervanging voor de dagen dat je met opleidingsverlof bent.', 'replacement'));
    assert.ok(!has('De werkgever zorgt voor vervanging van het gereedschap.', 'replacement'));
    assert.ok(!has('Het rooster wordt vier weken vooraf bekendgemaakt.', 'planning'));
  });

  it('marks a lapse at the end of employment', () => {
    assert.ok(has('Bij einde dienstverband vervallen de niet-opgenomen ontwikkeluren.', 'employment-end'));
  });

  it('recognises a combination project by name or by newcomers who take over while own staff train', () => {
    assert.ok(has('De werkgever kan een combinatieproject opzetten met leerwerkplekken voor nieuwe instromers.', 'combination-project'));
    assert.ok(has('Tijdens de opleidingsdagen van onze medewerkers worden zij vervangen door uitzendkrachten.', 'combination-project'));
    assert.ok(!has('Uitzendkrachten worden na 26 weken vervangen door vaste medewerkers.', 'combination-project'));
  });

  it('reads ramp-up and perspective for newcomers, not the own staff training goal', () => {
    assert.ok(has('Bij de planning gaat de werkgever ervan uit dat een nieuwe instromer de eerste drie maanden voor de helft inzetbaar is.', 'ramp-up'));
    assert.ok(has('Uitzendkrachten zijn de eerste weken niet volledig inzetbaar.', 'ramp-up'));
    assert.ok(has('Nieuwe instromers volgen een erkende opleiding en ontvangen bij afronding een diploma.', 'perspective'));
    assert.ok(!has('Onze eigen orderpickers halen een diploma op mbo 2-niveau.', 'perspective'));
    assert.ok(!has('De uitzendkrachten draaien vanaf hun eerste dag volledig mee op de normale productienorm.', 'ramp-up'));
  });
});
