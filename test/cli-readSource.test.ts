import { strict as assert } from 'node:assert';
import { decodeSource, firstInvalidUtf8 } from '../server/cli/readSource';
import { lineEndingOf } from '../server/model/lines';

describe('reading Markdown sources', () => {
  const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

  it('accepts valid UTF-8 including € and astral characters', () => {
    assert.equal(firstInvalidUtf8(utf8('Budget € 1.000,- voor 🎓 scholing')), -1);
  });

  it('finds the first bad sequence: stray continuation, truncation, overlong form, surrogate', () => {
    const prefix = utf8('Artikel 3: ');
    const at = prefix.length;
    for (const bad of [[0x80], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      assert.equal(firstInvalidUtf8(new Uint8Array([...prefix, ...bad, 0x41])), at, bad.join(','));
    }
  });

  it('strips a BOM, keeps the line ending, and flags NUL bytes as binary', () => {
    const source = decodeSource(utf8('\uFEFF# Artikel 1\r\nTekst\r\n'));
    assert.equal(source.kind, 'text');
    if (source.kind !== 'text') return;
    assert.equal(source.bom, true);
    assert.equal(source.text, '# Artikel 1\r\nTekst\r\n');
    assert.equal(source.eol, '\r\n');
    assert.equal(lineEndingOf('a\nb\r\n'), '\n');
    assert.deepEqual(decodeSource(new Uint8Array([0x23, 0x00, 0x41])), { kind: 'binary' });
  });
});
