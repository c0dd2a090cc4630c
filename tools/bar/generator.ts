/**
 * The robustness bar's document generator: takes a real draft (a bundled sample, or at run time an
 * excerpt of a corpus document) and damages it the way drafts arrive in practice — pasted from
 * Word, converted by pandoc, saved by another platform, cut and spliced by hand. Each document is
 * a pipeline of named "accidents" applied to the text, then an "encoding" accident applied to the
 * bytes, all drawn from a seeded stream per document (`generateDocument(seed, index, sources)`),
 * so any document can be regenerated from its seed and index alone.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './rng';

export interface SourceText {
  name: string;
  text: string;
}

export interface Sources {
  samples: SourceText[];
  /** Read at run time from ../shared/corpus when present; never copied into the project. */
  corpus: SourceText[];
}

export interface GeneratedDocument {
  index: number;
  /** File name inside the batch folder. */
  name: string;
  bytes: Buffer;
  /** Where the text came from and which accidents befell it, for the report. */
  origin: string;
  accidents: string[];
}

export function loadSources(root: string, withCorpus = true): Sources {
  const read = (dir: string): SourceText[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  const corpusDir = join(root, '..', 'shared', 'corpus');
  return { samples: read(join(root, 'samples')), corpus: withCorpus && existsSync(corpusDir) ? read(corpusDir) : [] };
}

interface Ctx {
  rng: Rng;
  sources: Sources;
  /** Another draft's text (for splicing). */
  other(): string;
}

type Accident = (text: string, ctx: Ctx) => string;

/** Replaces each match of `re` (global) with probability `rate`. */
function sprinkle(text: string, rng: Rng, re: RegExp, rate: number, replace: (match: string, ...groups: string[]) => string): string {
  return text.replace(re, (match: string, ...rest: unknown[]) =>
    rng.chance(rate) ? replace(match, ...(rest.filter((x) => typeof x === 'string') as string[])) : match,
  );
}

/** Inserts `what()` at `count` random offsets. */
function insertAt(text: string, rng: Rng, count: number, what: () => string): string {
  const cuts = Array.from({ length: count }, () => rng.int(text.length + 1)).sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const cut of cuts) {
    out += text.slice(last, cut) + what();
    last = cut;
  }
  return out + text.slice(last);
}

function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/);
}

function lines(text: string): string[] {
  return text.split('\n');
}

const EMOJI = ['📚', '👩🏽‍💼', '🇳🇱', '1️⃣', '✅', '😀', '🎓', '💶', '👨‍👩‍👧', '🏳️‍🌈', '𝐁𝐮𝐝𝐠𝐞𝐭', '𝟐𝟒', '𠀋', '🧑🏿‍🏫'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const CONTROLS = [
  '\x01',
  '\x02',
  '\x07',
  '\x08',
  '\x0b',
  '\x0c',
  '\x0e',
  '\x1a',
  '\x1b',
  '\x1f',
  '\x7f',
  '\x85',
  '\u2028',
  '\u2029',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udc00',
];

const wordPaste: Accident = (text, { rng }) => {
  let t = text;
  if (rng.chance(0.7))
    t = t
      .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
      .replace(/(\w)'(\w)/g, '$1\u2019$2')
      .replace(/'([^'\n]*)'/g, '\u2018$1\u2019');
  if (rng.chance(0.6)) t = sprinkle(t, rng, /€ ?(\d)/g, 0.8, (_m, d) => `€\u00a0${d}`);
  if (rng.chance(0.5)) t = sprinkle(t, rng, /(\d) (maanden|jaar|uur|dagen|procent|%|months|years|hours|days)/g, 0.8, (_m, d, u) => `${d}\u00a0${u}`);
  if (rng.chance(0.4)) t = sprinkle(t, rng, / /g, 0.05, () => rng.pick(['\u00a0', '\u202f', '\u2009', '  ', '\t']));
  if (rng.chance(0.4)) t = sprinkle(t, rng, /[A-Za-zÀ-ÿ]{10,}/g, 0.3, (w) => `${w.slice(0, 4)}\u00ad${w.slice(4, 8)}\u00ad${w.slice(8)}`);
  if (rng.chance(0.4)) t = sprinkle(t, rng, /\b/g, 0.01, () => rng.pick(ZERO_WIDTH));
  if (rng.chance(0.4))
    t = sprinkle(t, rng, /^([ \t]*)[-*+] /gm, 0.8, (_m, ind) => `${ind.replace(/ {2}/g, '\t')}${rng.pick(['•\t', '·\t', 'o\t', '-\t', '▪ ', '§ '])}`);
  if (rng.chance(0.3)) t = t.replace(/ - /g, ' \u2013 ').replace(/\.\.\./g, '\u2026');
  if (rng.chance(0.3)) t = sprinkle(t, rng, /\n/g, 0.3, () => rng.pick(['  \n', ' \n', '\t\n', '\u00a0\n']));
  if (rng.chance(0.2)) t = sprinkle(t, rng, /^(#+) (.*)$/gm, 0.7, (_m, _h, title) => `**${title}**`);
  return t;
};

const htmlPaste: Accident = (text, { rng }) => {
  const ps = paragraphs(text);
  const i = rng.int(ps.length);
  const cells = (s: string) => s.split(/(?<=[.;:])\s+/).filter(Boolean);
  switch (rng.int(6)) {
    case 0:
      ps[i] = `<p class="MsoNormal"><span lang="NL" style="font-size:11.0pt;mso-bidi-font-family:Calibri">${ps[i]}</span><o:p></o:p></p>`;
      break;
    case 1: {
      const rows = cells(ps[i]).map(
        (c, k) => `<tr>\n<td width=302 valign=top style='width:226.5pt'>${k}</td>\n<td>${c}${rng.chance(0.3) ? '' : '</td>'}\n</tr>`,
      );
      ps[i] = `<table class=MsoTableGrid border=1 cellspacing=0>\n${rows.join(rng.chance(0.3) ? '\n\n' : '\n')}\n${rng.chance(0.2) ? '' : '</table>'}`;
      break;
    }
    case 2:
      ps[i] = sprinkle(ps[i], rng, /\b(\w{4,})\b/g, 0.1, (w) =>
        rng.pick([`<b>${w}</b>`, `<i>${w}`, `<u>${w}</u>`, `${w}<br>`, `${w}<br/>`, `<span style="color:red">${w}</span>`, `<font face=Arial>${w}</font>`]),
      );
      break;
    case 3:
      ps[i] = sprinkle(ps[i], rng, / |€|&/g, 0.2, (c) =>
        c === '€'
          ? rng.pick(['&euro;', '&#8364;', '&#x20AC;'])
          : c === '&'
            ? '&amp;'
            : rng.pick(['&nbsp;', '&#160;', '&#xD83D;', '&#0;', '&#x110000;', '&shy;', '&zwj;', ' ']),
      );
      break;
    case 4:
      ps.splice(i, 0, `<!--[if !supportLists]-->·<!--[endif]-->${rng.chance(0.5) ? '' : '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml>'}`);
      break;
    default:
      // An HTML comment that is never closed swallows the rest of the draft.
      ps[i] = `${ps[i]} <!-- ${rng.pick(['opmerking jurist', 'caolint-disable', 'TODO'])}`;
  }
  return ps.join('\n\n');
};

const pandoc: Accident = (text, { rng }) => {
  let t = text;
  const n = rng.range(1, 4);
  for (let k = 0; k < n; k++) {
    switch (rng.int(9)) {
      case 0:
        t = sprinkle(t, rng, /\b([A-Za-zÀ-ÿ]{5,}(?: [a-zà-ÿ]{3,})?)\b/g, 0.05, (w) => `[${w}]{.underline}`);
        break;
      case 1:
        t = sprinkle(t, rng, /([^\n])\n(?=[^\n])/g, 0.4, (_m, c) => `${c}\\\n`);
        break;
      case 2:
        t = sprinkle(t, rng, /^(#+ .*)$/gm, 0.6, (h) => `${h} {#${rng.pick(['artikel-1', 'sec:x', 'a b'])} .unnumbered}`);
        break;
      case 3: {
        const ps = paragraphs(t);
        const i = rng.int(ps.length);
        ps[i] = `::: {.${rng.pick(['cell', 'section', 'artikel'])}}\n${ps[i]}\n${rng.chance(0.8) ? ':::' : ''}`;
        t = ps.join('\n\n');
        break;
      }
      case 4:
        t = insertAt(t, rng, 1, () =>
          rng.pick([
            '\n```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n',
            '`<br>`{=html}',
            '\n```{=html}\n<div>\n',
            '[]{#_Toc123456 .anchor}',
          ]),
        );
        break;
      case 5:
        t = sprinkle(t, rng, /\.( |\n)/g, 0.1, (_m, s) => `.[^${rng.range(1, 99)}]${s}`) + `\n\n[^1]: ${rng.pick(['Zie bijlage 3.', 'Stb. 2024, 12.', ''])}\n`;
        break;
      case 6:
        t = sprinkle(t, rng, /[*'"[\]()_]/g, 0.3, (c) => `\\${c}`);
        break;
      case 7:
        t = insertAt(t, rng, 1, () =>
          rng.pick([
            '[www.cao-schoonmaak.nl]{.underline}',
            '[vragen: hr@werkgever.nl]',
            '<https://www.stap-budget.nl>',
            'www.example.nl/scholing.',
            'mailto:hr@werkgever.nl',
          ]),
        );
        break;
      default: {
        // A grid table and a line block, as pandoc writes them for Word tables and addresses.
        const row = (a: string, b: string) => `| ${a.padEnd(20).slice(0, 20)} | ${b.padEnd(30).slice(0, 30)} |`;
        t = insertAt(
          t,
          rng,
          1,
          () =>
            `\n\n+----------------------+--------------------------------+\n${row('Budget', '€ 500 per jaar')}\n+======================+================================+\n${row('Termijn', '12 maanden')}\n+----------------------+--------------------------------+\n\n| Werkgever B.V.\n| Postbus 1\n\n`,
        );
      }
    }
  }
  return t;
};

const astral: Accident = (text, { rng }) => {
  const where = rng.int(5);
  if (where === 0) return sprinkle(text, rng, /\./g, 0.2, () => `${rng.pick(EMOJI)}.`);
  if (where === 1) return sprinkle(text, rng, /\.(?=\s|$)/g, 0.2, () => `.${rng.pick(EMOJI)}`);
  if (where === 2) return sprinkle(text, rng, /^/gm, 0.2, () => rng.pick(EMOJI));
  if (where === 3) return sprinkle(text, rng, /\b\w{6,}\b/g, 0.1, (w) => `${w.slice(0, 3)}${rng.pick(EMOJI)}${w.slice(3)}`);
  return `${text.replace(/\s+$/, '')}${rng.pick(EMOJI)}`;
};

const combining: Accident = (text, { rng }) => {
  if (rng.chance(0.4)) return text.normalize('NFD');
  const marks = ['\u0301', '\u0308', '\u0327', '\u0300', '\u20dd', '\u0489', '\u036f'];
  return sprinkle(text, rng, /[a-zA-Z]/g, 0.02, (c) => c + Array.from({ length: rng.range(1, rng.chance(0.1) ? 40 : 3) }, () => rng.pick(marks)).join(''));
};

const bidi: Accident = (text, { rng }) => {
  let t = sprinkle(text, rng, /(€ ?[\d.,]+|\d+ ?%|\d+)/g, 0.3, (m) => `${rng.pick(BIDI)}${m}${rng.pick(BIDI)}`);
  if (rng.chance(0.5)) t = insertAt(t, rng, rng.range(1, 3), () => rng.pick([' ميزانية التدريب ', ' תקציב הכשרה ', '\u202eetadpu\u202c', ' ١٢ شهرا ']));
  return t;
};

function longRun(rng: Rng, size: number): string {
  switch (rng.int(7)) {
    case 0:
      return `https://www.werkgever.nl/${'scholing/ontwikkelbudget-'.repeat(Math.ceil(size / 25)).slice(0, size)}?utm_source=${'x'.repeat(20)}`;
    case 1:
      return 'ontwikkelbudget'.repeat(Math.ceil(size / 15)).slice(0, size);
    case 2:
      return `![afbeelding](data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(Math.ceil(size / 24)).slice(0, size)})`;
    case 3:
      return Array.from({ length: Math.ceil(size / 60) }, (_, i) => `en de werknemer kan het budget ${i} besteden aan opleiding`)
        .join(' ')
        .slice(0, size);
    case 4:
      return `| ${Array.from({ length: Math.ceil(size / 12) }, (_, i) => `€ ${i},00`).join(' | ')} |`;
    case 5:
      return '-'.repeat(size);
    default:
      return Array.from({ length: Math.ceil(size / 40) }, () =>
        rng.pick(['Het budget vervalt na 12 maanden. ', 'De werkgever informeert de werknemer. ', '€ 500 per jaar; ', '12 maanden, ']),
      )
        .join('')
        .slice(0, size);
  }
}

const longLine: Accident = (text, { rng }) => {
  const size = rng.chance(0.03) ? rng.range(60_000, 120_000) : rng.range(500, 10_000);
  switch (rng.int(3)) {
    case 0: {
      // A region of the draft pasted as one line.
      const ls = lines(text);
      const a = rng.int(ls.length);
      const b = Math.min(ls.length, a + rng.range(2, 200));
      ls.splice(a, b - a, ls.slice(a, b).join(' '));
      return ls.join('\n');
    }
    case 1:
      return insertAt(text, rng, 1, () => longRun(rng, size));
    default: {
      const ls = lines(text);
      ls.splice(rng.int(ls.length + 1), 0, longRun(rng, size));
      return ls.join('\n');
    }
  }
};

const deepNesting: Accident = (text, { rng }) => {
  const depth = rng.chance(0.1) ? rng.range(90, 130) : rng.range(3, 40);
  const sentences = text.split(/(?<=\.)\s+/).filter((s) => s.length > 3);
  const out: string[] = [];
  const kind = rng.int(4);
  for (let d = 0; d < depth; d++) {
    const s = (sentences[d % Math.max(1, sentences.length)] ?? 'tekst').replace(/\n/g, ' ');
    if (kind === 0) out.push(`${'  '.repeat(d)}- ${s}`);
    else if (kind === 1) out.push(`${'> '.repeat(d + 1)}${s}`);
    else if (kind === 2) out.push(`${'   '.repeat(d)}${rng.pick(['1.', '99999999999.', 'a)', '0.'])} ${s}`);
    else out.push(`${Array.from({ length: d + 1 }, () => rng.pick(['> ', '- ', '1. ', '* '])).join('')}${s}`);
  }
  const ps = paragraphs(text);
  ps.splice(rng.int(ps.length + 1), 0, out.join(rng.chance(0.2) ? '\n\n' : '\n'));
  return ps.join('\n\n');
};

const raggedTable: Accident = (text, { rng }) => {
  const sentences = text
    .split(/(?<=[.;])\s+/)
    .filter((s) => s.length > 3)
    .map((s) => s.replace(/\n/g, ' ').replace(/\|/g, '\\|'));
  const width = rng.range(1, 6);
  const cell = () => (rng.chance(0.15) ? '' : rng.chance(0.1) ? '`a | b`' : (rng.pick(sentences) ?? 'x'));
  const row = (n: number) => {
    const body = Array.from({ length: n }, cell).join(' | ');
    return rng.chance(0.3) ? body : `| ${body} |${rng.chance(0.1) ? '\\' : ''}`;
  };
  const rows = [
    row(width),
    `|${Array.from({ length: rng.chance(0.3) ? rng.range(1, 7) : width }, () => rng.pick(['---', ':--', '--:', ':-:', '-'])).join('|')}|`,
  ];
  for (let r = rng.range(0, 12); r > 0; r--) rows.push(row(rng.range(0, 8)));
  if (rng.chance(0.3)) rows.push(rng.pick(sentences) ?? 'vervolg');
  const ps = paragraphs(text);
  ps.splice(rng.int(ps.length + 1), 0, rows.join('\n'));
  return ps.join(rng.chance(0.2) ? '\n' : '\n\n');
};

const RULE_IDS = ['budget-spending-period', 'budget-earmarking', 'support-lower-educated', 'entitlement-communication', 'budget-amount', 'no-such-rule'];

const frontMatter: Accident = (text, { rng }) => {
  const value = () => rng.pick(['36', '1e400', '-5', '"abc"', '[]', 'null', '0', '120', '121', '.inf', '~', '{ a: 1 }', '24']);
  switch (rng.int(8)) {
    case 0:
      return `---\ntitle: Cao ${rng.range(2020, 2030)}\ncaolint:\n  locale: ${rng.pick(['en', 'nl', 'fr'])}\n  rules:\n    ${rng.pick(RULE_IDS)}: ${rng.pick(['off', 'error', 'info', 'maybe', 'true'])}\n---\n${text}`;
    case 1:
      return `---\ncaolint:\n  rules:\n    ${rng.pick(RULE_IDS)}:\n      severity: warning\n      options:\n        ${rng.pick(['minMonths', 'minYearlyAmount', 'maxSize', 'minShare', 'headcount'])}: ${value()}\n---\n${text}`;
    case 2:
      return `---\ntitle: "niet afgesloten\nauteur:\t- tab\n  : :\n---\n${text}`;
    case 3:
      return `---\n${Array.from({ length: rng.range(2000, 4000) }, (_, i) => `sleutel_${i}: waarde ${i}`).join('\n')}\n${rng.chance(0.5) ? 'caolint:\n  locale: en\n' : ''}---\n${text}`;
    case 4:
      return `---\ntitle: geen einde\ncaolint:\n  locale: en\n${text}`;
    case 5:
      return `+++\ntitle = "TOML"\n[caolint]\nlocale = "en"\n+++\n${text}`;
    case 6:
      return `---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\ncaolint:\n  locale: *a\n---\n${text}`;
    default: {
      // Front matter that is not at the top (a second draft pasted below the first).
      const ps = paragraphs(text);
      ps.splice(rng.int(ps.length + 1), 0, `---\ntitle: tweede deel\ncaolint:\n  rules:\n    budget-amount: off\n---`);
      return ps.join('\n\n');
    }
  }
};

const articles: Accident = (text, ctx) => {
  const { rng } = ctx;
  const sections = text.split(/(?=^#{1,6} )/m);
  switch (rng.int(8)) {
    case 0: {
      const s = rng.pick(sections);
      sections.splice(rng.int(sections.length + 1), 0, s);
      return sections.join('');
    }
    case 1:
      return text.slice(0, rng.int(text.length + 1));
    case 2: {
      const other = ctx.other();
      return text.slice(0, rng.int(text.length + 1)) + other.slice(rng.int(other.length + 1));
    }
    case 3:
      for (let i = sections.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [sections[i], sections[j]] = [sections[j], sections[i]];
      }
      return sections.join('');
    case 4:
      return text.replace(/^#{1,6} /gm, () => rng.pick(['', '####### ', '# ', '###### ', '#', '#\t', '    # ']));
    case 5:
      return Array.from({ length: rng.range(2, 5) }, () => text).join(rng.pick(['\n', '\n\n', '']));
    case 6:
      return text.replace(/^(#{1,6}) (.*)$/gm, (_m, _h, title: string) => `${title}\n${rng.pick(['=', '-'])}${rng.pick(['=', '-']).repeat(rng.range(0, 20))}`);
    default:
      return `${text}\n\n${rng.pick(['## Artikel 99 Slotbepaling', '# ', '## Artikel 4.2.1.1.1.1', '### Bijlage'])}\n`;
  }
};

const numbers: Accident = (text, { rng }) => {
  const money = [
    '€ 1.000,-',
    '€1,000.00',
    'EUR 1e9',
    '€ 1.000.000.000.000.000.000',
    '€ ,50',
    '-€ 500',
    '€ 10^6',
    '€ ½',
    '€ NaN',
    '€ 500 – € 1.000',
    '€ 1 000',
    "€ 1'000",
    '€ １２００',
    '€ ١٢٠٠',
    '€ 0',
    '€ 99999999999999999999',
    '€0.5',
    '500 euro',
    '€ 1.5.0,0',
    '€\u2009750',
  ];
  const months = [
    '1e3 maanden',
    '0 maanden',
    '-3 maanden',
    'twaalf maanden',
    '99999999999999999999 maanden',
    '1,5 jaar',
    '12.5 months',
    '½ jaar',
    '１２ maanden',
    'Infinity maanden',
    '12-24 maanden',
  ];
  let t = sprinkle(text, rng, /€ ?[\d.,]+(?:,-)?/g, 0.5, () => rng.pick(money));
  t = sprinkle(t, rng, /\b\d+ (maanden|jaar|months|years)/g, 0.5, () => rng.pick(months));
  t = sprinkle(t, rng, /\b\d+(,\d+)? ?%/g, 0.5, () => rng.pick(['1e2%', '0,0001%', '150%', '-2%', '1.000,5%', '٪5']));
  if (rng.chance(0.4))
    t = insertAt(t, rng, rng.range(1, 5), () => ` ${rng.pick([...money, ...months, '1/1/2025', '2025-13-45', '31 februari 2025', '0x1F', '²'])} `);
  return t;
};

const controls: Accident = (text, { rng }) => {
  let t = insertAt(text, rng, rng.range(1, 12), () => rng.pick(CONTROLS));
  if (rng.chance(0.15)) t = insertAt(t, rng, 1, () => '\0');
  return t;
};

const zeroWidth: Accident = (text, { rng }) => insertAt(text, rng, rng.range(1, 40), () => rng.pick([...ZERO_WIDTH, ...BIDI]));

const delimiters: Accident = (text, { rng }) => {
  const run = () => {
    const c = rng.pick(['*', '_', '~', '[', ']', '**', '__', '![', '`', '<', '\\']);
    return c.repeat(rng.chance(0.1) ? rng.range(100, 900) : rng.range(1, 6));
  };
  let t = insertAt(text, rng, rng.range(1, 10), run);
  if (rng.chance(0.3)) t += `\n\n[1]: <https://www.example.nl/${'a'.repeat(rng.range(1, 200))}> "titel\n[budget]: /x\n`;
  return t;
};

const directives: Accident = (text, { rng }) =>
  insertAt(text, rng, rng.range(1, 4), () =>
    rng.pick([
      `\n<!-- caolint-disable ${rng.pick(RULE_IDS)} -->\n`,
      '\n<!-- caolint-enable -->\n',
      `<!-- caolint-disable-next-line ${rng.pick(RULE_IDS)} -->`,
      '<!-- caolint-disable-next-line -->',
      '\n<!-- caolint-disable\n',
      '<!--caolint-disable budget-earmarking,,,-->',
      '\n```\n<!-- caolint-disable -->\n```\n',
    ]),
  );

const code: Accident = (text, { rng }) => {
  const ps = paragraphs(text);
  const i = rng.int(ps.length);
  switch (rng.int(3)) {
    case 0:
      ps[i] = `${rng.pick(['```', '~~~', '````md'])}\n${ps[i]}`; // never closed
      break;
    case 1:
      ps[i] = ps[i].replace(/^/gm, rng.pick(['    ', '\t']));
      break;
    default:
      ps[i] = `\`${ps[i]}`;
  }
  return ps.join('\n\n');
};

const trailing: Accident = (text, { rng }) => {
  switch (rng.int(3)) {
    case 0:
      return text.replace(/\s+$/, '');
    case 1:
      return text + Array.from({ length: rng.range(1, 50) }, () => rng.pick(['', ' ', '\t', '   ', '\u00a0'])).join('\n');
    default:
      return `${'\n'.repeat(rng.range(1, 30))}${text}`;
  }
};

/**
 * Damage where the fixes work: the lines that state a lapse, a spending period, a budget or
 * development days (what the fixable rules rewrite or add a clause after) are broken up, wrapped,
 * re-terminated or moved into other blocks.
 */
const nearFixes: Accident = (text, { rng }) => {
  const ls = lines(text);
  const targets = ls
    .map((l, i) => [l, i] as const)
    .filter(([l]) =>
      /vervalt|vervallen|verloopt|lapse|expire|forfeit|binnen \d+ maanden|within \d+ months|budget|ontwikkeldagen|scholingsdagen|opleidingsverlof|development days/i.test(
        l,
      ),
    );
  if (targets.length === 0) return text;
  for (let k = rng.range(1, 3); k > 0; k--) {
    const [line, i] = rng.pick(targets);
    const body = ls[i] === line ? line : ls[i];
    const words = body.split(' ');
    const cut = rng.int(words.length + 1);
    const half = (sep: string) => `${words.slice(0, cut).join(' ')}${sep}${words.slice(cut).join(' ')}`;
    ls[i] = rng.pick([
      () => `| 3. | ${body.replace(/\|/g, '\\|')} |`,
      () => `### ${body}`,
      () => body.replace(/[.;:]?\s*(<!--.*-->)?\s*$/, rng.pick(['', ';', ':', ' 🎓', '…', ',', ' (zie bijlage)'])),
      () => half(rng.pick(['\r', '\r\n', '\\\n', '  \n', '\n\n', '\u2028', '\x85'])),
      () => rng.pick([`<span lang="NL">${body}</span>`, `[${body}]{.underline}`, `**${body}**`, `_${body}_`, `"${body}"`, `\u201c${body}\u201d`]),
      () =>
        body.replace(
          /(vervalt|vervallen|verloopt|budget|maanden|dagen)/gi,
          (w) => `${w.slice(0, 3)}${rng.pick(['\u00ad', '\u200b', '\u2060', '\u00a0'])}${w.slice(3)}`,
        ),
      () => body.replace(/(\d+) (maanden|months|jaar)/g, `$1${rng.pick(['\u00a0', '\u202f', '\t', '  '])}$2`),
      () => `${body}${rng.pick(['[^1]', ' <!-- TODO jurist -->', '\\', ' {.underline}', '<br>', '📚'])}`,
      () => `${rng.pick(['> ', '   - ', '\t', '    ', '1) ', '* * '])}${body}`,
      () => `${body} ${body}`,
      () => half(rng.pick(['😀', '\ufeff', '\u200f', '<b></b>', '**', '`'])),
    ])();
  }
  return rng.chance(0.3) ? ls.join('\n').replace(/\s+$/, '') : ls.join('\n');
};

/** A spreadsheet column or a salary scale pasted as text: many short lines in one paragraph. */
const columnPaste: Accident = (text, { rng }) => {
  const n = rng.chance(0.03) ? rng.range(10_000, 25_000) : rng.range(20, 2_000);
  const cell = rng.pick([
    (i: number) => `€ ${1000 + i * 7},${String(i % 100).padStart(2, '0')}`,
    (i: number) => `schaal ${i % 18} trede ${i}`,
    (i: number) => `${i}`,
    (i: number) => `${i % 12} maanden`,
  ]);
  const col = Array.from({ length: n }, (_, i) => cell(i)).join(rng.pick(['\n', '\t\n', '  \n']));
  const ps = paragraphs(text);
  ps.splice(rng.int(ps.length + 1), 0, col);
  return ps.join('\n\n');
};

/** Text accidents with their weights. */
const ACCIDENTS: readonly (readonly [string, Accident, number])[] = [
  ['word-paste', wordPaste, 10],
  ['near-fixes', nearFixes, 12],
  ['html-paste', htmlPaste, 6],
  ['pandoc', pandoc, 7],
  ['astral', astral, 6],
  ['combining', combining, 4],
  ['bidi', bidi, 3],
  ['long-line', longLine, 5],
  ['deep-nesting', deepNesting, 4],
  ['ragged-table', raggedTable, 5],
  ['column-paste', columnPaste, 3],
  ['front-matter', frontMatter, 5],
  ['articles', articles, 9],
  ['numbers', numbers, 8],
  ['controls', controls, 4],
  ['zero-width', zeroWidth, 3],
  ['delimiters', delimiters, 4],
  ['directives', directives, 3],
  ['code', code, 3],
  ['trailing', trailing, 3],
];

/** An excerpt of a corpus document: whole articles, a few KB (sometimes the whole document). */
function corpusExcerpt(rng: Rng, text: string): string {
  if (rng.chance(0.01)) return text;
  const size = rng.range(600, 6_000);
  const heads: number[] = [];
  const re = /^#{1,6} /gm;
  for (let m = re.exec(text); m; m = re.exec(text)) heads.push(m.index);
  const start = heads.length > 0 && rng.chance(0.8) ? rng.pick(heads) : rng.int(Math.max(1, text.length - size));
  return text.slice(start, start + size);
}

/** Line endings, byte-order marks and encodings: what happens when the file is saved or moved. */
function encode(text: string, rng: Rng, accidents: string[]): Buffer {
  let t = text;
  const eol = rng.weighted([
    ['lf', 55],
    ['crlf', 20],
    ['cr', 8],
    ['mixed', 12],
    ['cr-crlf', 5],
  ] as const);
  if (eol !== 'lf') {
    accidents.push(`eol:${eol}`);
    const pick = (): string => (eol === 'crlf' ? '\r\n' : eol === 'cr' ? '\r' : eol === 'cr-crlf' ? '\r\r\n' : rng.pick(['\n', '\r\n', '\r']));
    t = t.replace(/\r?\n/g, pick);
  }
  const bom = rng.weighted([
    ['none', 85],
    ['bom', 9],
    ['double', 2],
    ['middle', 4],
  ] as const);
  if (bom === 'bom') t = `\ufeff${t}`;
  if (bom === 'double') t = `\ufeff\ufeff${t}`;
  if (bom === 'middle') t = insertAt(t, rng, 1, () => '\ufeff');
  if (bom !== 'none') accidents.push(`bom:${bom}`);
  const encoding = rng.weighted([
    ['utf8', 92],
    ['utf16le', 2],
    ['utf16be', 1],
    ['cp1252', 3],
    ['cut', 2],
  ] as const);
  if (encoding !== 'utf8') accidents.push(`encoding:${encoding}`);
  switch (encoding) {
    case 'utf16le':
    case 'utf16be': {
      const bytes = Buffer.from(`${t.startsWith('\ufeff') ? '' : '\ufeff'}${t}`, 'utf16le');
      if (encoding === 'utf16be') bytes.swap16();
      return bytes;
    }
    case 'cp1252':
      // Saved as Windows-1252 ("ANSI"): é is one byte, € becomes 0x80; the rest is lost as '?'.
      return Buffer.from(Array.from(t, (c) => (c === '€' ? 0x80 : c.codePointAt(0)! < 256 ? c.codePointAt(0)! : 0x3f)));
    case 'cut': {
      const bytes = Buffer.from(t, 'utf8');
      let multi = bytes.length - 1;
      while (multi > 0 && bytes[multi] < 0xc0) multi--;
      return multi > 0 ? bytes.subarray(0, multi + 1) : bytes;
    }
    default:
      return Buffer.from(t, 'utf8');
  }
}

export function generateDocument(seed: number, index: number, sources: Sources): GeneratedDocument {
  const rng = new Rng(seed, index);
  const all = [...sources.samples, ...sources.corpus];
  const fromCorpus = sources.corpus.length > 0 && rng.chance(0.3);
  const source = fromCorpus ? rng.pick(sources.corpus) : rng.pick(sources.samples);
  let text = fromCorpus ? corpusExcerpt(rng, source.text) : source.text;
  const ctx: Ctx = {
    rng,
    sources,
    other: () => {
      const o = rng.pick(all);
      return sources.corpus.includes(o) ? corpusExcerpt(rng, o.text) : o.text;
    },
  };
  const accidents: string[] = [];
  const count = rng.weighted([
    [1, 30],
    [2, 30],
    [3, 20],
    [4, 12],
    [6, 8],
  ] as const);
  for (let k = 0; k < count; k++) {
    const [name, accident] = rng.weighted(ACCIDENTS.map(([n, a, w]) => [[n, a] as const, w] as const));
    text = accident(text, ctx);
    accidents.push(name);
  }
  const bytes = encode(text, rng, accidents);
  const name = `d${String(index).padStart(5, '0')}.${rng.chance(0.05) ? 'markdown' : 'md'}`;
  return { index, name, bytes, origin: `${fromCorpus ? 'corpus' : 'samples'}/${source.name}`, accidents };
}
