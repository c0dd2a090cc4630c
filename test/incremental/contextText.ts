// A draft for the incremental property test where nearly every sentence leans on those before it:
// pronouns after a party, newcomers and the training they free time for, designs named by headings,
// a writer's header, defined terms. Made from templates by the seeded generator, so it replays.
import type { Random } from './edits';

const HEADINGS = [
  '## Taakroulatie',
  '## Zelfroosteren',
  '## Werkgroep werkdruk',
  '### Artikel 4 Opleiding',
  '**Teambudget**',
  '## Artikel 6 Combinatieproject',
  '## Verbeterteam',
  '### 6.2 Ontwikkeltijd',
  '## Begripsbepalingen',
];
const SENTENCES = [
  'De operators nemen de weekplanning over.',
  'Zij mogen zelf beslissen wie welke dienst draait.',
  'Het team stelt zelf het rooster op.',
  'De teamleider verdeelt het werk.',
  'Hij beslist over de roosters.',
  'De medewerkers ruilen onderling diensten.',
  'Ze passen hun functie zelf aan.',
  'In overleg met de leidinggevende richt je je eigen werk in.',
  'Eigen medewerkers volgen een vakopleiding in werktijd.',
  'Wij nemen nieuwe medewerkers aan op leerwerkplekken.',
  'Zij halen een diploma en krijgen een vast contract.',
  'Zij nemen het werk over van wie een opleiding volgt.',
  'De operators werken telkens vier maanden op een lijn.',
  'De werkgroep doet voorstellen.',
  'Over elk voorstel neemt de directie binnen vier weken een besluit.',
  'Ik beslis over de inzet van de uren.',
  'De nieuwe medewerkers zijn de eerste weken niet volledig inzetbaar.',
  'Onder leertegoed wordt verstaan: het budget voor ontwikkeling.',
  'Het leertegoed vervalt aan het eind van het jaar.',
  'Jullie krijgen twee ontwikkeldagen per jaar.',
  'De deelnemers volgen een opleiding van een jaar.',
  'Wij stellen hiervoor € 400 per medewerker beschikbaar.',
  'Het budget kan niet worden meegenomen naar het volgende jaar.',
  'De werkgever informeert de werknemers jaarlijks over hun saldo.',
];

export function contextText(random: Random): string {
  const out = ['Van: Anouk de Wit, teammanager', 'Aan: team Platform', ''];
  for (let section = 0; section < 12; section++) {
    out.push(random.pick(HEADINGS), '');
    for (let paragraph = 1 + random.below(3); paragraph > 0; paragraph--) {
      const sentences: string[] = [];
      for (let n = 1 + random.below(3); n > 0; n--) sentences.push(random.pick(SENTENCES));
      out.push(sentences.join(' '), '');
    }
  }
  out.push('Met vriendelijke groet,', '', 'Anouk de Wit, teammanager');
  return out.join('\n');
}
