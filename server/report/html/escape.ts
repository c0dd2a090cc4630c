/**
 * The one place the HTML report escapes text. Every fragment is built with the `html` tag: what is
 * interpolated is escaped unless it is itself a fragment made by the tag (or `trusted`), so text from
 * a draft, a file name or a message can never open an element, and no view escapes by hand.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a fragment may interpolate: text (escaped), numbers, fragments, lists of them; null, undefined and false render as nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as it may stand in element content and in quoted attribute values. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeText(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested fragments pass as they are. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Markup written by caolint itself (the stylesheet, an SVG path): never text from a draft. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
