/**
 * Words that end in a full stop without ending the sentence (lower case, without the final dot).
 * Dutch first, then English. Dotted ones such as "o.a." and "m.b.t." are recognised by shape too.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Dutch
  'art', 'artt', 'bijv', 'bv', 'ca', 'dhr', 'mevr', 'dr', 'drs', 'ir', 'ing', 'mr', 'prof', 'enz', 'etc',
  'excl', 'incl', 'max', 'min', 'nr', 'nrs', 'resp', 'vgl', 'zgn', 'jo', 'lid', 'sub', 'onderd', 'bijl',
  'hfst', 'par', 'blz', 'pag', 'tel', 'evt', 'o.a', 'm.b.t', 'i.v.m', 't.b.v', 'z.s.m', 'd.w.z', 'e.d',
  'm.u.v', 'i.p.v', 't.a.v', 'o.b.v', 'n.a.v', 'v.w.b', 'e.e.a', 'c.q', 'a.s', 'j.l', 'jl', 'stb', 'stcrt',
  'mln', 'mld', 'gem', 'st', 'ong',
  // English
  'e.g', 'i.e', 'vs', 'approx', 'no', 'mr', 'mrs', 'ms', 'inc', 'ltd', 'co', 'dept', 'fig', 'u.s',
]);
