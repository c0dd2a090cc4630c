import type { Language } from '../types';
import type { Lexicon, InstrumentPhraseKind } from '../lexicon/types';
import { nl } from '../lexicon/nl';
import { en } from '../lexicon/en';
import { PhraseSet, phraseSet } from './phrases';
import { MorphologyAnalyser } from '../morphology/analyser';

const lexicons: Record<Language, Lexicon> = { nl, en };

const CONTEXT_FREE_SUPPORT = new Set(['loopbaanadvies', 'loopbaangesprek', 'leerambassadeur', 'low-threshold']);

const list = (words: readonly string[]) => phraseSet({ yes: words });

function compile(language: Language) {
  const lex = lexicons[language];
  return {
    lexicon: lex,
    negators: new Set(lex.negators),
    deniedPossibility: list(lex.deniedPossibility),
    complement: {
      openers: new Set(lex.complement.openers),
      finiteOpeners: new Set(lex.complement.finiteOpeners),
      infinitive: lex.complement.infinitive,
      verbFinal: lex.complement.verbFinal,
    },
    noLonger: new Set(lex.noLonger),
    notYet: list(lex.notYet),
    capExcess: list(lex.capExcess),
    nominalArticles: new Set(lex.nominalArticles),
    nominalOf: new Set(lex.nominalOf),
    lapseAtClauseEnd: new Set(lex.lapseAtClauseEnd),
    proceedingSense: list(lex.proceedingSense),
    takenIntoTalk: list(lex.takenIntoTalk),
    illness: list(lex.illness),
    replanning: new Set(lex.time.replanning),
    deferred: list(lex.deferred),
    deferredAmount: list(lex.deferredAmount),
    benchmarksBefore: new Set(lex.benchmarks.before),
    asking: {
      predicates: list(lex.asking.predicates),
      questionWords: new Set(lex.asking.questionWords),
      reach: lex.asking.reach,
      particles: new Set(lex.asking.particles),
      unsaid: list(lex.asking.unsaid),
      requests: list(lex.asking.requests),
      modals: new Set(lex.asking.modals),
      granted: list(lex.asking.granted),
    },
    numberLabels: new Set(lex.numberLabels),
    contextFreeSupport: CONTEXT_FREE_SUPPORT,
    sets: {
      lapse: list(lex.lapse),
      saving: list(lex.saving),
      carryOver: list(lex.carryOver),
      fundProviders: list(lex.schemeTerms['fund-provider'] ?? []),
      stateSchemes: list(lex.stateSchemes),
      spending: list(lex.spending),
      accrual: list(lex.accrual),
      moneySubjects: list(lex.statementSubjects.money),
      timeSubjects: list(lex.statementSubjects.time),
      otherSubjects: list(lex.statementSubjects.other),
      untilYearEnd: list(lex.untilYearEnd),
      yearlyMoments: list(lex.yearlyMoments),
      oneOff: list(lex.oneOff),
      untilNextYearEnd: list(lex.untilNextYearEnd),
      ageAfter: list(lex.ages.after),
      ageBefore: list(lex.ages.before),
      ageHolders: list(lex.ages.holders),
      otherDocuments: list(lex.references.otherDocuments),
      termWords: list(lex.termWords),
      caoTerm: list(lex.caoTerm),
      purposeCues: list(lex.purposeCues),
      purposeQuestions: list(lex.purposeQuestions),
      exampleCues: list(lex.exampleCues),
      openUse: list(lex.openUse),
      exclusiveCues: list(lex.exclusiveCues),
      purposes: phraseSet(lex.purposes),
      regulationReferences: list(lex.regulationReferences),
      targetGroups: phraseSet(lex.targetGroups),
      skillNames: list(lex.skillNames),
      eachWords: list(lex.eachWords),
      courseWords: list(lex.courseWords),
      support: phraseSet(lex.support),
      supportExclusions: list(lex.supportExclusions),
      developmentWords: list(lex.developmentWords),
      grants: list(lex.grants),
      benchmarksAfter: list(lex.benchmarks.after),
      unitHolders: list(lex.unitHolders),
      collectiveCues: list(lex.collectiveCues),
      perPersonCues: list(lex.perPersonCues),
      upperBounds: list(lex.upperBounds),
      lowerBounds: list(lex.lowerBounds),
      individualClaims: list(lex.individualClaims),
      employeeRecipients: list(lex.employeeRecipients),
      individualCues: list(lex.individualCues),
      employerClaimants: list(lex.employerClaimants),
      employeeClaimants: list(lex.employeeClaimants),
      implicitGrants: list(lex.implicitGrants),
      allowanceGrants: list(lex.allowanceGrants),
      costCues: list(lex.costCues),
      totalCues: list(lex.totalCues),
      instrumentPhrases: phraseSet<InstrumentPhraseKind>(lex.instrumentPhrases),
      percentBases: phraseSet(lex.percentBases),
      requiredTraining: list(lex.requiredTraining),
      budgetBoundaries: list(lex.budgetBoundaries),
      dualSources: list(lex.dualSources),
      providerCues: list(lex.providerCues),
      schemeTerms: phraseSet(lex.schemeTerms),
      timeUnits: phraseSet(lex.time.units),
      timeContext: list(lex.time.context),
      timeTerms: phraseSet(lex.time.terms),
      newcomers: list(lex.time.newcomers),
      newcomerIntake: list(lex.time.project.intake),
      newcomerOrigins: list(lex.time.project.origins),
      projectParticipants: list(lex.time.project.participants),
      fullDeployment: list(lex.time.project.fullDeployment),
      timeLearning: list(lex.time.learning),
      otherTime: list(lex.time.otherTime),
      developmentTimePhrases: list(lex.time.developmentTime),
      timeToLearn: list(lex.time.timeToLearn),
      taskLearning: list(lex.time.taskLearning),
      timeGivers: list(lex.time.timeGivers),
      freeTimePhrases: list(lex.time.freeTime),
      selfPurposes: list(lex.time.selfPurposes),
      freeChoice: list(lex.time.freeChoice),
      freeTimeWords: list(lex.time.freeTimeWords),
      freeChoiceLearning: list(lex.time.freeChoiceLearning),
      pointers: list(lex.time.pointers),
      purposeLinks: list(lex.time.purposeLinks),
      outsideWork: list(lex.time.outsideWork),
      paidPerHour: list(lex.time.paidPerHour),
      courseSchedule: list(lex.time.courseSchedule),
      perRoster: list(lex.time.perRoster),
      otherJob: list(lex.time.otherJob),
      deadlineWords: list(lex.time.deadlineWords),
      workingTime: list(lex.time.workingTime),
      bareTimeUnits: phraseSet(lex.time.bareUnits),
    },
    communication: {
      means: phraseSet(lex.communication.means),
      recurring: list(lex.communication.recurring),
      periodicConversations: list(lex.communication.periodicConversations),
      topics: list(lex.communication.topics),
      procedure: list(lex.communication.procedure),
      procedureMoments: new Set(lex.communication.procedureMoments),
      received: list(lex.communication.received),
      meetingOnThis: list(lex.communication.meetingOnThis),
      onRequest: list(lex.communication.onRequest),
      publication: list(lex.communication.publication),
      representatives: list(lex.communication.representatives),
      advisers: list(lex.communication.advisers),
      viewing: list(lex.viewing),
      managers: list(lex.managers),
      employees: list(lex.employees),
      employers: list(lex.employers),
    },
    work: {
      designs: phraseSet(lex.work.designs),
      arrangeCues: list(lex.work.arrangeCues),
      groupTasks: list(lex.work.groupTasks),
      permissionCues: list(lex.work.permissionCues),
      definitionCues: list(lex.work.definitionCues),
      representativeBodies: list(lex.work.representativeBodies),
      staffMembers: list(lex.work.staffMembers),
      notIntervalBefore: list(lex.work.notIntervalBefore),
      notIntervalAfter: list(lex.work.notIntervalAfter),
      groupPeople: list(lex.work.groupPeople),
      parties: phraseSet(lex.work.parties),
      authority: phraseSet(lex.work.authority),
      shortIntervals: phraseSet(lex.work.shortIntervals),
      conditions: phraseSet(lex.work.conditions),
      practices: phraseSet(lex.work.practices),
      headingConditions: phraseSet(lex.work.headingConditions),
      orgGoalHeads: new Set(lex.work.orgGoals.heads),
      orgGoalLinks: new Set(lex.work.orgGoals.links),
      orgGoalDeterminers: new Set(lex.work.orgGoals.determiners),
      practicePronouns: new Set(lex.work.practicePronouns),
      relativePronouns: new Set(lex.work.relativePronouns),
      coordinators: new Set(lex.work.coordinators),
      rotationPlaces: list(lex.work.rotationPlaces),
      rotationVerbs: list(lex.work.rotationVerbs),
      rotatingRoles: list(lex.work.rotatingRoles),
      rotationLinks: new Set(lex.work.rotationLinks),
      prepositions: new Set(lex.work.prepositions),
      partyDeterminers: new Set(lex.work.partyDeterminers),
      passiveAuxiliaries: new Set(lex.work.passiveAuxiliaries),
      selfWords: new Set(lex.work.selfWords),
      approval: list(lex.work.approval),
      agentMarkers: new Set(lex.work.agentMarkers),
      passiveAgentMarkers: new Set(lex.work.passiveAgentMarkers),
      freeRelatives: new Set(lex.work.freeRelatives),
      firstPerson: new Set(lex.work.firstPerson),
      firstPersonPlural: new Set(lex.work.firstPersonPlural),
      writerLabels: new Set(lex.work.writerLabels),
      recipientLabels: new Set(lex.work.recipientLabels),
      planningRoles: new Set(lex.work.planningRoles),
      signatureOpeners: list(lex.work.signatureOpeners),
      closings: new Set(lex.work.closings),
      offerCues: list(lex.work.offerCues),
      topicCues: list(lex.work.topicCues),
      managerInformed: list(lex.work.managerInformed),
      topicLinks: new Set(lex.work.topicLinks),
      spendingPurposeCues: list(lex.work.spendingPurposeCues),
      without: new Set(lex.work.without),
      units: list(lex.work.units),
      wholeUnit: new Set(lex.work.wholeUnit),
      sizeVerbs: new Set(lex.work.sizeVerbs),
      measureWords: new Set(lex.work.measureWords),
      addresseeMarkers: new Set(lex.work.addresseeMarkers),
      adviceNouns: new Set(lex.work.adviceNouns),
      adviceLinks: new Set(lex.work.adviceLinks),
      freesStaff: list(lex.time.freesStaff),
      newMarkers: new Set(lex.time.project.newMarkers),
      ownMarkers: new Set(lex.time.project.ownMarkers),
    },
  };
}

/** The compiled lexicon with the morphology analyser for every verb its phrases name. */
function compileWithMorphology(language: Language) {
  const tools = compile(language);
  const lemmas = new Set<string>();
  const collect = (value: unknown) => {
    if (value instanceof PhraseSet) for (const lemma of value.lemmas()) lemmas.add(lemma);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) collect(inner);
  };
  collect(tools);
  const auxiliaries = new Set(tools.lexicon.auxiliaries);
  return { ...tools, auxiliaries, morphology: new MorphologyAnalyser(lemmas, tools.lexicon.verbs) };
}

export type LexiconTools = ReturnType<typeof compileWithMorphology>;
export type { PhraseSet };

const cache = new Map<Language, LexiconTools>();

/** The compiled lexicon of a language; compiled once per process. */
export function lexiconTools(language: Language): LexiconTools {
  let tools = cache.get(language);
  if (!tools) cache.set(language, (tools = compileWithMorphology(language)));
  return tools;
}
