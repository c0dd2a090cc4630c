/**
 * A long cao draft of our own writing for the language-server tests: numbered chapters of articles on
 * working hours, leave, development budgets and consultation, with figures that vary per chapter, so
 * the text is not one paragraph repeated. About `kb` KB of Markdown.
 */
export function bigDraft(kb: number): string {
  const parts: string[] = ['# Cao Groenvoorziening Midden 2026-2028 (concept)\n'];
  let size = parts[0].length;
  for (let chapter = 1; size < kb * 1024; chapter++) {
    const amount = 250 + ((chapter * 37) % 600);
    const days = 1 + (chapter % 4);
    const chapterText = [
      `## Hoofdstuk ${chapter} Werk, tijd en ontwikkeling in afdeling ${chapter}`,
      '',
      `### Artikel ${chapter}.1 Arbeidsduur`,
      '',
      `1. De gemiddelde arbeidsduur in afdeling ${chapter} bedraagt ${34 + (chapter % 5)} uur per week, berekend over een periode van dertien weken.`,
      '2. De werkgever stelt het rooster ten minste vier weken van tevoren vast, na overleg met de medewerkers die het aangaat.',
      '3. Overwerk wordt zoveel mogelijk beperkt en in de eerste plaats gecompenseerd in vrije tijd.',
      '',
      ...(chapter % 10 === 1
        ? [
            `### Artikel ${chapter}.2 Persoonlijk ontwikkelbudget`,
            '',
            `1. De werknemer heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € ${amount},- per jaar.`,
            '2. Het budget kan worden besteed aan opleidingen, cursussen, coaching en loopbaanadvies.',
            `3. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar waarin het is toegekend.`,
            '',
            `### Artikel ${chapter}.3 Ontwikkeldagen`,
            '',
            `De werknemer heeft recht op ${days} ontwikkeldagen per jaar, op te nemen in overleg met de leidinggevende.`,
            '',
          ]
        : [
            `### Artikel ${chapter}.2 Vakantie`,
            '',
            `1. De werknemer bouwt per kalenderjaar ${20 + days} vakantiedagen op bij een volledige arbeidsduur.`,
            '2. De werknemer neemt zijn vakantie op in overleg met de werkgever; een aaneengesloten vakantie van drie weken in de zomer is mogelijk.',
            `3. Een uitkering van ${8 + (chapter % 2)}% van het jaarsalaris wordt in mei uitbetaald als vakantietoeslag.`,
            '',
            `### Artikel ${chapter}.3 Reiskosten`,
            '',
            `De werkgever vergoedt de reiskosten voor woon-werkverkeer tot € 0,${16 + (chapter % 7)} per kilometer, met een maximum van ${30 + (chapter % 20)} kilometer enkele reis.`,
            '',
          ]),
      `### Artikel ${chapter}.4 Werkoverleg`,
      '',
      `Elke ploeg houdt minstens eens per ${2 + (chapter % 3)} weken werkoverleg. De ploegleider zit het overleg voor en legt de afspraken vast.`,
      '',
    ].join('\n');
    parts.push(chapterText);
    size += chapterText.length + 1;
  }
  return parts.join('\n');
}
