//! Marsad's Arabic lexicon as the page's wasm carries it: each section body compressed by a
//! small context-mixing coder, 42.4 KB where the same bytes cost 58.8 KB gzipped inside the
//! module. A crate of its own so that the page's build can optimise this loop for speed
//! (`opt-level = 3`: ~70 ms to unpack in wasm, where the size-optimised core took ~210 ms)
//! while the rest stays optimised for size.
//!
//! A sorted word list is very predictable from what came just before: the previous entry's
//! letter at the same position (a new entry's first new letter sorts after it), the last few
//! symbols, and how far into the entry the coder is. Seven such contexts each predict the next
//! bit; a mixer learns how far to trust each; a binary arithmetic coder spends about
//! −log2(p) bits per bit. All arithmetic is on integers, so the native encoder and the wasm
//! decoder agree exactly. `unpack` rebuilds the MRSDLEX2 file byte for byte (tested), so the
//! words, and every key, are the same as from `lexicon-ar.bin` (Marsad's
//! `the_packed_lexicon_unpacks_to_the_lexicon_byte_for_byte`); the native build reads that
//! file directly and skips the decoding.
//!
//! Format: b"MRSDLEXP", then the MRSDLEX2 alphabet (u32 length, UTF-8), then per section:
//! entry count, body length, packed length (u32 little-endian each) and the packed body.
//! Marsad regenerates its packed file after `scripts/gen-lexicon.py` with
//! `cargo test --lib pack_the_lexicon -- --ignored`.

const MAGIC: &[u8] = b"MRSDLEXP";
const UNPACKED_MAGIC: &[u8] = b"MRSDLEX2";
/// Bits per symbol: body bytes are drop counts (below 0x40) and letters (0x40 + index into
/// an alphabet of 33), so all are below 0x80.
const SYMBOL_BITS: u32 = 7;
const SYMBOLS: usize = 1 << SYMBOL_BITS;
/// log2 of each context's counters: 7 × 2^18 × 2 bytes = 3.5 MB while decoding.
const TABLE_BITS: u32 = 18;
const INPUTS: usize = 7;
/// A counter adapts ever more slowly until it has seen this many bits.
const COUNT_LIMIT: u16 = 15;
/// A counter that has seen `n` bits moves 1/(n + 1.5) of the way to the new one (× 65536).
const RATE: [i32; 16] = {
    let mut r = [0; 16];
    let mut n = 0;
    while n < 16 {
        r[n] = (2 << 16) / (2 * n as i32 + 3);
        n += 1;
    }
    r
};

/// The MRSDLEX2 file that `packed` was made from, or `None` if it is corrupt.
pub fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    let mut rest = packed.strip_prefix(MAGIC)?;
    let mut out = UNPACKED_MAGIC.to_vec();
    let alpha_len = take_u32(&mut rest, &mut out)?;
    out.extend_from_slice(take(&mut rest, alpha_len)?);
    while !rest.is_empty() {
        take_u32(&mut rest, &mut out)?;
        let body_len = take_u32(&mut rest, &mut out)?;
        let mut skip = Vec::new();
        let packed_len = take_u32(&mut rest, &mut skip)?;
        decode(take(&mut rest, packed_len)?, body_len, &mut out);
    }
    Some(out)
}

fn take<'a>(data: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    let (head, tail) = data.split_at_checked(n)?;
    *data = tail;
    Some(head)
}

/// Reads a u32, copying its bytes to `out`.
fn take_u32(data: &mut &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let b: [u8; 4] = take(data, 4)?.try_into().ok()?;
    out.extend_from_slice(&b);
    usize::try_from(u32::from_le_bytes(b)).ok()
}

fn decode(packed: &[u8], len: usize, out: &mut Vec<u8>) {
    let mut m = Model::new();
    let mut bytes = packed.iter().copied().chain(std::iter::repeat(0));
    let mut range = Range { lo: 0, hi: u32::MAX };
    let mut x = bytes.by_ref().take(4).fold(0u32, |x, b| x << 8 | u32::from(b));
    out.reserve(len);
    for _ in 0..len {
        for _ in 0..SYMBOL_BITS {
            let mid = range.mid(m.p);
            let bit = u32::from(x <= mid);
            range.narrow(mid, bit);
            m.update(bit);
            while range.shift().is_some() {
                x = x << 8 | u32::from(bytes.next().unwrap_or(0));
            }
        }
        out.push(m.hist[0] as u8);
    }
}

/// The binary arithmetic coder's interval, the same steps for encoding and decoding.
struct Range {
    lo: u32,
    hi: u32,
}

impl Range {
    /// Where the interval splits for a 1 with probability `p` / 4096 (the 1s take the low part).
    fn mid(&self, p: u32) -> u32 {
        self.lo + ((self.hi - self.lo) >> 12) * p
    }

    fn narrow(&mut self, mid: u32, bit: u32) {
        if bit == 1 {
            self.hi = mid;
        } else {
            self.lo = mid + 1;
        }
    }

    /// Shifts out the top byte once both ends agree on it.
    fn shift(&mut self) -> Option<u8> {
        if (self.lo ^ self.hi) & 0xFF00_0000 != 0 {
            return None;
        }
        let settled = (self.hi >> 24) as u8;
        self.lo <<= 8;
        self.hi = self.hi << 8 | 0xFF;
        Some(settled)
    }
}

/// Logistic function on a 12-bit probability scale, 4096 / (1 + e^(−d/256)), interpolated.
fn squash(d: i32) -> i32 {
    const T: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901,
        3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    let d = d.clamp(-2047, 2047);
    let (i, w) = (((d >> 7) + 16) as usize, d & 127);
    (T[i] * (128 - w) + T[i + 1] * w + 64) >> 7
}

fn hash(a: u32, b: u32) -> u32 {
    (a.wrapping_mul(0x9E37_79B1) ^ b).wrapping_mul(0x85EB_CA6B).rotate_left(13)
}

/// Predicts the next bit of the symbol stream; encoder and decoder run the same model.
struct Model {
    /// The inverse of `squash`, for 12-bit probabilities.
    stretch: Vec<i16>,
    /// `1 << TABLE_BITS` counters per input: a 12-bit probability over a 4-bit count.
    counters: Vec<u16>,
    ctx: [u32; INPUTS],
    slot: [usize; INPUTS],
    inputs: [i32; INPUTS + 1],
    weights: Vec<i32>,
    weight_set: usize,
    /// The bits of the current symbol so far, after a leading 1.
    partial: u32,
    /// The last six symbols, latest first.
    hist: [u32; 6],
    entry: Vec<u8>,
    previous: Vec<u8>,
    /// The probability that the next bit is 1, out of 4096.
    p: u32,
}

impl Model {
    fn new() -> Model {
        let mut stretch = vec![2047i16; 4096];
        let mut next = 0;
        for d in -2047i16..=2047 {
            let v = squash(i32::from(d)) as usize;
            stretch.get_mut(next..=v).into_iter().flatten().for_each(|s| *s = d);
            next = next.max(v + 1);
        }
        let mut m = Model {
            stretch,
            counters: vec![2048 << 4; INPUTS << TABLE_BITS],
            ctx: [0; INPUTS],
            slot: [0; INPUTS],
            inputs: [0; INPUTS + 1],
            weights: vec![1 << 14; (INPUTS + 1) * SYMBOLS * 2],
            weight_set: 0,
            partial: 1,
            hist: [0; 6],
            entry: Vec::new(),
            previous: Vec::new(),
            p: 2048,
        };
        m.symbol_contexts();
        m.predict();
        m
    }

    fn symbol_contexts(&mut self) {
        let h = self.hist;
        let pos = self.entry.len();
        let column = |i: usize| self.previous.get(i).map_or(0xFF, |&x| u32::from(x));
        let (col, col2) = (column(pos), column(pos + 1));
        let after_count = h[0] < 0x40;
        let o2 = h[0] | h[1] << 8;
        let o4 = o2 | h[2] << 16 | h[3] << 24;
        let lengths = pos.min(31) as u32 | (self.previous.len().min(31) as u32) << 5;
        self.ctx = [
            hash(1, h[0]),
            hash(2, o2),
            hash(4, o4),
            hash(hash(6, o4), h[4] | h[5] << 8),
            hash(7, col | o2 << 8),
            hash(8, col | col2 << 8 | u32::from(after_count) << 16 | h[0] << 17),
            hash(9, lengths | h[0] << 10),
        ];
        self.weight_set = usize::from(after_count) * SYMBOLS;
    }

    fn predict(&mut self) {
        const MASK: usize = (1 << TABLE_BITS) - 1;
        for (i, (slot, input)) in self.slot.iter_mut().zip(&mut self.inputs).enumerate() {
            *slot = i << TABLE_BITS | (hash(self.ctx[i], self.partial) as usize & MASK);
            *input = i32::from(self.stretch[usize::from(self.counters[*slot] >> 4)]);
        }
        self.inputs[INPUTS] = 256;
        let w = &self.weights[(self.weight_set + self.partial as usize) * (INPUTS + 1)..][..INPUTS + 1];
        let dot: i64 = self.inputs.iter().zip(w).map(|(&x, &w)| i64::from(x) * i64::from(w)).sum();
        self.p = squash((dot >> 16) as i32).clamp(1, 4095) as u32;
    }

    fn update(&mut self, bit: u32) {
        let target = if bit == 1 { 4095 } else { 0 };
        for &s in &self.slot {
            let c = self.counters[s];
            let (p, n) = (i32::from(c >> 4), c & 15);
            let p = p + (((target - p) * RATE[usize::from(n)]) >> 16);
            self.counters[s] = (p as u16) << 4 | if n < COUNT_LIMIT { n + 1 } else { n };
        }
        let err = ((bit as i32) << 12) - self.p as i32;
        let w = &mut self.weights[(self.weight_set + self.partial as usize) * (INPUTS + 1)..][..INPUTS + 1];
        for (w, &x) in w.iter_mut().zip(&self.inputs) {
            *w += (x * err * 12) >> 14;
        }
        self.partial = self.partial << 1 | bit;
        if self.partial >= SYMBOLS as u32 {
            let symbol = (self.partial as usize & (SYMBOLS - 1)) as u8;
            self.hist.copy_within(0..5, 1);
            self.hist[0] = u32::from(symbol);
            if symbol < 0x40 {
                self.previous.clone_from(&self.entry);
                self.entry.truncate(self.entry.len().saturating_sub(usize::from(symbol)));
            } else {
                self.entry.push(symbol);
            }
            self.partial = 1;
            self.symbol_contexts();
        }
        self.predict();
    }
}

/// Packs one section body (the encoder of `decode`; tests and the generator only).
fn encode(body: &[u8]) -> Vec<u8> {
    let mut m = Model::new();
    let mut range = Range { lo: 0, hi: u32::MAX };
    let mut out = Vec::new();
    for &b in body {
        assert!(usize::from(b) < SYMBOLS);
        for k in (0..SYMBOL_BITS).rev() {
            let bit = u32::from(b >> k & 1);
            range.narrow(range.mid(m.p), bit);
            m.update(bit);
            while let Some(settled) = range.shift() {
                out.push(settled);
            }
        }
    }
    out.extend(range.lo.to_be_bytes());
    out
}

/// MRSDLEX2 → MRSDLEXP, the inverse of [`unpack`]. Panics on a malformed file: it is only run
/// on the generated lexicon, by a test.
pub fn pack(lexicon: &[u8]) -> Vec<u8> {
    let u32_at = |p: usize| u32::from_le_bytes(lexicon[p..p + 4].try_into().unwrap()) as usize;
    let mut p = UNPACKED_MAGIC.len();
    let alpha_end = p + 4 + u32_at(p);
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&lexicon[p..alpha_end]);
    p = alpha_end;
    while p < lexicon.len() {
        let body_len = u32_at(p + 4);
        let packed = encode(&lexicon[p + 8..p + 8 + body_len]);
        out.extend_from_slice(&lexicon[p..p + 8]);
        out.extend(u32::try_from(packed.len()).unwrap().to_le_bytes());
        out.extend(packed);
        p += 8 + body_len;
    }
    out
}
