import { fill, formatMoney, formatNumber } from '../engine/localize';
import type { Locale, Localized } from '../engine/types';
import type { Amount, Substance, SubstanceAspect, SubstanceChange, TimeAmount } from './types';

/**
 * The changes in substance between two versions of a provision, each in one line in the run's
 * language: "bestedingstermijn 12 -> 36 maanden", "bedrag € 500 -> € 750 per jaar",
 * "doelen: + loopbaanadvies". Keys stay in the result as they are; only `text`, `before` and
 * `after` are words.
 */

const ASPECTS: Record<SubstanceAspect, Localized> = {
  amount: { nl: 'bedrag', en: 'amount' },
  'spending-period': { nl: 'bestedingstermijn', en: 'spending period' },
  unspent: { nl: 'restant', en: 'remainder' },
  time: { nl: 'tijd', en: 'time' },
  purposes: { nl: 'doelen', en: 'purposes' },
  'target-groups': { nl: 'doelgroepen', en: 'target groups' },
  support: { nl: 'ondersteuning', en: 'support' },
  communication: { nl: 'communicatie', en: 'communication' },
  'group-sizes': { nl: 'groepsgrootte', en: 'group size' },
  'rotation-interval': { nl: 'roulatie-interval', en: 'rotation interval' },
  conditions: { nl: 'randvoorwaarden', en: 'conditions' },
};

/** Words for the keys the model uses; a key not listed here is shown as it is (the lexicon's keys are Dutch words). */
const KEYS: Record<string, Localized> = {
  // purposes
  opleiding: { nl: 'opleiding', en: 'education' },
  cursus: { nl: 'cursus', en: 'courses' },
  training: { nl: 'training', en: 'training' },
  loopbaanadvies: { nl: 'loopbaanadvies', en: 'career advice' },
  evc: { nl: 'evc', en: 'accreditation of prior learning' },
  certificering: { nl: 'certificering', en: 'certification' },
  scholing: { nl: 'scholing', en: 'schooling' },
  loopbaan: { nl: 'loopbaanontwikkeling', en: 'career development' },
  vitaliteit: { nl: 'vitaliteit', en: 'vitality' },
  // target groups
  'lower-educated': { nl: 'lager opgeleiden', en: 'lower-educated employees' },
  older: { nl: 'oudere medewerkers', en: 'older employees' },
  'low-literate': { nl: 'laaggeletterden', en: 'employees with low literacy' },
  other: { nl: 'andere doelgroep', en: 'another target group' },
  // support
  loopbaangesprek: { nl: 'loopbaangesprek', en: 'career conversation' },
  leerambassadeur: { nl: 'leerambassadeurs', en: 'learning ambassadors' },
  workshop: { nl: 'workshops', en: 'workshops' },
  begeleiding: { nl: 'begeleiding', en: 'guidance' },
  hulp: { nl: 'hulp bij leren', en: 'help with learning' },
  coaching: { nl: 'coaching', en: 'coaching' },
  gesprek: { nl: 'gesprek over het gebruik', en: 'conversation on its use' },
  'low-threshold': { nl: 'laagdrempelige aanvraag', en: 'low-threshold request' },
  // communication
  inform: { nl: 'voorlichting', en: 'information' },
  overview: { nl: 'saldo-overzicht', en: 'balance statement' },
  channel: { nl: 'kanaal', en: 'channel' },
  conversation: { nl: 'gesprek', en: 'conversation' },
  managers: { nl: 'leidinggevenden geïnformeerd', en: 'managers informed' },
  // work designs (the names of work provisions)
  rotation: { nl: 'taakroulatie', en: 'task rotation' },
  enrichment: { nl: 'taakverrijking', en: 'job enrichment' },
  'self-rostering': { nl: 'zelfroosteren', en: 'self-rostering' },
  'self-managing': { nl: 'zelfsturende teams', en: 'self-managing teams' },
  'task-change': { nl: 'taakwijziging', en: 'task change' },
  werkoverleg: { nl: 'werkoverleg', en: 'work meeting' },
  werkgroep: { nl: 'werkgroep', en: 'working group' },
  verbeterteam: { nl: 'verbeterteam', en: 'improvement team' },
  'job-crafting': { nl: 'job crafting', en: 'job crafting' },
  // work conditions
  workload: { nl: 'werkdruk', en: 'workload' },
  'learning-time': { nl: 'leertijd', en: 'time to learn' },
  'goal-informed': { nl: 'uitleg over het doel', en: 'goal explained' },
  'terms-effect': { nl: 'gevolgen voor arbeidsvoorwaarden', en: 'effect on terms of employment' },
  temporary: { nl: 'tijdelijke start', en: 'trial period' },
  guidance: { nl: 'begeleiding', en: 'guidance' },
  'time-room': { nl: 'tijd in het rooster', en: 'time in the schedule' },
  'group-support': { nl: 'ondersteuning van de groep', en: 'support for the group' },
  composition: { nl: 'evenwichtige samenstelling', en: 'balanced composition' },
  'visible-results': { nl: 'zichtbare resultaten', en: 'visible results' },
  safety: { nl: 'sociale veiligheid', en: 'social safety' },
  'advice-response': { nl: 'antwoord op het advies', en: 'response to advice' },
  'org-direction': { nl: 'koers van de organisatie', en: 'direction of the organisation' },
  'keeps-manager-informed': { nl: 'leidinggevende op de hoogte', en: 'manager kept informed' },
};

const WORDS = {
  none: { nl: 'geen', en: 'none' },
  months: { nl: '{n} maanden', en: '{n} months' },
  month: { nl: '1 maand', en: '1 month' },
  perYear: { nl: 'per jaar', en: 'per year' },
  perMonth: { nl: 'per maand', en: 'per month' },
  perMonths: { nl: 'per {n} maanden', en: 'per {n} months' },
  days: { nl: '{n} dagen', en: '{n} days' },
  day: { nl: '1 dag', en: '1 day' },
  hours: { nl: '{n} uur', en: '{n} hours' },
  lapses: { nl: 'vervalt', en: 'lapses' },
  saved: { nl: 'kan worden gespaard', en: 'can be saved' },
  payroll: { nl: 'van de loonsom', en: 'of payroll' },
  salary: { nl: 'van het salaris', en: 'of salary' },
  costs: { nl: 'van de kosten', en: 'of costs' },
  list: { nl: '{aspect}: {items}', en: '{aspect}: {items}' },
  value: { nl: '{aspect} {before} -> {after}', en: '{aspect} {before} -> {after}' },
} satisfies Record<string, Localized>;

/** A key as people read it. */
export function keyLabel(key: string, locale: Locale): string {
  return KEYS[key]?.[locale] ?? key;
}

export function aspectLabel(aspect: SubstanceAspect, locale: Locale): string {
  return ASPECTS[aspect][locale];
}

function per(months: number | null, locale: Locale): string {
  if (months === null) return '';
  if (months === 12) return ` ${WORDS.perYear[locale]}`;
  if (months === 1) return ` ${WORDS.perMonth[locale]}`;
  return ` ${fill(WORDS.perMonths, locale, { n: formatNumber(months, locale) })}`;
}

function monthsText(months: number, locale: Locale): string {
  return months === 1 ? WORDS.month[locale] : fill(WORDS.months, locale, { n: formatNumber(months, locale) });
}

function amountText(amount: Amount, locale: Locale): string {
  if (amount.unit === 'money') return `${formatMoney(amount.value, amount.currency, locale)}${per(amount.perMonths, locale)}`;
  const base = amount.base === 'other' ? '' : ` ${WORDS[amount.base][locale]}`;
  return `${formatNumber(amount.value, locale)}%${base}`;
}

function timeText(time: TimeAmount, locale: Locale): string {
  const n = formatNumber(time.value, locale);
  const amount = time.unit === 'hours' ? fill(WORDS.hours, locale, { n }) : time.value === 1 ? WORDS.day[locale] : fill(WORDS.days, locale, { n });
  return `${amount}${per(time.perMonths, locale)}`;
}

const sameAmount = (a: Amount | null, b: Amount | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * "12 -> 36 maanden" rather than "12 maanden -> 36 maanden" when both sides end in the same unit
 * ("€ 500 -> € 750 per jaar"), as a negotiator would write it.
 */
function valueChange(aspect: SubstanceAspect, before: string | null, after: string | null, locale: Locale): SubstanceChange {
  const none = WORDS.none[locale];
  let shownBefore = before ?? none;
  const shownAfter = after ?? none;
  if (before !== null && after !== null) {
    const a = before.split(' ');
    const b = after.split(' ');
    let common = 0;
    while (common < Math.min(a.length, b.length) - 1 && a[a.length - 1 - common] === b[b.length - 1 - common]) common++;
    if (common > 0) shownBefore = a.slice(0, a.length - common).join(' ');
  }
  return {
    aspect,
    before,
    after,
    added: [],
    removed: [],
    text: fill(WORDS.value, locale, { aspect: ASPECTS[aspect][locale], before: shownBefore, after: shownAfter }),
  };
}

function listChange(aspect: SubstanceAspect, before: readonly string[], after: readonly string[], locale: Locale): SubstanceChange | null {
  const added = after.filter((k) => !before.includes(k));
  const removed = before.filter((k) => !after.includes(k));
  if (added.length === 0 && removed.length === 0) return null;
  const items = [...added.map((k) => `+ ${keyLabel(k, locale)}`), ...removed.map((k) => `- ${keyLabel(k, locale)}`)].join(', ');
  return { aspect, before: null, after: null, added, removed, text: fill(WORDS.list, locale, { aspect: ASPECTS[aspect][locale], items }) };
}

/** Every aspect in which the two versions of a provision differ, in a fixed order. */
export function substanceChanges(before: Substance, after: Substance, locale: Locale): SubstanceChange[] {
  const out: Array<SubstanceChange | null> = [];
  if (!sameAmount(before.amount, after.amount)) {
    out.push(valueChange('amount', before.amount && amountText(before.amount, locale), after.amount && amountText(after.amount, locale), locale));
  }
  if (before.spendingMonths !== after.spendingMonths) {
    out.push(
      valueChange(
        'spending-period',
        before.spendingMonths === null ? null : monthsText(before.spendingMonths, locale),
        after.spendingMonths === null ? null : monthsText(after.spendingMonths, locale),
        locale,
      ),
    );
  }
  if (before.unspent !== after.unspent) {
    out.push(valueChange('unspent', before.unspent && WORDS[before.unspent][locale], after.unspent && WORDS[after.unspent][locale], locale));
  }
  if (JSON.stringify(before.time) !== JSON.stringify(after.time)) {
    out.push(valueChange('time', before.time && timeText(before.time, locale), after.time && timeText(after.time, locale), locale));
  }
  out.push(listChange('purposes', before.purposes, after.purposes, locale));
  out.push(listChange('target-groups', before.targetGroups, after.targetGroups, locale));
  out.push(listChange('support', before.support, after.support, locale));
  out.push(listChange('communication', before.communication, after.communication, locale));
  if (before.groupSizes.join() !== after.groupSizes.join()) {
    out.push(
      valueChange(
        'group-sizes',
        before.groupSizes.length > 0 ? before.groupSizes.join(', ') : null,
        after.groupSizes.length > 0 ? after.groupSizes.join(', ') : null,
        locale,
      ),
    );
  }
  if (before.rotationMonths !== after.rotationMonths) {
    out.push(
      valueChange(
        'rotation-interval',
        before.rotationMonths === null ? null : monthsText(before.rotationMonths, locale),
        after.rotationMonths === null ? null : monthsText(after.rotationMonths, locale),
        locale,
      ),
    );
  }
  out.push(listChange('conditions', before.conditions, after.conditions, locale));
  return out.filter((c): c is SubstanceChange => c !== null);
}

/**
 * What one version of a provision provides, a line per aspect it states ("bestedingstermijn 36
 * maanden", "doelen: opleiding, loopbaanadvies"): for a provision that was added or removed, where
 * there is nothing to compare it with.
 */
export function describeSubstance(s: Substance, locale: Locale): string[] {
  const out: string[] = [];
  const value = (aspect: SubstanceAspect, text: string) => out.push(`${ASPECTS[aspect][locale]} ${text}`);
  const list = (aspect: SubstanceAspect, keys: readonly string[]) => {
    if (keys.length > 0) out.push(fill(WORDS.list, locale, { aspect: ASPECTS[aspect][locale], items: keys.map((k) => keyLabel(k, locale)).join(', ') }));
  };
  if (s.amount) value('amount', amountText(s.amount, locale));
  if (s.spendingMonths !== null) value('spending-period', monthsText(s.spendingMonths, locale));
  if (s.unspent) value('unspent', WORDS[s.unspent][locale]);
  if (s.time) value('time', timeText(s.time, locale));
  list('purposes', s.purposes);
  list('target-groups', s.targetGroups);
  list('support', s.support);
  list('communication', s.communication);
  if (s.groupSizes.length > 0) value('group-sizes', s.groupSizes.join(', '));
  if (s.rotationMonths !== null) value('rotation-interval', monthsText(s.rotationMonths, locale));
  list('conditions', s.conditions);
  return out;
}
