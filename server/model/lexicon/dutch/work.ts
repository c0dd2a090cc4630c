import type { Lexicon } from '../types';

/** Dutch: ways of organising work: designs, who decides, the conditions the guidance sets. */
export const dutchWork = {
  work: {
    designs: {
      rotation: [
        'taakroulatie', 'functieroulatie', 'jobrotatie', 'taakrotatie', 'roulatie', 'rotatie', '*roulatie', '*rotatie', '@rouleren', 'roulatieschema', 'rotatieschema',
        '@roteren ~ tussen|over|langs|naar',
        '@wisselen ~ van afdeling|afdelingen|team|teams|taak|taken|functie|werkplek|werkplekken|werkstation|machine|machines|plek|lijn|lijnen|object|objecten|post|unit',
        'van afdeling|team|taak|taken|functie|werkplek|plek|machine|lijn|object|post ~ gewisseld|wisselen',
        'werkt|werken|werk ~ in een|het ander|andere team|afdeling|functie|werkplek',
        // Taking turns at parts of the work named in a list: "er wordt per dag gewisseld tussen deegmakerij, oven en inpak".
        '@wisselen|@rouleren ~ tussen ~ en', '@wisselen|@rouleren ~ tussen ~ , ~ en',
      ],
      enrichment: [
        'taakverrijking', 'verticale taken', 'planningstaken', 'controletaken', 'organiserende taken', 'plannings- en controletaken',
        'krijgt|krijgen ~ verantwoordelijkheid ~ planning|rooster|roosters|controle|werkverdeling',
      ],
      'self-rostering': ['zelfroosteren', 'zelfroostering', 'zelf roosteren', 'zelfroosterend', 'zelf ~ rooster|roosters ~ maken|maakt|opstellen|opstelt'],
      'self-managing': ['zelfsturend', 'zelfsturende', 'zelfsturing', 'zelforganiserend', 'zelforganiserende', 'zelfstandig werkende teams'],
      'task-change': ['@herverdelen ~ taken|werk|werkzaamheden', 'taken|werk|werkzaamheden ~ @herverdelen', 'takenpakket|takenpakketten|functie|functies ~ @verbreden', 'taakwijziging', 'taakwijzigingen', 'takenwijziging*', 'taakherontwerp', 'taakverbreding', 'herverdeling van taken', 'herontwerp van ~ taken|functies|werk',
        // Work drawn or divided anew, in either order: "de functies worden opnieuw ontworpen", "we ontwerpen de taken opnieuw", "herontworpen functies".
        'taken|takenpakket|takenpakketten|functie|functies|werk|werkzaamheden|werkprocessen ~ opnieuw ~ @ontwerpen|@inrichten|@indelen|@verdelen|@beschrijven',
        '@ontwerpen|@herontwerpen ~ taken|takenpakket|takenpakketten|functie|functies|werk|werkzaamheden', 'taken|takenpakket|takenpakketten|functie|functies|werk|werkzaamheden ~ @herontwerpen', 'herontwerp*'],
      werkoverleg: ['werkoverleg', 'werkoverleggen', 'teamoverleg', 'teamoverleggen', 'afdelingsoverleg', 'teammeeting', 'teammeetings', 'teamvergadering', 'teamvergaderingen', 'afdelingsvergadering', 'afdelingsvergaderingen'],
      werkgroep: ['werkgroep', 'werkgroepen'],
      verbeterteam: ['verbeterteam', 'verbeterteams', 'verbetergroep', 'verbetergroepen', 'kwaliteitskring', 'kwaliteitskringen', 'verbeterkring*'],
      'job-crafting': ['job crafting', 'jobcrafting', 'job-crafting', 'baanboetseren', 'taakknutselen', 'sleutelen aan ~ werk|baan|functie', 'aan ~ eigen|je|jouw|zijn|haar|hun ~ werk|baan|functie ~ @sleutelen'],
    },
    arrangeCues: [
      'stelt|stellen|stel ~ in', 'ingesteld', 'instellen', 'opgericht', 'oprichten', 'richt ~ op', '@oprichten', '@instellen', '@opzetten', '@invoeren', 'vormt|vormen|vorm|gevormd', 'samengesteld',
      'bestaat|bestaan|bestaande ~ uit', 'houdt|houden|hebben|heeft|hebt|heb ~ werkoverleg|teamoverleg', 'werkoverleg ~ heb|hebt|heeft|houdt',
      'voert|voeren|voer ~ in', 'invoeren', 'ingevoerd', 'invoering', 'starten', 'start', 'gestart', 'worden|wordt ~ zelfsturend*',
      // Working with a design, starting it or switching to it, in any word order: "werken de teams met", "gaan over op", "stappen over op", "beginnen met".
      '@werken ~ met', 'met ~ @werken', '@werken ~ in ~ zelfsturende|zelforganiserende|zelfroosterende', 'in ~ zelfsturende|zelforganiserende ~ teams|team ~ @werken', '@overgaan ~ op', '@overstappen ~ op', '@beginnen ~ met', 'met ~ @beginnen', 'van start', '@introduceren', '@toepassen',
      // A change that takes place, or a design that is drawn anew: "door taakherontwerp veranderen de functies", "worden opnieuw ontworpen".
      '@veranderen', '@ontwerpen', '@herontwerpen', 'opnieuw ~ @inrichten|@indelen|@verdelen|@beschrijven', 'houdt', 'houden', 'neemt|nemen ~ deel', 'deelnemen', 'deelneemt', 'vindt|vinden ~ plaats', 'organiseert|organiseren', 'pilot',
      '@rouleren', '@roteren', '@wisselen', 'neemt|nemen ~ over', '@overdragen', '@verrijken', '@herverdelen', '@verbreden', 'stimuleert|stimuleren|bevordert|bevorderen',
      '@vergaderen', 'komt|komen|kwam|kwamen ~ bij elkaar', 'komt|komen|kwam|kwamen ~ bijeen', 'zet|zetten ~ op', 'opgezet', 'opzetten', '@uitwerken', 'zitting', 'aanmelden', 'overnemen', 'neemt|nemen ~ *planning|controle|werkverdeling', 'krijgt|krijgen', 'telt|tellen', 'uit ~ medewerkers|collega\'s|deelnemers',
    ],
    groupTasks: [
      '@bekijken', '@onderzoeken', '@evalueren', '@inventariseren', '@uitzoeken', '@verkennen', '@beoordelen', '@analyseren', '@nagaan', '@doorlichten',
      'kijkt|kijken ~ naar', '@uitwerken', '@uitzoeken', 'brengt|brengen ~ in kaart',
    ],
    permissionCues: ['kan', 'kunnen', 'mag', 'mogen', 'kun', 'ruimte', 'mogelijk'],
    definitionCues: ['betekent', 'houdt in', 'wordt verstaan', 'verstaan we', 'is een methode', 'noemen we', 'ook wel'],
    representativeBodies: ['vertegenwoordiger*', 'sectorcommissie', 'centrales', 'vakbond*', 'vakorganisatie*', 'overlegpartij*', 'cao-partijen'],
    groupPeople: ['deelnemers', 'medewerkers', 'werknemers', 'personen', 'leden', 'mensen', 'collega\'s', 'collega', 'man', 'teamleden', 'werkenden'],
    peopleSuffixes: ['ers', 'eurs', 'ors', 'kundigen', 'isten', 'enten', 'anten', 'lingen', 'genoten', 'leden'],
    notPeople: ['meters', 'liters', 'orders', 'folders', 'posters', 'computers', 'containers', 'vouchers', 'lockers', 'printers', 'kwartalen', 'euro\'s', 'procenten', 'kilometers'],
    notIntervalBefore: ['eerste', 'tijdens', 'proef*', 'pilot', 'uiterlijk', 'inwerk*', 'looptijd'],
    // A period after which the rotation is evaluated is no pace: "Na een half jaar evalueren we de roulatie".
    notIntervalAfter: ['van tevoren', 'tevoren', 'vooraf', 'voor aanvang', 'voor de start', 'in dienst', 'dienstverband', '@evalueren', 'evaluatie', 'geëvalueerd', 'geevalueerd', '@bekijken', 'bekeken'],
    shortIntervals: {
      day: ['dagelijks', 'per dag', 'elke|iedere dag', 'per dienst', 'elke|iedere dienst', 'na elke|iedere ~ dienst|ploegendienst', 'per shift'],
      'half-day': ['per dagdeel', 'elk|ieder dagdeel'],
    },
    parties: {
      employee: ['werknemer', 'werknemers', 'medewerker', 'medewerkers', 'je', 'jij', 'jou', 'jezelf', 'u', 'ambtenaar', 'ambtenaren', 'operator', 'operators'],
      team: ['team', 'teams', 'ploeg', 'ploegen', 'wijkteam', 'wijkteams', 'teamleden'],
      manager: [
        'leidinggevende', 'leidinggevenden', 'manager', 'managers', '*manager', '*managers', 'teamleider*', 'ploegleider*', 'shiftleider*', 'afdelingsleider*',
        'objectleider*', 'bedrijfsleider*', 'locatieleider*', 'projectleider*', 'afdelingshoofd*', 'chef', 'chefs', 'direct leidinggevende',
        'productieleider*', 'vestigingsleider*', 'vestigingsmanager*', 'lead', 'leads', 'teamlead*', 'product owner', 'leiding', 'planner', 'planners', 'roosteraar*', 'coördinator', 'coordinator',
      ],
      employer: ['werkgever', 'directie', 'management', 'bestuurder', 'bestuur', 'organisatie', 'onderneming', 'wij', 'we', 'gemeentesecretaris', 'college', 'minister', 'hr', 'p&o'],
      group: ['werkgroep', 'werkgroepen', 'verbeterteam', 'verbeterteams', 'werkoverleg', 'kwaliteitskring', 'verbetergroep'],
    },
    authority: {
      decide: [
        'beslist', 'beslissen', 'beslis', 'besluit', 'besluiten', 'bepaalt', 'bepalen', 'bepaal', 'vaststelt', 'vaststellen', 'stelt|stellen|stel ~ vast',
        'bevoegdheid', 'bevoegdheden', 'bevoegd', 'mandaat', 'gemandateerd', 'beslissing', 'beslissingen', 'beslissingsbevoegd*', 'beslisbevoegd*',
        'zeggenschap', 'bindend', 'laatste woord', 'keuzevrijheid', 'kiest zelf', 'kiezen zelf',
        'besloten', 'bepaald', 'vastgesteld', 'beslist', 'keuze ~ ligt|liggen|lag', 'legt|leggen ~ vast', 'vastgelegd', 'kiest|kiezen|kies', 'wijst|wijzen ~ aan', 'aangewezen', 'mag|mogen ~ wijzigen|veranderen|aanpassen',
        // Assigning decides what one works on: "de afdelingsmanager wijst de projecten toe".
        '@toewijzen', '@indelen ~ bij|in|op ~ project|projecten',
      ],
      advise: ['adviseert', 'adviseren', 'adviserend', 'adviserende', 'adviesrol', 'adviesfunctie', 'advies', 'adviezen', 'doet|doen ~ voorstellen|voorstel', 'stelt|stellen ~ voor', 'voorstellen'],
    },
    conditions: {
      workload: [
        'werkdruk', 'werkbelasting', 'taakbelasting', 'werkdrukbeleid', 'productienorm*', 'normen ~ verlaagd|verlaagt|lager', 'niet bovenop', 'gaat ~ iets af',
        'minder productieve tijd', 'voldoende|extra|meer|genoeg ~ capaciteit', 'capaciteit ~ voor|om ~ taken|werk|werkzaamheden', 'extra formatie', 'bezetting ~ aangepast|verhoogd', 'ontlast*',
      ],
      'learning-time': [
        'leertijd', 'inwerktijd', 'tijd|ruimte ~ om ~ leren', 'tijd heeft|krijgt om', 'ruimte ~ leren|inwerken', 'leren van ~ taken', 'tijd voor het leren',
        'tijd voor ~ leren|inwerken|wennen', 'tijd|ruimte|maand|maanden|weken ~ om ~ @inwerken|@wennen|@aanleren', 'eigen te maken', 'onder de knie',
        // Hours or days set aside to learn the new work: "twee uur per week ingeroosterd om het nieuwe werk te leren".
        'uur|uren|dag|dagen|dagdeel|dagdelen|weken|maanden ~ om ~ werk|taken|taak|werkwijze|planning|vak ~ leren|@aanleren', 'extra tijd', 'ruimte om te leren', 'ingewerkt', 'inwerkperiode',
      ],
      'goal-informed': [
        'toe waarom', 'waarom we|wij|dit|zelfsturing|de|het|deze', 'wat het doel is', 'het doel van', 'doel en', 'informeert|informeren|geïnformeerd|geinformeerd ~ over ~ doel|doelen|reden|redenen|achtergrond',
        'uitleg ~ over ~ doel|waarom', 'wat het ~ betekent|oplevert', 'wat het hen|hun|jou|je ~ oplevert|betekent',
        'licht|lichten|lichtte ~ toe',
        // The goal said outright: "het doel is dat jullie meer invloed krijgen", "de bedoeling hiervan is", "we doen dit om".
        'doel|bedoeling ~ is|zijn|was', 'doel|bedoeling ~ hiervan|daarvan', 'doen|doet ~ dit|dat ~ om|omdat', 'hiermee|daarmee ~ willen ~ we|wij', 'toelichting ~ op|over', 'informatiebijeenkomst*', 'voorlichtingsbijeenkomst*', 'legt|leggen ~ uit ~ waarom|wat|hoe',
      ],
      'terms-effect': [
        'gevolgen|consequenties|effect|effecten ~ voor ~ functie*|salaris*|arbeidsvoorwaarden|beloning|inschaling|rooster|loon|inkomen|*toeslag|*toeslagen|schaal|inschaling',
        'behoud van ~ salaris|loon|functie*|toeslag*', 'salaris|loon|inschaling|functiegroep|toeslagen ~ blijft|blijven ~ gelijk|hetzelfde|ongewijzigd',
        'arbeidsvoorwaardelijk*', 'functie-indeling', 'opnieuw ~ beschreven|gewaardeerd|ingedeeld',
      ],
      temporary: ['tijdelijk', 'tijdelijke', 'proef', 'proefperiode', 'proeftijd', 'pilot', 'pilots', 'uitproberen', 'uitprobeert', 'probeert', 'eerst ~ maanden', 'op proef'],
      guidance: ['begeleiding', 'begeleidt', 'begeleider', 'coach', 'teamcoach', 'coaching', 'ondersteuning', 'ondersteunt', 'opgeleid', 'training', 'scholing', 'helpt ~ bij'],
      'time-room': [
        'tijd ~ rooster|werktijd|ingeroosterd', 'in werktijd', 'binnen werktijd', 'onder werktijd', 'uur|uren|dagdeel ~ in het|hun|zijn ~ rooster', 'dagdeel',
        'vrijgeroosterd', 'vrijgemaakt', 'vrijgesteld van ~ werk', 'tijd en ruimte', 'krijgen|krijgt ~ tijd', 'uren ~ beschikbaar',
        'krijgen|krijgt|krijg ~ uur|uren|dagdeel|dagdelen|dag|dagen ~ voor|per', 'ingeroosterd', 'uren|tijd ~ worden|wordt ~ ingeroosterd|vrijgemaakt|gecompenseerd',
      ],
      'group-support': [
        'begeleider', 'begeleidt', 'begeleiding', 'ondersteund', 'ondersteuning', 'ondersteunt', 'adviseur', 'facilitator', 'procesbegeleider',
        'informatie ~ nodig|beschikbaar|beschikt', 'beschikt|beschikken ~ over ~ informatie|gegevens|cijfers', 'cijfers', 'training', 'leert ~ werken',
        'vaardigheden', 'verbetermethode*', 'instrumenten',
      ],
      composition: ['evenwichtig', 'evenwichtige',  'mix van', 'afspiegeling', 'spreiding over', 'gebalanceerd', 'gebalanceerde', 'verschillende ~ afdelingen|teams|diensten|functies|disciplines|functieniveaus', 'multidisciplinair', 'multidisciplinaire', 'vertegenwoordigd',
        // Where the members come from: "de leden komen uit zowel Wmo als Jeugd", "uit verschillende leeftijdsgroepen", "jong en oud".
        'uit ~ zowel ~ als', 'medewerkers|collega\'s|leden ~ uit ~ , ~ en', 'uit ~ verschillende|diverse|alle ~ *groepen|leeftijden|achtergronden|locaties|vestigingen|afdelingen|teams|diensten|functies|disciplines', 'jong en oud', 'oud en jong', 'mannen en vrouwen'],
      'visible-results': [
        'resultaten|uitkomsten|resultaat ~ zichtbaar|bekend|gedeeld|gepresenteerd|gezet|gepubliceerd', 'presenteert|presenteren ~ uitkomsten|resultaten',
        'zichtbaar', 'zodat iedereen ~ ziet|zien|kan', 'teruggekoppeld', 'terugkoppeling', 'koppelt ~ terug', 'wat er met ~ gedaan|gebeurt',
        'wat daarmee|ermee|hiermee ~ is|wordt|gebeurt|gebeurd|gedaan',
        // Reporting what the group achieved: "de werkgroep meldt elk kwartaal wat zij heeft bereikt", "we laten zien wat het heeft opgeleverd".
        '@melden|@rapporteren|@vertellen|@publiceren|@delen|@presenteren|zien ~ wat ~ bereikt|opgeleverd|oplevert|resultaat|resultaten',
        // Posted where everyone sees it: "hangt de genomen maatregelen op in de kantine", "op het prikbord".
        '@ophangen ~ maatregelen|resultaten|uitkomsten|besluiten|verbeteringen|voorstellen', 'prikbord', 'genomen maatregelen', '@rapporteren ~ over ~ voortgang|resultaten|uitkomsten', 'voortgang|resultaten|uitkomsten ~ @melden|@rapporteren|@publiceren', 'resultaten|uitkomsten ~ worden|wordt ~ gedeeld|gepubliceerd|gepresenteerd|besproken',
      ],
      safety: ['veilig', 'veilige', 'veiligheid', 'vrijuit', 'durven', 'uitspreken', 'geen nadeel', 'zonder ~ nadeel', 'kritiek', 'zeggen wat ~ vindt|vinden|denkt|denken|vind|denk', 'zonder dat ~ gevolgen|nadeel|consequenties', 'zonder ~ gevolgen|consequenties ~ voor ~ beoordeling|positie|loopbaan', 'niemand ~ aangesproken|afgerekend',
        '@benoemen|@aankaarten|@uiten|zeggen|spreken ~ vrij|vrijuit|openlijk', 'vrij|vrijuit|openlijk ~ @benoemen|@aankaarten|@uiten|zeggen|spreken', 'geen gevolgen voor ~ beoordeling',
        'niemand ~ nadeel', 'ondervindt|ondervinden ~ geen ~ nadeel', 'vertrouwelijk', 'vertrouwelijke', 'blijft|blijven ~ binnen ~ werkgroep|groep|team|verbeterteam',
      ],
      'advice-response': [
        '@reageren ~ op ~ advies|adviezen|voorstel|voorstellen', 'op ~ advies|adviezen|voorstel|voorstellen ~ @reageren', 'gemotiveerd', 'gemotiveerde', '@overnemen ~ voorstel|voorstellen|advies|adviezen',
        'neemt|nemen ~ advies|voorstellen ~ over', 'reactie op ~ advies|voorstellen',
        'advies|adviezen|voorstel|voorstellen ~ @volgen|@opvolgen|@beantwoorden|@overnemen', '@volgen|@opvolgen|@beantwoorden ~ advies|adviezen|voorstel|voorstellen',
        'met ~ advies|adviezen|voorstel|voorstellen ~ doet|doen|gedaan|gebeurt', 'afwijken|afwijkt|wijkt ~ advies|adviezen', 'besluit|beslist ~ over ~ advies|voorstellen', 'welke voorstellen',
      ],
      'org-direction': [
        'koers', 'richting ~ organisatie|bedrijf|gemeente|onderneming|instelling', 'strategie', 'strategische', 'visie', 'ambitie', 'ambities',
        'doelen|doelstellingen ~ organisatie|gemeente|bedrijf|onderneming|komende|instelling|afdeling',
        // Where the organisation is heading, said as a question of place or side: "welke kant het bedrijf op wil",
        // "waar de fabriek naartoe wil", "waar we als organisatie heen gaan"; not one's own career ("waar je naartoe wilt").
        'waar ~ bedrijf|fabriek|organisatie|gemeente|onderneming|instelling|school|ziekenhuis|afdeling|zaak|winkel|vestiging|we|wij ~ naartoe|heen',
        'welke kant ~ bedrijf|fabriek|organisatie|gemeente|onderneming|instelling|school|ziekenhuis|afdeling|zaak|vestiging|we|wij ~ op|uit',
        'welke richting ~ bedrijf|fabriek|organisatie|gemeente|onderneming|instelling|school|ziekenhuis|afdeling|zaak|vestiging|we|wij',
        'richting ~ fabriek|school|ziekenhuis|vestiging|zaak|afdeling',
        // Goals of the organisation or a unit of it, as compounds ("de kwartaaldoelen van de afdeling") or as ours ("welke doelen we hebben").
        'kwartaaldoel*', 'jaardoel*', 'teamdoel*', 'afdelingsdoel*', 'bedrijfsdoel*', 'organisatiedoel*', 'productiedoel*', 'omzetdoel*', 'kwaliteitsdoel*', 'groeidoel*',
        'jaarplan', 'jaarplannen', 'ondernemingsplan', 'meerjarenplan', 'koersplan', 'koersdocument',
        'doelen|doelstellingen ~ we|wij ~ hebben|nastreven|stellen|willen|halen|bereiken', 'onze ~ doelen|doelstellingen',
        'doelen|doelstellingen van ~ de|het|onze ~ fabriek|school|ziekenhuis|vestiging|team|zaak|winkel',
        // A site or unit of the organisation: "de doelen van het distributiecentrum", "de doelstellingen van onze locatie".
        'doelen|doelstellingen|koers van ~ de|het|onze ~ distributiecentrum|dc|depot|locatie|magazijn|kantoor|filiaal|praktijk|kliniek|werkplaats|concern|divisie|regio|hub|terminal|site|centrale',
      ],
      'keeps-manager-informed': [
        'houdt|houden|houd ~ leidinggevende|leidinggevenden|teamleider|manager ~ op de hoogte', 'informeert|informeren|informeer ~ leidinggevende|teamleider|manager',
        'bespreekt|bespreken|bespreek|overlegt|overleggen ~ met ~ leidinggevende|teamleider|manager', 'in overleg met ~ leidinggevende|teamleider|manager',
        'meldt|melden ~ leidinggevende|teamleider|manager', 'leidinggevende ~ blijft|houdt ~ zicht|overzicht|op de hoogte',
        'leidinggevende|lead|teamleider|manager ~ op de hoogte ~ houden|houdt|houd|brengen|brengt|breng', 'houdt|houden|houd ~ lead ~ op de hoogte',
        'vertel|vertelt|vertellen|informeer|informeert ~ lead|leidinggevende|teamleider|manager', 'lead|leidinggevende|teamleider|manager ~ houdt|houden ~ zicht|overzicht',
      ],
    },
    practices: {
      'self-rostering': [
        'zelf ~ *rooster|*roosters|*roostering|werktijden|diensten|dienstrooster*', '@roosteren|@inroosteren ~ zelf|zichzelf', 'zelf ~ @roosteren|@inroosteren|@indelen',
        '*rooster|*roosters ~ zelf ~ @maken|@opstellen|@samenstellen|@vaststellen', '*rooster|*roosters ~ @maken|@opstellen|@samenstellen|@vaststellen|@regelen ~ zelf',
        // The finite verb second, its particle last: "stelt het team het rooster zelf op", "stellen het rooster voortaan zelf vast".
        // "zelf" right after the roster (an adverb or a negation between at most), so "stelt het rooster vast en medewerkers
        // geven zelf voorkeuren door" is not read as the team making it.
        '@maken|@opstellen|@samenstellen|@vaststellen ~ *rooster|*roosters zelf',
        '@maken|@opstellen|@samenstellen|@vaststellen ~ *rooster|*roosters voortaan|nu|sindsdien|tegenwoordig|dan|altijd|gewoon|helemaal|grotendeels|niet|nooit zelf',
        '@indelen ~ diensten|werktijden ~ zelf', '@indelen ~ eigen ~ diensten|werktijden', 'zelf ~ wanneer ~ werken|werkt|werk',
        'maken|maakt|maak|stellen|stelt|stel|plannen|plant|plan|roosteren|roostert|regelen|regelt|bepalen|bepaalt ~ eigen ~ *rooster|*roosters|diensten|werktijden',
        'eigen ~ *rooster|*roosters|diensten|werktijden ~ maken|opstellen|op|plannen|roosteren|regelen|samenstellen|samen',
        // Together, as the people of the unit: "jij en je collega's maken samen het rooster"; object first with "doen": "diensten indelen doen de medewerkers zelf".
        // Making it together, not being planned into it together with a manager ("plant de locatiemanager je uren samen met jou in het rooster").
        'samen|gezamenlijk ~ @maken|@opstellen|@samenstellen|@bepalen|@verdelen ~ *rooster|*roosters|diensten|werktijden',
        '@maken|@opstellen|@samenstellen|@bepalen|@verdelen ~ samen|gezamenlijk ~ *rooster|*roosters|diensten|werktijden',
        'samen|gezamenlijk ~ *rooster|*roosters|diensten|werktijden ~ @maken|@opstellen|@samenstellen|@bepalen|@verdelen', '*rooster|*roosters ~ @maken|@opstellen|@samenstellen ~ samen|gezamenlijk',
        '*rooster|*roosters|diensten|werktijden ~ @doen|@regelen ~ zelf|samen|onderling',
      ],
      enrichment: [
        // Doing it themselves, with the verb on either side: "de ploeg maakt zelf de planning", "zelf de bestellingen doen"
        // (not "zelf bij de planning navragen", where the planning is a desk).
        '@maken|@doen|@opstellen|@regelen|@verzorgen|@uitvoeren|@bijhouden|@plaatsen|@verdelen ~ zelf ~ *planning|werkverdeling|*controle|*controles|bestellingen|inkoop',
        'zelf ~ *planning|werkverdeling|*controle|*controles|bestellingen|inkoop ~ @maken|@doen|@opstellen|@regelen|@verzorgen|@uitvoeren|@bijhouden|@plaatsen|@verdelen',
        'zelf verantwoordelijk ~ voor ~ *planning|werkverdeling|*controle|*controles|bestellingen|inkoop',
        'zelf ~ werk|taken|werkzaamheden ~ verdelen|plannen|in',
        '@verdelen|@plannen|@organiseren|@regelen ~ zelf|onderling ~ werk|taken|*werkzaamheden|taakverdeling|werkverdeling', '@verdelen ~ werk|taken|werkzaamheden ~ onderling|zelf',
        '@plannen|@organiseren|@verdelen ~ eigen ~ werk|*werkzaamheden',
        // Object first: "binnen de ploeg wordt het werk onderling verdeeld", "de taken verdelen ze zelf".
        'werk|taken|werkzaamheden|taakverdeling|werkverdeling ~ zelf|onderling ~ @verdelen|@plannen|@organiseren|@regelen',
        'bestellingen|inkoop|*planning|werkverdeling|*controle|*controles ~ @doen|@verzorgen|@maken|@uitvoeren|@regelen ~ zelf', '@controleren ~ zelf', 'zelf ~ @controleren',
        '*planning ~ zelf ~ @maken|@opstellen', '*planning ~ @maken|@opstellen ~ zelf',
        '@uitvoeren ~ *controle|*controles', '*controle|*controles ~ @uitvoeren', 'nemen|neemt ~ *controle|*controles|*planning|werkverdeling ~ over', 'nemen|neemt ~ *controle|*controles|*planning ~ voor hun|zijn|haar|je ~ rekening',
        'verantwoordelijk|verantwoordelijkheid ~ voor ~ *planning|*controle|*controles|werkverdeling|*rooster|*roosters',
        // Planning the jobs of the work themselves, as a task taken on ("zelf"): "de wijkteams plannen zelf de reparatieverzoeken in"; "plannen hun eigen bezoeken" is the job as it was.
        '@inplannen|@plannen ~ zelf ~ *verzoeken|*opdrachten|*orders|klussen|ritten|routes|*bezoeken|*afspraken|*werkzaamheden|werk|taken|*meldingen|reparaties|*onderhoud',
        'zelf ~ *verzoeken|*opdrachten|*orders|klussen|ritten|routes|*bezoeken|*meldingen|reparaties ~ @inplannen|@plannen',
        '@inplannen|@plannen ~ *verzoeken|*opdrachten|*orders|klussen|ritten|routes|*bezoeken|*meldingen|reparaties ~ zelf',
      ],
      'self-managing': ['sturen|stuurt ~ zichzelf', 'organiseren|organiseert ~ zichzelf', 'zonder ~ leidinggevende|teamleider|manager ~ werken|werkt|functioneren'],
      // The work named as a whole: "werk", "werkzaamheden", "rol", "functie" ("Monteurs mogen hun eigen werkzaamheden anders inrichten", "je rol anders invullen").
      'job-crafting': [
        'werk|werkzaamheden|rol|baan|functie|taken|takenpakket ~ anders|zelf ~ inrichten|vormgeven|invullen', 'werk|werkzaamheden|rol|baan|functie|taken|takenpakket ~ anders|zelf ~ in ~ richten|vullen',
        'werk|werkzaamheden|rol|baan|functie|takenpakket ~ anders|zelf ~ vorm ~ geven', 'geven|geeft|geef ~ zelf ~ vorm aan', 'zelf ~ vorm ~ geven aan',
        'eigen ~ werk|werkzaamheden|rol|baan|functie|takenpakket ~ aanpassen|veranderen|vormgeven|inrichten|boetseren', 'eigen ~ werk|werkzaamheden|rol|baan|functie|takenpakket ~ aan ~ passen',
        'passen|past|pas ~ eigen ~ werk|werkzaamheden|rol|baan|functie|takenpakket ~ aan',
        '@inrichten|@invullen|@vormgeven|@aanpassen ~ je|jouw|zijn|haar|hun|eigen ~ werk|werkzaamheden|baan|functie|takenpakket',
        'werk|werkzaamheden|rol|baan|functie|takenpakket ~ zelf|anders ~ @inrichten|@invullen|@vormgeven|@aanpassen', 'werk|werkzaamheden|rol|baan|functie|takenpakket ~ eigen inzicht ~ @inrichten|@invullen|@vormgeven|@aanpassen',
        // A possessive names whose work it is, in either order of verb and object: "kan zijn takenpakket aanpassen", "past hun functie aan".
        // A role only with "anders" or "zelf": "de OR vult zijn rol in" is no crafting.
        'je|jouw|zijn|haar|hun|eigen ~ werk|werkzaamheden|baan|functie|takenpakket ~ @inrichten|@invullen|@vormgeven|@aanpassen|@herinrichten|@boetseren|@veranderen|@wijzigen|@verbreden',
        // Making the job one's own: "je functie een beetje naar je hand zetten", "je werk naar eigen smaak inrichten".
        'werk|baan|functie|takenpakket ~ naar ~ je|jouw|mijn|zijn|haar|hun|eigen ~ hand ~ @zetten', 'werk|baan|functie|takenpakket ~ naar ~ eigen ~ smaak|wens|inzicht ~ @inrichten|@invullen|@aanpassen',
        'je|jouw|zijn|haar|hun|eigen ~ taken ~ anders|zelf ~ @inrichten|@invullen|@indelen|@aanpassen|@verdelen',
      ],
      rotation: [
        '@gaan|@overstappen|@doorschuiven|@krijgen|@werken ~ andere|volgende ~ afdeling|afdelingen|werkplek|team|functie|lijn|plek|unit|post',
        'andere|volgende ~ afdeling|werkplek|team|functie|lijn|plek|unit|post ~ ingezet|inzetten|@werken',
      ],
    },
    rotatingRoles: [
      'voorzitter*', 'notulist*', 'notulen', 'notuleren', 'secretaris', 'secretariaat', 'gespreksleid*', 'dagvoorzitter*', 'gastheer*', 'gastvrouw*',
      'rooster', 'roosters', 'dienstrooster*', 'ploegendienst*', 'nachtdienst*', 'avonddienst*', 'weekenddienst*', 'wachtdienst*', 'storingsdienst*', 'dagdienst*', 'late|vroege ~ dienst|diensten', 'consignatie*', 'piket*', 'bereikbaarheid*', 'corvee*', 'vergaderplek*', 'vergaderlocatie*',
    ],
    rotationLinks: ['tussen', 'over', 'langs', 'naar', 'andere', 'volgende', 'en', 'of'],
    rotationVerbs: ['@wisselen', '@rouleren', '@afwisselen', '@doordraaien', '@doorschuiven', '@doorstromen', '@ruilen ~ van ~ plek|plaats|werkplek|afdeling'],
    rotationPlaces: ['afdeling', 'afdelingen', 'werkplek', 'werkplekken', 'plek', 'plekken', 'lijn', 'lijnen', 'team', 'teams', 'functie', 'functies', 'unit', 'units', 'post', 'posten', 'taak', 'taken', 'machine', 'machines', 'object', 'objecten', 'locatie', 'locaties', 'werkstation*', 'positie', 'posities'],
    coordinators: ['en', 'of'],
    relativePronouns: ['die', 'dat', 'wie', 'welke', 'waarvan', 'waarbij'],
    practicePronouns: ['zij', 'ze', 'hij', 'jullie'],
    personHeads: {
      employee: [
        'medewerker', 'medewerkers', 'medewerkster', 'medewerksters', 'werknemer', 'werknemers', 'kundige', 'kundigen', 'monteur', 'monteurs',
        'operator', 'operators', 'chauffeur', 'chauffeurs', 'verzorgende', 'verzorgenden', 'teamlid', 'teamleden', 'ploeglid', 'ploegleden',
        'personeelslid', 'personeelsleden', 'collega', 'collega\'s', 'werker', 'werkers', 'krachten', 'vakman', 'vaklieden', 'vakmensen',
        'assistent', 'assistenten', 'verpleger', 'verplegers', 'docent', 'docenten', 'leraar', 'leraren', 'ambtenaar', 'ambtenaren',
        'schoonmaker', 'schoonmakers', 'verkoper', 'verkoopster', 'verkopers', 'bezorger', 'bezorgers', 'vakkenvuller', 'vakkenvullers',
        'inpakker', 'inpakkers', 'kok', 'koks', 'technicus', 'technici', 'specialist', 'specialisten', 'analist', 'analisten', 'agent', 'agenten',
        'leerling', 'leerlingen', 'stagiair', 'stagiairs', 'stagiaire', 'stagiaires', 'instromer', 'instromers',
      ],
      manager: [
        'leider', 'leiders', 'leidster', 'leidsters', 'leidinggevende', 'leidinggevenden', 'manager', 'managers', 'directeur', 'directeuren',
        'hoofd', 'hoofden', 'planner', 'planners', 'roosteraar', 'roosteraars', 'werkvoorbereider', 'werkvoorbereiders', 'chef', 'chefs',
        'coördinator', 'coördinatoren', 'coordinator', 'coordinatoren', 'opzichter', 'opzichters', 'uitvoerder', 'uitvoerders', 'voorman', 'voormannen',
        'supervisor', 'supervisors',
      ],
      employer: ['werkgever', 'werkgevers', 'opdrachtgever', 'opdrachtgevers', 'bestuurder', 'bestuurders', 'eigenaar', 'eigenaren', 'ondernemer', 'ondernemers'],
      none: [
        'klant', 'klanten', 'cliënt', 'cliënten', 'client', 'clienten', 'patiënt', 'patiënten', 'patient', 'patienten', 'bewoner', 'bewoners',
        'leverancier', 'leveranciers', 'bezoeker', 'bezoekers', 'gast', 'gasten', 'ouders', 'reiziger', 'reizigers', 'huurder', 'huurders',
        'consument', 'consumenten', 'inwoner', 'inwoners', 'begeleider', 'begeleiders', 'aanbieder', 'aanbieders', 'adviseur', 'adviseurs',
        'arts', 'artsen', 'coach', 'coaches', 'roosters', 'cijfers', 'letters', 'nummers', 'kamers', 'registers', 'dossiers', 'filters', 'anders',
        'orders', 'folders', 'posters', 'computers', 'containers', 'vouchers', 'lockers', 'printers', 'meters', 'liters', 'zomers', 'winters',
      ],
    },
    staffSuffixes: ['ers', 'eurs', 'ors', 'kundigen', 'isten'],
    prepositions: ['met', 'van', 'bij', 'aan', 'voor', 'naast', 'namens', 'tussen', 'over', 'binnen', 'zonder', 'na', 'tot', 'uit', 'onder', 'tegenover', 'via', 'per', 'op', 'in', 'naar'],
    partyDeterminers: ['de', 'het', 'een', 'elk', 'ieder', 'deze', 'dit', 'je', 'jouw', 'uw', 'zijn', 'haar', 'hun', 'alle', 'elke', 'iedere', 'eigen', 'directe', 'vaste', 'andere', 'nieuwe'],
    passiveAuxiliaries: ['wordt', 'worden', 'werd', 'werden'],
    selfWords: ['zelf', 'onderling'],
    orgGoals: { heads: ['doelen', 'doelstellingen', 'koers', 'strategie', 'ambities', 'jaardoelen', 'kwartaaldoelen'], links: ['van'], determiners: ['de', 'het', 'onze', 'ons'] },
    headingConditions: {
      'goal-informed': ['doel', 'doelen', 'doelstelling*', 'waarom*', 'aanleiding', 'achtergrond'],
      'time-room': ['tijd', 'tijdsbesteding', 'faciliteiten', 'facilitering'],
      'group-support': ['ondersteuning', 'begeleiding'],
    },
    approval: ['tussenkomst', 'goedkeuring', 'goedkeuren', 'goedgekeurd', 'keurt|keuren ~ goed', 'toestemming', 'akkoord', 'instemming', 'fiat', 'accordering', 'accordeert', 'accorderen', 'geaccordeerd'],
    agentMarkers: ['door', 'van'],
    without: ['zonder'],
    units: ['ploeg', 'team', 'afdeling', 'vestiging', 'locatie', 'cel', 'lijn', 'dienst', 'groep', 'unit', 'werkplaats', 'winkel', 'filiaal', 'school'],
    wholeUnit: ['hele', 'gehele', 'voltallige', 'complete', 'totale', 'alle'],
    /** Words after a number that make it a measure, not a count of people: "een ploeg van dertig jaar geleden", "een team van 40 uur". */
    /** Heads of machines and systems: their "inwerktijd" is no learning time ("de inwerktijd van de verpakkingsmachine"). */
    equipment: ['machine', 'machines', 'installatie', 'installaties', 'apparaat', 'apparaten', 'apparatuur', 'systeem', 'systemen', 'motor', 'motoren', 'oven', 'ovens', 'robot', 'robots', 'software', 'pomp', 'pompen', 'lijn', 'lijnen', 'voertuig', 'voertuigen'],
    /** Nouns for advice and proposals, and the prepositions that put a decision on them ("over het advies", "op de voorstellen"). */
    adviceNouns: ['advies', 'adviezen', 'voorstel', 'voorstellen', 'aanbeveling', 'aanbevelingen'],
    adviceLinks: ['over', 'op'],
    // A day of a month is a date, not a count: "het werkoverleg van 12 februari".
    measureWords: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jaar', 'jaren', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'uur', 'uren', 'minuten', 'minuut', 'procent', '%', 'euro', 'keer', 'maal', 'kilometer', 'km', 'meter', 'stuks'],
    sizeVerbs: ['werken', 'telt', 'tellen', 'zijn', 'bestaat', 'bestaan'],
    passiveAgentMarkers: ['door'],
    freeRelatives: ['wie'],
    firstPerson: ['ik', 'mij', 'me', 'mijn'],
    firstPersonPlural: ['wij', 'we', 'ons', 'onze'],
    writerLabels: ['van', 'afzender'],
    recipientLabels: ['aan', 'ontvanger', 'ontvangers'],
    planningRoles: ['planner', 'planners', 'roosteraar', 'roosteraars', 'werkvoorbereider', 'werkvoorbereiders', 'planning', 'dispatcher', 'dispatchers'],
    signatureOpeners: ['namens', 'ondertekend', 'ondertekening'],
    closings: ['groet', 'groeten', 'hoogachtend', 'namens'],
    offerCues: [
      '@aanbieden', 'bieden|biedt|bied ~ aan', 'aangeboden', 'aanbod', 'mogelijkheid ~ tot|om|voor', 'mogelijkheden ~ tot|om|voor',
      'kan|kunnen|kun|kunt ~ gebruikmaken|gebruik ~ van', 'staat|staan ~ open', 'beschikbaar voor',
    ],
    topicCues: [
      'workshop*', 'cursus*', 'training*', 'masterclass*', 'webinar*', 'lezing*', 'boek', 'boeken', 'e-learning*', 'module*', 'opleiding*', 'leergang*', 'inspiratiesessie*',
      'kennissessie*', 'bijeenkomst*', 'presentatie*', 'artikel*',
    ],
    topicLinks: ['over', 'rond', 'rondom', 'in', 'thema', 'het', 'de', 'een', 'van', 'met', 'als', 'onderwerp'],
    managerInformed: [
      'blijft|blijven|houdt|houden|is|zijn ~ leidinggevende ~ op de hoogte|zicht|overzicht|geïnformeerd|geinformeerd|betrokken',
      'leidinggevende ~ weet|weten|hoort|horen ~ wat|wie|welke|hoe|waaraan',
      'weet|weten|hoort|horen ~ leidinggevende ~ wat|wie|welke|hoe|waaraan',
      '@bespreken|@overleggen|@afstemmen|@delen ~ met ~ leidinggevende', 'met ~ leidinggevende ~ @bespreken|@overleggen|@afstemmen|@delen',
      'leidinggevende ~ op de hoogte', 'laat|laten|laat je ~ leidinggevende ~ weten',
    ],
    spendingPurposeCues: ['@besteden ~ aan', 'besteed|besteedt|besteden ~ aan', '@uitgeven ~ aan', 'vergoed|vergoedt|vergoeden', '@declareren', 'kosten ~ van|voor', 'betaalt|betalen|betaald ~ voor'],
  },
} satisfies Partial<Lexicon>;
