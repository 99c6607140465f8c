// A minimal zip writer for the tests: stored (uncompressed) entries, which every zip reader
// must accept, so archives can be written next to the expected values they are checked against.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** `entries`: [name, string | Uint8Array][] → the bytes of a zip archive. */
export function zip(entries) {
  const utf8 = new TextEncoder();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = utf8.encode(name);
    const data = typeof content === 'string' ? utf8.encode(content) : content;
    const crc = crc32(data);
    // Version 20, flag 0x800 (UTF-8 names), method 0 (stored), no time.
    const common = [[20, 2], [0x800, 2], [0, 2], [0, 2], [0, 2], [crc, 4], [data.length, 4], [data.length, 4], [nameBytes.length, 2], [0, 2]];
    const local = bytes([[0x04034b50, 4], ...common], nameBytes, data);
    const central = bytes([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]], nameBytes);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const size = centrals.reduce((n, c) => n + c.length, 0);
  const end = bytes([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [size, 4], [offset, 4], [0, 2]]);
  return concat([...locals, ...centrals, end]);
}

function bytes(fields, ...tails) {
  const head = new Uint8Array(fields.reduce((n, [, w]) => n + w, 0));
  const view = new DataView(head.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return concat([head, ...tails]);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
