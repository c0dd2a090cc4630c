import { defineRule } from './kit';
import type { UnresolvedReason } from '../server/model/types';
import { headingText } from '../server/model/articleIndex';
import { factsOf } from '../server/model/query';

/**
 * A cross-reference must lead to an article, member, annex or chapter this document has. The
 * model reads and resolves every reference once (facts/references.ts, resolveReferences.ts); this
 * rule only reports the ones that lead nowhere. References to other documents (a law, "het BW",
 * another cao) and references out of a document that visibly is an excerpt are not its business.
 */
const DANGLING: Partial<Record<UnresolvedReason, 'noArticle' | 'noAnnex' | 'noChapter' | 'noMember'>> = {
  'no-such-article': 'noArticle',
  'no-such-annex': 'noAnnex',
  'no-such-chapter': 'noChapter',
  'no-such-member': 'noMember',
};

const rule = defineRule({
  meta: {
    id: 'article-reference',
    intervention: 'redactie',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      nl: 'Een verwijzing naar een artikel, lid, hoofdstuk of bijlage wijst naar iets dat in het document staat.',
      en: 'A reference to an article, member, chapter or annex points to something the document contains.',
    },
    options: {
      checkMembers: {
        type: 'boolean',
        default: true,
        description: {
          nl: 'Ook verwijzingen naar een lid controleren ("artikel 12 lid 3", "het vorige lid").',
          en: 'Also check references to a member ("artikel 12 lid 3", "het vorige lid").',
        },
      },
    },
  },
  messages: {
    noArticle: {
      nl: '«{reference}» verwijst naar artikel {number}, maar dat artikel staat niet in dit document. Controleer de nummering na de laatste hernummering, of verwijs naar het juiste artikel.',
      en: '«{reference}» refers to article {number}, which this document does not contain. Check the numbering after the last renumbering, or refer to the right article.',
    },
    noAnnex: {
      nl: '«{reference}» verwijst naar bijlage {number}, maar die bijlage staat niet in dit document. Voeg de bijlage toe of verwijs naar de juiste.',
      en: '«{reference}» refers to annex {number}, which this document does not contain. Add the annex or refer to the right one.',
    },
    noArticleInSet: {
      nl: '«{reference}» verwijst naar artikel {number}, maar dat artikel staat in geen van de {files} bestanden van deze cao. Controleer de nummering na de laatste hernummering, of verwijs naar het juiste artikel.',
      en: '«{reference}» refers to article {number}, which none of the {files} files of this cao contains. Check the numbering after the last renumbering, or refer to the right article.',
    },
    noAnnexInSet: {
      nl: '«{reference}» verwijst naar bijlage {number}, maar die bijlage staat in geen van de {files} bestanden van deze cao. Voeg de bijlage toe of verwijs naar de juiste.',
      en: '«{reference}» refers to annex {number}, which none of the {files} files of this cao contains. Add the annex or refer to the right one.',
    },
    noChapterInSet: {
      nl: '«{reference}» verwijst naar hoofdstuk {number}, maar dat hoofdstuk staat in geen van de {files} bestanden van deze cao.',
      en: '«{reference}» refers to chapter {number}, which none of the {files} files of this cao contains.',
    },
    noChapter: {
      nl: '«{reference}» verwijst naar hoofdstuk {number}, maar dat hoofdstuk staat niet in dit document.',
      en: '«{reference}» refers to chapter {number}, which this document does not contain.',
    },
    noMember: {
      nl: '«{reference}» verwijst naar lid {member} van {article}, maar dat lid bestaat niet. Controleer de nummering van de leden.',
      en: '«{reference}» refers to member {member} of {article}, which does not exist. Check the numbering of the members.',
    },
  },
  check({ doc, options, report, applies, set }) {
    const checkMembers = options.checkMembers;
    const references = factsOf(doc, 'reference');
    // A reference into this document is what the rule judges; one to a law or another cao is not.
    if (references.some((ref) => ref.resolution.status !== 'external')) applies();
    for (const ref of references) {
      const { file, resolution } = set ? set.resolve(ref) : { file: null, resolution: ref.resolution };
      if (resolution.status !== 'unresolved') continue;
      const dangling = DANGLING[resolution.reason];
      if (!dangling || (dangling === 'noMember' && !checkMembers)) continue;
      // In a set, a missing article, annex or chapter is missing from every file: the message says so.
      const messageId = set && set.size > 1 && dangling !== 'noMember' ? (`${dangling}InSet` as const) : dangling;
      // A member missing from an article of another file: that article's own tree is not at hand, its number is.
      const unit = file !== null || resolution.unit === null ? null : doc.articles[resolution.unit];
      report({
        range: ref.range,
        messageId,
        data: {
          reference: doc.text.slice(ref.range.start, ref.range.end).replace(/\s+/g, ' '),
          number: ref.number ?? '',
          member: ref.member ?? doc.text.slice(ref.range.start, ref.range.end),
          // The article as the draft names it, quoted: a word of the UI language ("artikel") would be
          // wrong in the other one, and the heading is what the reader looks for.
          article: `«${unit ? headingText(doc, unit) : doc.text.slice(ref.range.start, ref.range.end)}»`,
          files: set?.size ?? 1,
        },
      });
    }
  },
});

export default rule;
