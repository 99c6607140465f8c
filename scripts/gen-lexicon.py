#!/usr/bin/env python3
"""Generates src/key/lexicon-ar.bin, the Arabic stem lexicon behind the grouping keys.

Source: Ayaspell, the Arabic Hunspell dictionary by Mohamed Kebdani, version 3.2 as packaged by
Debian (`apt-get install hunspell-ar`, file /usr/share/hunspell/ar.dic), tri-licensed GPL 2.0 /
LGPL 2.1 / MPL 1.1; Marsad uses it under MPL 1.1 (see src/key/LEXICON-LICENSE.md).

Only the headwords are kept (no affix rules), split into the dictionary's noun section («أسماء»)
and verb section, diacritics and tatweel removed and أ إ آ ٱ folded to ا (ة and ى are kept: the
key stage needs them to tell a feminine ending from a pronoun). The stopword section is left out:
it lists clitic-attached forms, which would make «وكان» look like a stem. Imperfect verbs are
stored in their ي form only (the reader maps ت ن ا to ي).

Format (all integers little-endian u32): b"MRSDLEX2", alphabet length, alphabet (UTF-8, chars
joined), then for nouns and verbs: entry count, byte length, and the sorted entries, each as one
byte 0x00-0x3F saying how many letters to drop from the end of the previous entry, then the
letters it adds as bytes 0x40 + alphabet index. Saying what to drop rather than what to keep,
and needing no terminator (the next count ends an entry), gzips 10% smaller than classic front
coding: the lexicon is a quarter of the page's wasm.
The page's wasm embeds the same file packed by crates/lexpack (src/key/lexicon-ar.packed, 42.6 KB
against 58.8 KB gzipped); a test fails until it is regenerated.
Run: python3 scripts/gen-lexicon.py [/usr/share/hunspell/ar.dic]
 then: cargo test --lib pack_the_lexicon -- --ignored
"""
import os, re, struct, sys

DIC = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/hunspell/ar.dic'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'key', 'lexicon-ar.bin')
MARKS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')


def fold(word):
    return re.sub('[إأآٱ]', 'ا', MARKS.sub('', word))


def sections(lines):
    """Yields (section name, headword) from the concatenated .dic files."""
    name = None
    for i, line in enumerate(lines):
        line = line.rstrip('\n')
        if i + 1 < len(lines) and lines[i + 1].startswith('::::') and line.endswith('.dic'):
            name = line[:-4]
            continue
        if line.endswith('.dic') and i > 0 and lines[i - 1].startswith('::::'):
            name = line[:-4]
            continue
        if not line or line.startswith('::::') or line.startswith('#') or i == 0:
            continue
        yield name, line.split('\t')[0].split('/')[0].strip()


def front_code(words, index):
    out, prev = bytearray(), ''
    for w in words:
        k = 0
        while k < min(len(w), len(prev)) and w[k] == prev[k]:
            k += 1
        assert len(prev) - k < 0x40, w
        out.append(len(prev) - k)
        out += bytes(0x40 + index[c] for c in w[k:])
        prev = w
    return bytes(out)


def main():
    lines = open(DIC, encoding='utf-8').readlines()
    nouns, verbs = set(), set()
    for name, word in sections(lines):
        word = fold(word)
        if len(word) < 2 or not re.fullmatch('[\u0621-\u064a]+', word):
            continue
        if name == 'names':  # the noun section («أسماء»)
            nouns.add(word)
        elif name == 'verb.huns':
            verbs.add(word)
        elif name == 'tools':
            nouns.add(word)
    # Imperfect verbs are listed once per person prefix (يكتب تكتب نكتب أكتب); keep the ي form
    # only, and let the lexicon look up «ي» + rest for the others.
    verbs = {v for v in verbs if not (v[0] in 'تنا' and 'ي' + v[1:] in verbs)}
    alphabet = sorted(set(''.join(nouns) + ''.join(verbs)))
    assert len(alphabet) <= 0xC0
    index = {c: i for i, c in enumerate(alphabet)}
    alpha = ''.join(alphabet).encode('utf-8')
    blob = b'MRSDLEX2' + struct.pack('<I', len(alpha)) + alpha
    for words in (sorted(nouns), sorted(verbs)):
        body = front_code(words, index)
        blob += struct.pack('<II', len(words), len(body)) + body
    with open(OUT, 'wb') as f:
        f.write(blob)
    print(f'{OUT}: {len(nouns)} nouns, {len(verbs)} verbs, {len(blob)} bytes')


if __name__ == '__main__':
    main()
