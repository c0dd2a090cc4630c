import type { Lexicon } from '../types';

/** Dutch: time for development: days and hours, planning, combination projects. */
export const dutchTime = {
  time: {
    units: {
      days: ['dagdeel', 'dagdelen', 'werkdag*', 'verlofdag*', 'atv-dag*'],
      hours: ['uur', '*uren', 'lummeluren', 'innovatie-uren', 'innovatieuren', 'klokuren'],
    },
    halves: ['halve'],
    amountAdjectives: ['betaalde', 'doorbetaalde', 'extra', 'volle', 'volledige', 'hele', 'aparte', 'losse', 'aanvullende', 'additionele', 'bijzondere'],
    context: [
      '*verlof', 'verlofdag*', '*dagen', '*uren', 'uur', 'ontwikkeltijd', 'lummeltijd', 'leertijd', 'studietijd', 'opleidingstijd', 'tijd voor ~ ontwikkeling|scholing|opleiding',
      'aanwending|besteding|inzet|gebruik van ~ tijd|uren|dagen',
    ],
    newcomers: [
      'uitzendkracht*', 'instromer*', 'zij-instromer*', 'nieuwe krachten|medewerkers|collega\'s|werknemers', 'nieuwkomer*', 'leerling*', 'bbl-leerling*', 'stagiair*',
      'leerwerkplek*', 'leer-werkplek*', 'leerwerkbaan', 'leerwerkbanen', 'leerbaan', 'leerbanen', 'ervaringsplaats*', 'werkervaringsplaats*', 'opleidingsplaats*',
      'afstand tot de arbeidsmarkt', 'werkzoekende*', 'statushouder*', 'leerwerker*', 'nieuwe ~ *werkers|krachten|instromers',
    ],
    project: {
      // Taking people on or putting them to work: "nemen we acht chauffeurs aan", "zet de werkgever stagiairs in", "worden ingehuurd".
      intake: [
        '@aannemen', 'aangenomen', '@werven', 'geworven', '@inhuren', 'ingehuurd', '@inzetten', 'ingezet', 'in dienst ~ @nemen|genomen', 'in dienst',
        '@plaatsen', 'geplaatst', 'plaatsing', '@binnenhalen', 'binnengehaald', 'halen|haalt ~ binnen', 'stromen|stroomt ~ in', 'instroom', '@bieden|@aanbieden ~ plek|plekken|plaats|plaatsen|werkplek|werkplekken|baan|banen',
      ],
      newMarkers: ['nieuwe', 'nieuw'],
      ownMarkers: ['vaste', 'eigen', 'zittende', 'huidige'],
      // Where the new people come from: an agency, a benefit, the municipality's participation policy.
      origins: [
        'uitzendbureau*', 'uitzendorganisatie*', 'uitkering*', 'bijstand*', 'participatiewet', 'participatiebeleid', 'participatiebanen', 'banenafspraak', 'doelgroepregister',
        'via ~ de|het ~ gemeente|uwv|leerwerkloket|werkgeversservicepunt|wsp', 'zonder ~ werk|baan', 'werkloze*', 'werkloos',
        // The agency behind a programme the people come through: "via een omscholingstraject van het UWV", "via een project van de gemeente".
        'via ~ traject|trajecten|*traject|*trajecten|programma|*programma|project|*project|regeling|*regeling ~ van ~ de|het ~ gemeente|uwv|leerwerkloket|werkgeversservicepunt|wsp',
      ],
      participants: ['deelnemer', 'deelnemers', 'kandidaat', 'kandidaten', 'trajectdeelnemer*', 'projectdeelnemer*'],
      // The ramp-up denied: full deployment from the start, or replacing own staff one for one.
      fullDeployment: [
        'vanaf ~ eerste ~ dag|werkdag|dienst|week|uur ~ volledig|volwaardig|volle|helemaal|gewoon',
        'volledig|volwaardig|volle|helemaal ~ @meedraaien|@meewerken|@meetellen|ingeroosterd|ingepland|inzetbaar|productief|mee|meegeteld ~ vanaf ~ eerste ~ dag|werkdag|dienst|week',
        'één|een|1 op één|een|1', 'een-op-een', 'één-op-één', '1-op-1',
        'volle ~ productienorm|norm|bezetting|productie ~ vanaf',
        // The first day or week as "dag één", "week 1": "vanaf week één volledig mee".
        'vanaf ~ dag|week|dienst ~ één|een|1 ~ volledig|volwaardig|volle|helemaal|gewoon',
        // At full pace at once: "direct op volle snelheid", "meteen op volle kracht", "vanaf het begin op volle toeren".
        'direct|meteen|gelijk|onmiddellijk|begin|start ~ op ~ volle ~ snelheid|kracht|toeren|sterkte|productie|norm|inzet',
        'direct|meteen|gelijk|onmiddellijk ~ volledig|volwaardig ~ @meedraaien|@meewerken|@meetellen|mee|ingeroosterd|ingepland|inzetbaar|productief',
      ],
    },
    freesStaff: [
      'vrij te maken|spelen', 'vrijmaken', 'vrij maken', 'vrijspelen', 'vrijgemaakt', 'vrijgespeeld', 'ruimte ~ maken|vrijmaken ~ voor ~ opleiding|scholing|opleidingen',
      'terwijl|zolang|zodat ~ vaste|eigen|zittende|huidige ~ medewerkers|werknemers|collega\'s|personeel|krachten',
    ],
    terms: {
      planning: [
        'plant|plannen|inplannen|ingepland|inroostert|inroosteren|ingeroosterd|roostert', 'jaarplanning', 'sprintplanning', 'ploegenrooster', 'werkrooster',
        'dienstrooster', 'personeelsplanning', 'bezettingsplanning', 'in de planning', 'in het rooster', 'rekening ~ bezetting|planning|rooster',
        'ruimte ~ in ~ rooster|planning', 'worden|wordt ~ vrijgeroosterd', 'vrijgeroosterd', 'vrijgemaakt',
        'stellen|stelt ~ dagen|uren|data|momenten ~ vast', 'in overleg ~ gepland',
        '@plannen', '@inplannen', '@inroosteren', '@roosteren', '@vrijroosteren',
        'in|na ~ overleg ~ @vaststellen|@vastleggen|@afspreken|@bepalen|@opnemen|@kiezen ~ wanneer|waarop|welke ~ dagen|uren|dag|momenten|data',
        'in|na ~ overleg ~ dagen|uren|dag|data|momenten|tijdstip|tijdstippen',

        // Using the time is settled with the manager: "geeft invulling aan de dagen in overleg met",
        // "neemt de uren op in overleg met je leidinggevende".
        '@invullen|invulling|@opnemen|@inzetten|@besteden ~ in|na ~ overleg', 'in|na ~ overleg ~ @invullen|invulling|@opnemen|@inzetten|@besteden',
        '@afspreken|@bepalen|@vaststellen|@vastleggen|@afstemmen|@overleggen ~ wanneer|waarop|tijdstip|tijdstippen|data|momenten',
        'jaarplan', 'jaarplannen', 'teamplanning', 'opleidingsplanning', 'jaarrooster', 'jaarroosters', 'in het|de ~ taakbeleid|normjaartaak|jaartaak',
        'geroosterd', 'ingeroosterd',
        // Planning named as what is agreed on: "afspraken over de planning van het studieverlof".
        'planning van ~ het|de|je|jouw|zijn|haar ~ *verlof|*dagen|*uren|uren|dagen|verlof|opleiding|studie|cursus',
      ],
      replacement: [
        'vervanging', 'vervangen', 'vervangt', 'invaller*', 'invalkracht*', 'overdracht van ~ werk|werkzaamheden|taken', 'neemt|nemen ~ werk|werkzaamheden|taken ~ over',
        'werk|werkzaamheden|taken ~ overnemen|overgenomen|overneemt',
        // Work named by a compound ("storingswerk", "lijnwerk", "kassataken"): "Hun storingswerk wordt overgenomen door ...".
        '*werk|*taken|*werkzaamheden ~ @overnemen|@opvangen|@waarnemen|overgenomen|opgevangen|waargenomen',
        // Taking someone's place, or filling the places freed: "nemen hun plek in", "komen in hun plaats",
        // "vullen de vrijgekomen plekken in", "hun plaatsen worden bezet door".
        'hun|zijn|haar|jouw|je|wier ~ plek|plaats|plekken|plaatsen in', '@innemen ~ plek|plaats|plekken|plaatsen', 'plek|plaats|plekken|plaatsen ~ @innemen|ingenomen',
        'in ~ hun|zijn|haar|jouw|je ~ plaats|plek',
        'vrijgekomen|vrijvallende|vrijgevallen|openvallende|opengevallen ~ plek|plekken|plaats|plaatsen|diensten|uren|werkplekken',
        '@invullen|@opvullen|@bezetten ~ plek|plekken|plaats|plaatsen|werkplek|werkplekken', 'plek|plekken|plaats|plaatsen|werkplek|werkplekken ~ @invullen|@opvullen|@bezetten|ingevuld|opgevuld|bezet', 'werkdruk|werkbelasting|taken ~ aangepast|verlaagd|verminderd|herverdeeld',
        'werk|werkzaamheden|taken ~ @opvangen|@overnemen|@waarnemen', '@overnemen|@opvangen|@waarnemen ~ werk|werkzaamheden|taken', 'vervanger*',
        'werk|werkzaamheden|taken ~ wordt|worden ~ gedaan|uitgevoerd ~ door',
        'vrijstelling|vrijstellingen|vrijgesteld|ontheffing|ontheven ~ van|in ~ uren|werk|taken|werkzaamheden|lesgevende|dienst|diensten|lestaken',
      ],
      conversation: [
        'gesprekscyclus', 'gesprekkencyclus', 'cyclus van ~ gesprekken', 'jaargesprek*', 'ontwikkelgesprek*', 'ontwikkelingsgesprek*', 'loopbaangesprek*',
        'functioneringsgesprek*', 'pop-gesprek*', 'popgesprek*', 'persoonlijk ontwikkelplan', 'ontwikkelplan', 'pop',
        'in|na ~ overleg met ~ leidinggevende|manager|werkgever|teamleider|lead|coach|loopbaanadviseur|hr',
        '@bespreken|@afstemmen|@overleggen ~ met ~ leidinggevende|manager|werkgever|teamleider|lead|coach',
        '@bespreken ~ waaraan|hoe|wat', 'advies ~ over|bij ~ besteding|keuze|gebruik',
        // Agreements the employee and the manager make together, in either order: "De ambtenaar en de leidinggevende maken
        // afspraken over ...", "je maakt met je teamleider afspraken", "spreekt met de leidinggevende af".
        'leidinggevende|manager|teamleider|lead ~ maken|maakt|@afspreken ~ afspraken|afspraak|af', 'afspraken|afspraak ~ met ~ leidinggevende|manager|teamleider|lead',
        'met ~ leidinggevende|manager|teamleider|lead ~ afspraken|afspraak|@afspreken|af', 'loopbaanadvies', 'loopbaanadviseur', 'loopbaancoach', 'studieadvies',
      ],
      // How much is left to an agreement: "Hoeveel, dat spreek je af met je werkgever", "Het aantal uren bepaal je samen met je leidinggevende".
      'amount-open': [
        'hoeveel ~ @afspreken|afgesproken|overleg|@bepalen|@vaststellen', 'hoeveel ~ , ~ @afspreken|afgesproken|overleg|@bepalen|@vaststellen', 'het|de aantal|omvang ~ dagen|uren|tijd ~ @afspreken|afgesproken|overleg|@bepalen|@vaststellen',
      ],
      // The size of a contract or a working week: "met een contract van minstens 12 uur per week", "een werkweek van 36 uur".
      'contract-size': [
        'contract|contracten|arbeidsovereenkomst*|dienstverband*|aanstelling*|betrekking|werkweek|arbeidsduur|*contract ~ van ~ uur|uren',
      ],
      'employment-end': [
        'einde|eind|beëindiging van het|de ~ dienstverband|arbeidsovereenkomst|aanstelling|dienstbetrekking|arbeidsrelatie', 'einde dienstverband',
        'uitdiensttreding', 'uit dienst', 'ontslag', 'vertrek', 'vertrekt',
      ],
      'combination-project': ['combinatieproject', 'combinatieprojecten'],
      'ramp-up': [
        'beperkt|deels|gedeeltelijk|helft|half|halve ~ inzetbaar|productief', 'niet volledig ~ inzetbaar|productief',
        'niet ~ zelfstandig ~ werken|werkt|inzetbaar|draaien|draait|meedraaien|meewerken', '@werken|@draaien|@meedraaien|@meewerken ~ niet ~ zelfstandig|volledig|volwaardig', 'nog niet ~ volledig|volwaardig|zelfstandig',
        'boven op ~ bezetting|formatie', 'bovenop ~ bezetting|formatie', 'werkbegeleider*', 'praktijkbegeleider*', 'leermeester*', 'buddy', 'inwerkperiode*', 'inwerktijd', 'inwerkprogramma*', 'ingewerkt',
        'inwerken', 'productienorm*|norm|normen ~ aangepast|verlaagd|lager|aanpassen|verlagen', 'aangepaste|lagere productienorm*|norm|normen',
        'boven de formatie|bezetting|norm', 'bovenformatief', 'bovenformatieve', 'boventallig*', 'extra ~ bezetting|formatie',
        // Counting partly or not at all in the staffing: "tellen de eerste drie maanden voor de helft mee in de bezetting",
        // "worden niet meegeteld in de formatie", "staan extra op het rooster".
        'voor ~ helft|deel|gedeelte|kwart ~ mee|meetellen|meegeteld|meetelt', '@meetellen ~ voor ~ helft|deel|gedeelte|kwart',
        'niet ~ @meetellen|meegeteld|mee ~ in|voor ~ bezetting|formatie|rooster|planning|norm', 'tellen|telt ~ niet ~ mee',
        'buiten ~ de|het ~ formatie|bezetting|sterkte', 'extra ~ op ~ het|de ~ rooster|planning|dienst', 'extra ~ ingeroosterd|ingepland', 'naast ~ de|het ~ vaste ~ bezetting|formatie|rooster',
        'pas ~ na ~ volledig|volwaardig ~ mee|ingeroosterd|ingepland|meetellen|inzetbaar',
        // Working only alongside or under an experienced colleague at first: "kunnen de eerste maanden alleen samen met een ervaren monteur werken".
        'alleen|uitsluitend|enkel ~ samen ~ met', 'alleen|uitsluitend|enkel ~ naast ~ ervaren|vaste', 'alleen|uitsluitend|enkel ~ onder ~ begeleiding|toezicht',
        'samen|naast|onder ~ ervaren ~ collega*|monteur*|kracht*|medewerker*|vakman|vakmensen|*werker|*werkers',
      ],
      perspective: [
        'diploma', 'diploma\'s', '*diploma', 'certificaat', 'certificaten', '*certificaat', 'erkende ~ opleiding|kwalificatie', 'startkwalificatie',
        'kwalificatie', 'praktijkverklaring*', 'arbeidsovereenkomst|contract|dienstverband|baan|aanstelling ~ aangeboden|aanbieden|aan|krijgen|krijgt',
        // Verb first (verb second after a fronted subject or time): "krijgen een arbeidsovereenkomst", "bieden we een vaste baan aan".
        '@krijgen|@aanbieden ~ arbeidsovereenkomst|contract|dienstverband|baan|aanstelling',
        'baangarantie', 'vaste baan', 'werkervaring ~ arbeidsmarkt',
        // A licence or certificate of competence the trade asks for: "Zij halen hun rijbewijs C".
        'rijbewijs', 'vakbekwaamheid*', 'vca-diploma', 'vca',
      ],
    },
    learning: [
      'conferentie*', 'congres*', 'seminar*', 'symposi*', 'workshop*', 'vakbeurs*', 'bekwaamheid', 'bekwaamheden', 'bij te houden', 'bijhouden',
      'bij te blijven', 'bijblijven', 'intervisie', 'vakliteratuur', 'e-learning*', 'leren', 'leer', 'innovatie*', 'kennisdeling', 'kennis ~ opdoen|bijhouden', 'kennis op te doen',
      'vaardigheden', 'vakkennis', 'meeloopdag*', 'meeloopdagen', 'hospitatie*',
      'zich|je|jezelf ~ te ~ ontwikkelen|ontplooien|bekwamen|scholen|bij te scholen', 'studeren',
    ],
    otherTime: [
      'vakantie*', 'ziek*', 'verzuim*', 'overuren', 'overwerk*', 'meeruren', 'compensatie*', 'atv*', 'adv*', 'feestdag*', 'roostervrij*',
      'zorgverlof', 'ouderschapsverlof', 'calamiteitenverlof', 'zwangerschapsverlof', 'bevallingsverlof', 'geboorteverlof', 'rouwverlof',
      'verhuizing', 'verhuisverlof', 'huwelijk', 'vakbondswerk', 'dienstjubileum', 'ploegentoeslag', 'bereikbaarheidsdienst*', 'consignatie*',
      'beslist|beslissen|besluit|beslissing|reageert|reageren|antwoord|bezwaar|beroep|melding|melden|aanvraag ~ binnen|uiterlijk', 'binnen|uiterlijk ~ *werkdagen|*dagen ~ na',
      // The size of a contract or a working week: "een contract van ten minste 32 uur per week", "je werkt 20 uur per week".
      'contract|contracten|arbeidsovereenkomst*|dienstverband*|aanstelling*|baan|betrekking|werkweek|arbeidsduur van ~ uur|uren',
      'contract|contracten|arbeidsovereenkomst*|dienstverband*|aanstelling*|baan|betrekking|werkweek|arbeidsduur ~ uur|uren per week', '@werken ~ uur|uren per week',
    ],
    // Time or room to learn, said as what it is for. Learning a task ("tijd om de nieuwe lijn te leren")
    // is no entitlement, and a room to study in ("een stille ruimte om te leren") is no time: so no
    // object between "om" and the verb, and room only to develop oneself.
    timeToLearn: ['tijd|leertijd om te leren|studeren', 'leertijd|ontwikkeltijd|studietijd|scholingstijd', 'tijd om ~ zich|je|jezelf|hen ~ te ~ ontwikkelen|ontplooien|scholen|bekwamen', 'ruimte om ~ zich|je|jezelf|hen ~ te ~ ontwikkelen|ontplooien|scholen|bekwamen'],
    timeGivers: ['krijgt|krijgen|krijg|geeft|geven|geef|biedt|bieden|bied|gunt|gunnen', 'is|zijn er', 'er is|zijn', 'heeft|hebben|heb|hebt recht op'],
    // Time to learn a new task or machine belongs to the task change (task-change-workload), not to development time.
    taskLearning: [
      'om ~ werk|taak|taken|lijn|machine|machines|post|posten|werkplek|systeem|werkwijze|rooster|planning ~ te ~ leren',
      'om ~ werk|taak|taken|lijn|machine|machines|post|posten|werkplek|systeem|werkwijze|rooster|planning ~ eigen te maken', 'inwerktijd', 'inwerkperiode', 'inwerken',
    ],
    developmentTime: [
      'scholingstijd', 'opleidingstijd', 'ontwikkelingstijd', 'professionaliseringstijd', 'trainingstijd', 'leer-tijd',
      'tijd voor|om ~ ontwikkeling|scholing|opleiding|opleidingen|training|leren|professionalisering',
      'in|onder|binnen werktijd|diensttijd|werkuren|arbeidstijd',
      'met behoud van ~ salaris|loon|bezoldiging|inkomen',
      // Training days that count as working days: "Die dagen zijn werkdagen en worden gewoon uitbetaald".
      'dagen|uren|dag ~ @zijn ~ werkdagen|werkdag|werktijd|werkuren', '@doorbetalen', 'worden|wordt ~ gewoon ~ uitbetaald|doorbetaald',
      'facilitering|faciliteren|faciliteert|gefaciliteerd ~ in tijd', 'faciliteiten in tijd', 'in tijd en|of geld',
      'tijd ~ beschikbaar|ter beschikking ~ voor ~ ontwikkeling|scholing|opleiding|training|leren',
    ],
    // The choice of what to learn left to the employee: "om zelf iets nieuws te leren", "naar eigen keuze", "vrij te besteden",
    // "zelf bepalen waaraan". Learning a given task ("om de nieuwe kassa te leren") or a compulsory course is no such choice.
    freeChoice: [
      'om ~ zelf ~ iets ~ te ~ leren|ontdekken|uitproberen|onderzoeken|ontwikkelen|maken|uitzoeken', 'zelf ~ iets nieuws', 'om ~ iets nieuws ~ te ~ leren|ontdekken|uitproberen',
      'naar ~ eigen ~ keuze|inzicht|wens|interesse|voorkeur', 'naar keuze', 'vrij ~ te ~ besteden|kiezen|invullen|gebruiken', 'vrij ~ besteedbaar|besteedbare|in te vullen|inzetbaar',
      'zelf ~ te ~ kiezen|bepalen|besteden|invullen', '@kiezen|@bepalen ~ zelf ~ waaraan|wat|welk|welke|hoe|waarmee', 'zelf ~ @kiezen|@bepalen ~ waaraan|wat|welk|welke|waarmee',
      'wat|waaraan|waarmee ~ zelf ~ @willen|@kiezen', 'eigen ~ experimenten|experiment|ideeën|interesses|nieuwsgierigheid|leervragen|leervraag',
      'eigen tijd ~ voor|aan ~ experimenten|ideeën|projecten|ontwikkeling|leren',
      // Room granted for one's own development: "krijgt ruimte voor eigen ontwikkeling" (whoever then picks the subjects).
      'ruimte|tijd voor ~ eigen ~ ontwikkeling|ontplooiing', 'wat ~ zelf ~ interessant|leuk|boeiend', 'waar ~ zelf ~ nieuwsgierig',
    ],
    freeTimeWords: [
      'tijd', 'leertijd', 'ontwikkeltijd', 'studietijd', 'uur', 'uren', '*uren', 'dag', 'dagen', '*dagen', 'dagdeel', 'dagdelen', 'middag', 'middagen', 'ochtend', 'ochtenden', '*middag', '*middagen', 'ruimte',
    ],
    freeChoiceLearning: ['iets nieuws', 'experiment*', '@uitproberen', 'uit te proberen', 'ontdekken', 'nieuwsgierig*', 'leertijd', 'ontwikkeltijd', 'studietijd', 'leeruren', 'ontwikkeluren'],
    selfPurposes: ['eigen|zelfgekozen ~ ontwikkeling|projecten|project|ideeën|idee|leerdoel|leerdoelen|interesses|experimenten|onderwerpen|onderwerp'],
    pointers: ['daar', 'hier', 'er', 'daarvoor', 'hiervoor', 'ervoor', 'daaraan', 'hieraan', 'eraan'],
    purposeLinks: ['voor', 'aan'],
    freeTime: [
      'lummeltijd', 'lummeluren', 'innovatietijd', 'innovatie-uren', 'innovatieuren', 'vrije leertijd', 'vrije ontwikkeltijd', 'eigen ontwikkeltijd', 'eigen leertijd',
      // Innovation time named by its day or part of a day: "een innovatiedag per kwartaal".
      'innovatiedag|innovatiedagen|innovatiemiddag|innovatiemiddagen|lummeldag|lummeldagen|lummelmiddag',
      // A share of working time, before or after what it is for: "10% van je werktijd voor eigen projecten", "aan eigen projecten mag je 10% van je werktijd besteden".
      'deel|stuk|procent|% ~ van ~ je|zijn|haar|jouw|de ~ tijd|werktijd|uren|werkweek|arbeidsduur|arbeidstijd|jaartaak ~ aan|voor ~ innovatie|eigen|zelfgekozen|vernieuwing|experimenten|ideeën',
      'aan|voor ~ eigen|zelfgekozen ~ projecten|project|ideeën|ontwikkeling|experimenten ~ deel|stuk|procent|% ~ van ~ je|zijn|haar|jouw|de ~ tijd|werktijd|uren|werkweek|arbeidsduur|arbeidstijd',
      // Time as hours, days, parts of a day or a weekday: "een middag voor je eigen ontwikkeling", "een vrijdag per maand aan eigen experimenten".
      'tijd|uren|uur|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend|ochtenden|*middag|*ochtend|maandag|dinsdag|woensdag|donderdag|vrijdag ~ voor|aan ~ eigen ~ ontwikkeling|projecten|project|ideeën|leerdoelen|interesses|experimenten',
      'tijd|uren|uur|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend|ochtenden|*middag|*ochtend|maandag|dinsdag|woensdag|donderdag|vrijdag ~ voor|aan ~ zelfgekozen',
      '% - tijd', 'procent - tijd', '*procenttijd',
      // Own time as a quantity one has at work ("je hebt elke maand 8 uur eigen tijd"); "in je eigen tijd" is outside work.
      'uur|uren|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend eigen tijd',
      // Time for aimless trying out, said by the verb: "tijd om te lummelen", "een middag om te experimenteren", "ruimte om te pionieren".
      'tijd|uren|uur|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend|ochtenden|*middag|ruimte ~ om te lummelen|experimenteren|pionieren|knutselen|pielen|freewheelen',
      // What it is for said as a clause of one's own choosing: "een middag per maand om te leren wat je zelf wilt".
      'tijd|uren|uur|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend|ochtenden|*middag|*ochtend ~ wat|waaraan|waarin ~ zelf ~ wil|wilt|willen|kiest|kiezen|kies',
    ],
    outsideWork: ['buiten ~ werktijd|werkuren|diensttijd|arbeidstijd|werktijden', 'in|op|tijdens ~ eigen tijd', 'vrije tijd', 'privétijd', 'in de avonduren', 'in het weekend', 'onbetaald'],
    workingTime: ['van ~ werktijd|arbeidsduur|werkweek|arbeidstijd|werkuren|contracturen|jaartaak|betrekkingsomvang|tijd'],
    bareUnits: {
      days: ['dagen', 'dagdelen', 'werkdagen'],
      hours: ['uren', 'klokuren', 'werkuren'],
    },
  },
} satisfies Partial<Lexicon>;
