import { describe, expect, it } from 'vitest';
import { ENTITIES, htmlToText, looksLikeHtml } from '../../src/text/html.js';
import { expectLinearTime } from '../helpers/linear.js';

const plain = (html: string): string => htmlToText(html).text;

describe('htmlToText', () => {
  it.each([
    ['inline tags vanish, words stay joined', 'Bu<b>di</b> <i>pergi</i>', 'Budi pergi'],
    ['paragraphs become blank lines', '<p>Satu.</p><p>Dua.</p>', 'Satu.\n\nDua.'],
    ['<br> is a line break', 'Satu<br>Dua<br/>Tiga', 'Satu\nDua\nTiga'],
    [
      'headings and list items are paragraphs',
      '<h1>Judul</h1><ul><li>a</li><li>b</li></ul>',
      'Judul\n\na\n\nb',
    ],
    [
      'table cells are separated',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      'a b\nc',
    ],
    ['whitespace collapses like a browser', '<p>  Budi \n\t pergi  </p>', 'Budi pergi'],
    ['<pre> keeps its whitespace', '<pre>a  b\n c</pre>', 'a  b\n c'],
    ['named entities', 'AT&amp;T &ldquo;ya&rdquo; &eacute;t&eacute; &hellip; &euro;5', 'AT&T “ya” été … €5'],
    ['numeric entities', '&#8220;x&#8221; &#x41;&#X42; &#128512;', '“x” AB 😀'],
    ['numeric 0x80–0x9F read as Windows-1252', '&#150; &#147;', '– “'],
    ['invalid code points become U+FFFD', '&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&nbsp; is a space', 'Rp&nbsp;5&nbsp;juta', 'Rp 5 juta'],
    ['legacy entities without a semicolon', 'a &amp b &lt c', 'a & b < c'],
    ['unknown entities and bare ampersands stay', 'a &bogus; b & c &;', 'a &bogus; b & c &;'],
    [
      'scripts, styles and comments go',
      'a<script>if (x<y) s="</p>";</script>b<style>p{}</style>c<!-- x -->d',
      'a b cd',
    ],
    ['doctype and processing instructions go', '<!DOCTYPE html><?xml version="1.0"?>teks', 'teks'],
    [
      'a ">" inside a quoted attribute does not end the tag',
      '<a title="1 > 0" href=\'x>y\'>tautan</a>',
      'tautan',
    ],
    ['a "<" that starts no tag is text', 'a < b, 3<4 and <= 5', 'a < b, 3<4 and <= 5'],
    [
      'a tag that never closes keeps the rest as text',
      'Budi <b berkata tanpa akhir',
      'Budi <b berkata tanpa akhir',
    ],
    ['an unclosed comment drops the rest', 'a<!-- lupa ditutup', 'a'],
    ['an unclosed script drops the rest', 'a<script>x=1', 'a'],
    ['empty input', '', ''],
    ['tags only', '<div><span></span></div>', ''],
  ])('%s', (_name, html, text) => {
    expect(plain(html)).toBe(text);
  });

  it('maps offsets of the plain text back to the HTML source', () => {
    const html = '<p>Presiden <b>Budi&nbsp;Santoso</b> berkata &ldquo;Ya&rdquo;.</p>';
    const r = htmlToText(html);
    expect(r.text).toBe('Presiden Budi Santoso berkata “Ya”.');
    const span = (s: string): string => {
      const i = r.text.indexOf(s);
      return html.slice(r.sourceOffset(i), r.sourceEnd(i + s.length));
    };
    expect(span('Presiden')).toBe('Presiden');
    expect(span('Budi Santoso')).toBe('Budi&nbsp;Santoso');
    expect(span('“Ya”')).toBe('&ldquo;Ya&rdquo;');
    expect(span('Ya')).toBe('Ya');
    expect(r.sourceOffset(r.text.length)).toBe(html.length);
    expect(r.sourceEnd(0)).toBe(0);
  });

  it('maps every plain character inside its source span', () => {
    const html = '<h1>A &amp; B</h1>\n<p>x<br>y &#8211; z</p>';
    const r = htmlToText(html);
    for (let i = 0; i < r.text.length; i++) {
      const s = r.sourceOffset(i);
      const e = r.sourceEnd(i + 1);
      expect(s).toBeLessThanOrEqual(e);
      expect(e).toBeLessThanOrEqual(html.length);
      if (/[A-Za-z]/.test(r.text[i]!)) expect(html.slice(s, e)).toBe(r.text[i]);
    }
  });

  it('knows the HTML 4 Latin-1 entities by code point', () => {
    expect(ENTITIES.get('nbsp')).toBe(0xa0);
    expect(ENTITIES.get('iquest')).toBe(0xbf);
    expect(ENTITIES.get('Agrave')).toBe(0xc0);
    expect(ENTITIES.get('yuml')).toBe(0xff);
  });

  it.each([
    ['1 MB of "<a" without ">"', '<a '.repeat(333_334)],
    ['1 MB of "<!--"', '<!--'.repeat(250_000)],
    ['1 MB of "</script" after a script', `<script>${'</scrip'.repeat(140_000)}`],
    ['1 MB of entities', '&amp;&#8211;&bogus;'.repeat(55_000)],
    ['1 MB of tags', '<b>x</b>'.repeat(125_000)],
    ['1 MB of quoted attributes never closed', '<a href="'.repeat(111_112)],
  ])('stays linear on %s', (_name, html) => {
    // (a quarter of the input: its first quarter, cut anywhere)
    const { result: r } = expectLinearTime((n) => html.slice(0, n), html.length, htmlToText, 2000);
    expect(r.text.length).toBeLessThanOrEqual(html.length);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><html><body>x</body></html>',
    '  <html lang="id"><p>x</p></html>',
    '<p>Satu</p>\n<p>Dua</p>\n<p>Tiga</p>',
    'Teks <b>tebal</b> dan <a href="x">tautan</a>',
  ])('recognizes %j', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    'Budi berkata: nilai a < b dan c > d.',
    'Harga naik 5% <> turun; x<y>z',
    'Rumus <p> dipakai sekali.',
    '',
  ])('leaves plain text alone: %j', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});
