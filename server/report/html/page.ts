import type { Locale } from '../../engine/types';
import { html, trusted, type SafeHtml } from './escape';
import { STYLES } from './styles';

export interface PageParts {
  locale: Locale;
  title: string;
  skipLabel: string;
  header: SafeHtml;
  nav?: SafeHtml;
  main: SafeHtml;
  footer: SafeHtml;
}

/**
 * The page shell every view shares: one self-contained document. The content security policy
 * allows nothing but the inline stylesheet and inline images, so the file fetches nothing and runs
 * nothing, whatever a draft smuggles into it.
 */
export function renderPage(parts: PageParts): string {
  return html`<!doctype html>
<html lang="${parts.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="caolint">
<title>${parts.title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">${parts.skipLabel}</a>
<header class="report">${parts.header}</header>
${parts.nav ?? ''}
<main id="main">${parts.main}</main>
<footer class="report">${parts.footer}</footer>
</body>
</html>
`.value;
}
