/**
 * The report's one stylesheet, inlined in the page (no network). Screen: a calm document layout;
 * print: A4, each document on a new page, no card or clause split over a page break, and the
 * colours that carry meaning (chart bars, status, marks) printed as they are, each also told by a
 * word, a symbol or an outline so the report still reads in black and white.
 */
export const STYLES = `
:root {
  --ink: #1b1f24; --muted: #4d5560; --line: #d5d9de; --paper: #ffffff; --wash: #f5f6f8;
  --accent: #1d4e89; --error: #a4161a; --warning: #8a4b00; --info: #1d4e89;
  --met-bg: #e3f4e8; --met: #176530; --not-bg: #fbe6e6; --not: #a4161a;
  --maybe-bg: #fff1d6; --maybe: #7a4100; --na-bg: #eef0f3; --na: #4d5560;
  --mark: #ffe27a;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 15px/1.5 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--paper); color: var(--accent); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 1; }
header.report { background: var(--accent); color: #fff; padding: 1.5rem 2rem 1.25rem; }
header.report .inner { max-width: calc(1100px - 4rem); margin: 0 auto; }
header.report .brand { margin: 0; font-size: .85rem; letter-spacing: .08em; text-transform: uppercase; opacity: .9; }
header.report h1 { margin: .2rem 0 .4rem; font-size: 1.6rem; line-height: 1.25; }
header.report p { margin: 0; }
nav.contents { max-width: 1100px; margin: 1rem auto 0; padding: 0 2rem; }
nav.contents h2 { font-size: 1rem; margin: 0 0 .25rem; }
nav.contents ol { margin: 0; padding-left: 1.25rem; columns: 2; }
nav.contents a { color: var(--accent); }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 2rem 2rem; }
section.document { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.5rem 1.75rem; margin: 1rem 0 2rem; }
section.document > h2 { margin: 0; font-size: 1.35rem; overflow-wrap: anywhere; }
.doc-summary { margin: .25rem 0 1rem; color: var(--muted); }
.overview { display: flex; flex-wrap: wrap; gap: 1.5rem 2.5rem; align-items: flex-start; }
.chart-box { flex: 1 1 440px; max-width: 560px; }
ul.tiles { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(2, 10rem); gap: .6rem; }
.tile { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .45rem .7rem; background: var(--paper); }
.tile .count { display: block; font-size: 1.9rem; font-weight: 700; line-height: 1.1; }
.tile .word { font-size: .8rem; color: var(--muted); }
.tile.met { border-left-color: var(--met); } .tile.met .count { color: var(--met); }
.tile.notMet { border-left-color: var(--not); } .tile.notMet .count { color: var(--not); }
.tile.possiblyNotMet { border-left-color: var(--maybe); } .tile.possiblyNotMet .count { color: var(--maybe); }
.tile.notApplicable { border-left-color: var(--na); } .tile.notApplicable .count { color: var(--na); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.overview h3 { margin-top: 0; }
table.scorecard { width: 100%; border-collapse: collapse; font-size: .9rem; }
table.scorecard caption { text-align: left; color: var(--muted); padding-bottom: .5rem; }
table.scorecard th, table.scorecard td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.scorecard thead th { border-bottom: 2px solid var(--ink); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
table.scorecard th[scope="rowgroup"], table.scorecard th[scope="row"] { font-weight: 600; width: 30%; }
table.scorecard td:last-child { width: 11rem; }
table.scorecard tr.notApplicable td { color: var(--muted); }
table.scorecard tbody.not-applicable th, table.scorecard tbody.not-applicable td { color: var(--muted); }
.tally { display: block; font-weight: 400; color: var(--muted); font-size: .8rem; }
.status { display: inline-block; white-space: nowrap; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.status.met { background: var(--met-bg); color: var(--met); }
.status.notMet { background: var(--not-bg); color: var(--not); }
.status.possiblyNotMet { background: var(--maybe-bg); color: var(--maybe); }
.status.notApplicable, .status.notChecked { background: var(--na-bg); color: var(--na); border-style: dashed; }
.reason { display: block; font-size: .75rem; color: var(--muted); }
figure.chart { margin: 0; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figure.chart figcaption { font-size: .8rem; color: var(--muted); margin-top: .25rem; }
.legend { display: flex; gap: 1rem; font-size: .8rem; margin: .25rem 0 0; padding: 0; list-style: none; }
.legend li::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -.05em; border: 1px solid var(--ink); }
.legend .error::before { background: var(--error); } .legend .warning::before { background: #d98a1c; } .legend .info::before { background: #8fb3e0; }
h4.intervention { font-size: 1rem; margin: 1.25rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
article.finding { border: 1px solid var(--line); border-left: 6px solid var(--warning); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; background: var(--paper); }
article.finding.error { border-left-color: var(--error); }
article.finding.info { border-left-color: var(--info); border-left-style: double; }
article.finding h5 { margin: 0 0 .15rem; font-size: 1rem; }
.meta { margin: 0 0 .5rem; font-size: .8rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.severity { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.severity.error { color: var(--error); } .severity.warning { color: var(--warning); } .severity.info { color: var(--info); }
.label { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: .6rem 0 .15rem; }
blockquote.sentence { margin: 0; padding: .4rem .75rem; background: var(--wash); border-radius: 4px; font-family: Georgia, "Times New Roman", serif; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; text-decoration: underline 2px var(--error); text-underline-offset: 3px; }
p.message { margin: .5rem 0 0; font-weight: 500; }
.guidance { margin: 0; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); font-size: .9rem; }
.fix { margin-top: .6rem; border: 1px dashed var(--met); background: var(--met-bg); border-radius: 4px; padding: .5rem .75rem; break-inside: avoid; page-break-inside: avoid; }
.fix .label { color: var(--met); margin-top: 0; }
.fix blockquote { margin: .25rem 0 0; font-family: Georgia, "Times New Roman", serif; white-space: pre-wrap; }
.fix .title { margin: 0; font-size: .85rem; }
.replaces { font-size: .85rem; margin: .25rem 0 0; color: var(--muted); }
.replaces del { color: var(--ink); }
a { color: var(--accent); }
footer.report { max-width: 1100px; margin: 0 auto; padding: 0 2rem 2rem; color: var(--muted); font-size: .8rem; }
/* The compare report: before and after side by side, then per provision what changed. */
header.report .versions { display: flex; flex-wrap: wrap; gap: .25rem .75rem; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.tiles.totals { grid-template-columns: repeat(4, minmax(8rem, 1fr)); margin: .75rem 0 1.25rem; }
.tile.resolved { border-left-color: var(--met); } .tile.resolved .count { color: var(--met); }
.tile.introduced { border-left-color: var(--not); } .tile.introduced .count { color: var(--not); }
.tile.open { border-left-color: var(--maybe); } .tile.open .count { color: var(--maybe); }
.tile.changes { border-left-color: var(--accent); } .tile.changes .count { color: var(--accent); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; min-width: 0; }
.side h3 { margin: 0; }
.side h4 { font-size: .95rem; margin: 1rem 0 .4rem; }
.side .path { margin: 0; font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .85rem; overflow-wrap: anywhere; }
.side .doc-summary { margin: .25rem 0 .75rem; font-size: .9rem; }
.side ul.tiles { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .4rem; }
.side .tile { padding: .35rem .5rem; }
.side .tile .count { font-size: 1.5rem; }
.side .tile .word { display: block; line-height: 1.25; }
table.scorecard.compare col.intervention { width: 26%; } table.scorecard.compare col.verdict { width: 10.5rem; }
table.scorecard.compare th[scope="rowgroup"], table.scorecard.compare td:last-child { width: auto; }
table.scorecard.compare tbody.not-applicable td { color: var(--muted); }
table.scorecard.compare .tally + .tally { margin-top: 0; }
tr.moved td:last-child { background: var(--wash); }
.movement { display: block; font-size: .75rem; font-weight: 700; margin-top: .15rem; }
.movement.better { color: var(--met); } .movement.worse { color: var(--not); } .movement.different { color: var(--muted); }
section.provision { border-top: 1px solid var(--line); padding-top: .75rem; margin-top: 1.25rem; }
section.provision:first-of-type { border-top: 0; margin-top: .5rem; }
section.provision > h3 { margin: 0; font-size: 1.2rem; }
.place { margin: .1rem 0 .5rem; color: var(--muted); font-size: .85rem; }
.change-badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border: 1px solid currentColor; border-radius: 999px; padding: 0 .5rem; vertical-align: .15em; }
.change-badge.added { color: var(--met); background: var(--met-bg); } .change-badge.removed { color: var(--not); background: var(--not-bg); }
h4.sub { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: .75rem 0 .25rem; }
ul.changes { margin: 0; padding: 0; list-style: none; }
ul.changes li { padding: .3rem .6rem; border-left: 4px solid var(--accent); background: var(--wash); margin: .25rem 0; border-radius: 0 4px 4px 0; }
ul.changes .aspect { font-weight: 700; margin-right: .35rem; }
ul.changes .aspect::after { content: ":"; }
ul.changes.provides li { border-left-color: var(--line); }
ins { text-decoration: none; background: var(--met-bg); color: var(--met); font-weight: 600; border-radius: 3px; padding: 0 .25rem; }
del { color: var(--not); text-decoration: line-through; }
ul.changes del { background: var(--not-bg); border-radius: 3px; padding: 0 .25rem; }
section.status-group > h4 { font-size: 1rem; margin: 1rem 0 .1rem; }
.status-word { border-radius: 4px; padding: 0 .4rem; }
.status-word.resolved { background: var(--met-bg); color: var(--met); }
.status-word.introduced { background: var(--not-bg); color: var(--not); }
.status-word.open { background: var(--maybe-bg); color: var(--maybe); }
.hint { margin: 0 0 .25rem; font-size: .85rem; color: var(--muted); }
section.status-group.resolved article.finding { border-left-color: var(--met); border-left-style: solid; }
p.unchanged { margin: 1.25rem 0 0; color: var(--muted); }
/* Narrow screens only (a phone, an editor panel beside the draft): on A4, about 700 CSS pixels wide, the versions stay side by side. */
@media screen and (max-width: 800px) {
  .sides { grid-template-columns: 1fr; }
  ul.tiles.totals { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  main { padding: .75rem; }
  header.report { padding: 1rem .75rem; }
  section.document { padding: 1rem; }
}
@media screen and (max-width: 520px) {
  ul.tiles, .side ul.tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  table.scorecard.compare col.intervention, table.scorecard.compare col.verdict { width: auto; }
  table.scorecard th, table.scorecard td { padding: .3rem .25rem; overflow-wrap: anywhere; }
  table.scorecard.compare .status { white-space: normal; border-radius: .4rem; }
}
@media (max-width: 800px) { nav.contents ol { columns: 1; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  /* rem-based sizes (badges, labels, tallies) follow the smaller print type. */
  html { font-size: 9.5pt; }
  body { background: #fff; font-size: 9.5pt; }
  table.scorecard { font-size: 8.5pt; }
  table.scorecard td:last-child { width: 9rem; }
  .chart-box { flex-basis: 330px; }
  ul.tiles { grid-template-columns: repeat(2, 8rem); }
  .skip, nav.contents { display: none; }
  header.report { padding: 0 0 .5rem; background: none; color: var(--ink); border-bottom: 2px solid var(--ink); }
  main, footer.report { max-width: none; padding: 0; }
  section.document { border: 0; padding: 0; margin: 1rem 0 0; break-before: page; page-break-before: always; }
  section.document:first-of-type { break-before: auto; page-break-before: auto; }
  .overview { gap: 1rem 2rem; }
  header.report .inner { max-width: none; }
  /* A finding may run onto the next page; its sentence, the guidance and the clause each stay whole. */
  figure.chart, table.scorecard tr, blockquote.sentence, .guidance, .fix, .meta { break-inside: avoid; page-break-inside: avoid; }
  article.finding h5, .meta, .label { break-after: avoid; page-break-after: avoid; }
  h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .sides { gap: .75rem; }
  .side { padding: .5rem .6rem; break-inside: avoid; page-break-inside: avoid; }
  table.scorecard.compare col.intervention { width: 22%; }
  table.scorecard.compare col.verdict { width: 7.5rem; }
  table.scorecard.compare .status { white-space: normal; border-radius: .4rem; }
  .side ul.tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  ul.tiles.totals { grid-template-columns: repeat(4, 1fr); }
  section.provision > h3, section.status-group > h4, h4.sub { break-after: avoid; page-break-after: avoid; }
  ul.changes li { break-inside: avoid; page-break-inside: avoid; }
}
`;
