import type { PolicyDocument } from '../model/types';
import { fill } from './localize';
import type { Locale, Localized, OptionSpec, Report, Rule, RuleContext, RuleMeta, TextEdit } from './types';

/**
 * The typed way to write a rule. The engine runs every rule through the plain `Rule` interface
 * (string ids, options as a loose record); `defineRule` infers from the rule's own declarations what
 * the rule may use, so a misspelt message id, fix title or option name is a type error rather than a
 * finding that crashes, or a title that shows its id, at run time.
 */

/** The value an option spec declares: numbers for number and integer options, the listed strings for an enum. */
export type OptionValue<S extends OptionSpec> = S['type'] extends 'number' | 'integer'
  ? number
  : S['type'] extends 'boolean'
    ? boolean
    : S extends { enum: readonly (infer E extends string)[] }
      ? E
      : string;

export type OptionValues<O extends Record<string, OptionSpec>> = { readonly [N in keyof O]: OptionValue<O[N]> };

/** Values for a message's `{placeholders}`. */
export type MessageData = Record<string, string | number>;

/** A fix offered with a finding; its title is one of the rule's messages. */
export interface TypedFix<K extends string> {
  titleId: K;
  data?: MessageData;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface TypedReport<K extends string> extends Omit<Report, 'messageId' | 'fixes'> {
  messageId: K;
  fixes?: Array<TypedFix<K>>;
}

/** `report` of a rule whose message ids are `K`, for helpers outside `check`. */
export type ReportFn<K extends string> = (report: TypedReport<K>) => void;

/** `message` of a rule whose message ids are `K`, for helpers outside `check`. */
export type MessageFn<K extends string> = (id: K, data?: MessageData) => string;

export interface TypedRuleContext<O extends Record<string, OptionSpec>, K extends string> {
  doc: PolicyDocument;
  /** The reader's language (messages); a clause a fix inserts follows the draft's language instead. */
  locale: Locale;
  /** Every declared option, of its declared type (the engine fills defaults and refuses values of another type). */
  options: OptionValues<O>;
  report: ReportFn<K>;
  /** See RuleContext.applies. */
  applies(): void;
  /** One of the rule's messages in the reader's language: the labels a checklist names inside another message. */
  message: MessageFn<K>;
  /** See RuleContext.set: the other files of the cao this one belongs to, when it is one of a set. */
  set?: RuleContext['set'];
}

export interface RuleDefinition<O extends Record<string, OptionSpec>, M extends Record<string, Localized>> {
  meta: Omit<RuleMeta, 'options'> & { options: O };
  /** Every text the rule shows the reader, by id, in both languages: messages, fix titles, labels. */
  messages: M;
  check(context: TypedRuleContext<O, keyof M & string>): void;
}

export function defineRule<const O extends Record<string, OptionSpec>, const M extends Record<string, Localized>>(definition: RuleDefinition<O, M>): Rule {
  const { meta, messages } = definition;
  return {
    meta,
    messages,
    check(context) {
      definition.check({
        doc: context.doc,
        locale: context.locale,
        // Sound because the engine's ruleOptions gives every declared option a value of its declared type.
        options: context.options as OptionValues<O>,
        report: (report) => context.report(report),
        applies: () => context.applies(),
        message: (id, data) => fill(messages[id], context.locale, data),
        ...(context.set ? { set: context.set } : {}),
      });
    },
  };
}
