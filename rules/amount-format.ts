import { defineRule } from './kit';
import type { Language, MoneyFact, MoneyNotation } from '../server/model/types';
import { factsOf } from '../server/model/query';
import { replaceWords } from '../server/engine/fixes';

/**
 * One notation for money throughout: "€ 1.000,-", "EUR 1.000" and "1000 euro" in one draft read
 * as carelessness, and in tables they do not line up. The model records how every amount in
 * figures is written (MoneyNotation); this rule compares them with the configured notation, or
 * with the notation most of the draft's amounts use, and rewrites an amount to it.
 */
const NOTATIONS = ['document', '€ 1.000', '€ 1.000,-', '€ 1.000,00', 'EUR 1.000', '1.000 euro'] as const;
type Notation = (typeof NOTATIONS)[number];

/** The notation as three choices: currency, how a whole amount ends, how thousands are separated. */
interface Target {
  currency: MoneyNotation['currency'];
  whole: ',-' | ',00' | '';
  thousands: 'grouped' | 'plain';
}

const CONFIGURED: Record<Exclude<Notation, 'document'>, Target> = {
  '€ 1.000': { currency: '€', whole: '', thousands: 'grouped' },
  '€ 1.000,-': { currency: '€', whole: ',-', thousands: 'grouped' },
  '€ 1.000,00': { currency: '€', whole: ',00', thousands: 'grouped' },
  'EUR 1.000': { currency: 'EUR', whole: '', thousands: 'grouped' },
  '1.000 euro': { currency: 'euro', whole: '', thousands: 'grouped' },
};

const rule = defineRule({
  meta: {
    id: 'amount-format',
    intervention: 'redactie',
    defaultSeverity: 'info',
    fixable: true,
    description: {
      nl: 'Bedragen staan overal in dezelfde notatie ("€ 1.000,-", "EUR 1.000" of "1.000 euro", niet door elkaar).',
      en: 'Amounts use one notation throughout ("€ 1.000,-", "EUR 1.000" or "1.000 euro", not mixed).',
    },
    options: {
      notation: {
        type: 'string',
        default: 'document',
        enum: NOTATIONS,
        description: {
          nl: 'De notatie voor bedragen: "document" (de notatie die de meeste bedragen in het document al hebben), "€ 1.000", "€ 1.000,-", "€ 1.000,00", "EUR 1.000" of "1.000 euro".',
          en: 'The notation for amounts: "document" (the one most amounts in the document already use), "€ 1.000", "€ 1.000,-", "€ 1.000,00", "EUR 1.000" or "1.000 euro".',
        },
      },
    },
  },
  messages: {
    mixed: {
      nl: '«{amount}» staat in een andere notatie dan de andere bedragen ({target}). Schrijf bedragen overal op dezelfde manier.',
      en: '«{amount}» is written differently from the other amounts ({target}). Write amounts the same way throughout.',
    },
    configured: {
      nl: '«{amount}» volgt niet de afgesproken notatie voor bedragen ({target}).',
      en: '«{amount}» does not follow the agreed notation for amounts ({target}).',
    },
    rewrite: { nl: 'Schrijf als «{text}»', en: 'Write as «{text}»' },
  },
  check({ doc, options, report, applies }) {
    const amounts = factsOf(doc, 'money').filter((f): f is MoneyFact & { notation: MoneyNotation } => f.notation !== null && f.notation !== undefined);
    const option: Notation = options.notation;
    const configured = option !== 'document' && option in CONFIGURED ? CONFIGURED[option as Exclude<Notation, 'document'>] : null;
    if (!configured && amounts.length < 2) return;
    if (amounts.length > 0) applies();
    const target = configured ?? majority(amounts.map((a) => a.notation));
    for (const amount of amounts) {
      const n = amount.notation;
      const differs =
        n.currency !== target.currency || (n.whole !== null && n.whole !== target.whole) || (n.thousands !== null && n.thousands !== target.thousands);
      if (!differs) continue;
      const source = doc.text.slice(amount.range.start, amount.range.end);
      const text = write(amount.amount, target, doc.language);
      // Only amounts written plainly in the source are rewritten (no Markdown or line break inside).
      const plain = /^(?:€|EUR|eur)?\s?[\d.,–-]+(?:\s?(?:euro|EUR))?$/.test(source);
      report({
        range: amount.range,
        messageId: configured ? 'configured' : 'mixed',
        data: { amount: source.replace(/\s+/g, ' '), target: write(1000, target, doc.language) },
        fixes: plain ? [{ titleId: 'rewrite', data: { text }, edits: [replaceWords(amount.range, text)], preferred: true }] : [],
      });
    }
  },
});

/** Per choice, what most amounts do (the first one's choice on a tie). */
function majority(notations: MoneyNotation[]): Target {
  const pick = <T extends string>(values: Array<T | null>, fallback: T): T => {
    const counts = new Map<T, number>();
    for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    let best: T = fallback;
    let most = 0;
    for (const [v, c] of counts) if (c > most) [best, most] = [v, c];
    return best;
  };
  return {
    currency: pick(
      notations.map((n) => n.currency),
      '€',
    ),
    whole: pick(
      notations.map((n) => n.whole),
      '',
    ),
    thousands: pick(
      notations.map((n) => n.thousands),
      'grouped',
    ),
  };
}

/**
 * An amount written in the target notation, in the document's language: "€ 1.250,-", "EUR 12,50",
 * "3.000 euro"; in English "€ 1,250", "EUR 12.50" (",-" is Dutch only; ",00" is ".00" there).
 */
export function write(amount: number, target: Target, language: Language = 'nl'): string {
  const [point, comma] = language === 'en' ? ['.', ','] : [',', '.'];
  const cents = Math.round(amount * 100) % 100;
  const whole = Math.floor(Math.round(amount * 100) / 100);
  const digits = String(whole);
  const grouped = target.thousands === 'grouped' && whole >= 1000 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, comma) : digits;
  const end = target.whole === ',00' ? `${point}00` : target.whole === ',-' && language === 'nl' ? ',-' : '';
  const figure = cents !== 0 ? `${grouped}${point}${String(cents).padStart(2, '0')}` : `${grouped}${end}`;
  return target.currency === 'euro' ? `${figure} euro` : `${target.currency} ${figure}`;
}

export default rule;
