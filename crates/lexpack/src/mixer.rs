//! What both models share: counters that learn a probability per context, a mixer that
//! weighs them, and the binary arithmetic coder. All integer arithmetic, so an encoder built
//! natively and a decoder built for wasm make the same predictions bit for bit.

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

pub(crate) fn hash(a: u32, b: u32) -> u32 {
    (a.wrapping_mul(0x9E37_79B1) ^ b).wrapping_mul(0x85EB_CA6B).rotate_left(13)
}

/// The most contexts a model may have.
const MAX_INPUTS: usize = 8;

/// Context counters mixed into one probability. One type for every model (not generic over
/// the number of inputs), so the page's wasm carries its code once.
pub(crate) struct Mixer {
    /// The inverse of `squash`, for 12-bit probabilities.
    stretch: Vec<i16>,
    /// `1 << table_bits` counters per input: a 12-bit probability over a 4-bit count.
    counters: Vec<u16>,
    table_bits: u32,
    /// How many contexts the model gives.
    n: usize,
    slot: [usize; MAX_INPUTS],
    /// Each counter's stretched probability, then the bias input.
    inputs: [i32; MAX_INPUTS + 1],
    /// `n` weights and a bias weight per weight set.
    weights: Vec<i32>,
    set: usize,
    /// The probability that the next bit is 1, out of 4096.
    pub(crate) p: u32,
}

impl Mixer {
    /// `n` contexts (at most 8), `1 << table_bits` counters each.
    pub(crate) fn new(n: usize, table_bits: u32, weight_sets: usize) -> Self {
        let n = n.min(MAX_INPUTS);
        let mut stretch = vec![2047i16; 4096];
        let mut next = 0;
        for d in -2047i16..=2047 {
            let v = squash(i32::from(d)) as usize;
            stretch.get_mut(next..=v).into_iter().flatten().for_each(|s| *s = d);
            next = next.max(v + 1);
        }
        Mixer {
            stretch,
            counters: vec![2048 << 4; n << table_bits],
            table_bits,
            n,
            slot: [0; MAX_INPUTS],
            inputs: [0; MAX_INPUTS + 1],
            weights: vec![1 << 14; (n + 1) * weight_sets],
            set: 0,
            p: 2048,
        }
    }

    /// Predicts the next bit from each context (hashed with the bits of the symbol so far)
    /// and the weight set `set`.
    pub(crate) fn predict(&mut self, ctx: &[u32], partial: u32, set: usize) {
        let (n, mask) = (self.n, (1 << self.table_bits) - 1);
        for (i, ((slot, input), &c)) in self.slot.iter_mut().zip(&mut self.inputs).zip(ctx).take(n).enumerate() {
            *slot = i << self.table_bits | (hash(c, partial) as usize & mask);
            *input = i32::from(self.stretch[usize::from(self.counters[*slot] >> 4)]);
        }
        self.inputs[n] = 256;
        self.set = set * (n + 1);
        let w = &self.weights[self.set..][..n + 1];
        let dot: i64 = self.inputs.iter().zip(w).map(|(&x, &w)| i64::from(x) * i64::from(w)).sum();
        self.p = squash((dot >> 16) as i32).clamp(1, 4095) as u32;
    }

    pub(crate) fn update(&mut self, bit: u32) {
        let target = if bit == 1 { 4095 } else { 0 };
        for &s in &self.slot[..self.n] {
            let c = self.counters[s];
            let (p, n) = (i32::from(c >> 4), c & 15);
            let p = p + (((target - p) * RATE[usize::from(n)]) >> 16);
            self.counters[s] = (p as u16) << 4 | if n < COUNT_LIMIT { n + 1 } else { n };
        }
        let err = ((bit as i32) << 12) - self.p as i32;
        let w = &mut self.weights[self.set..][..self.n + 1];
        for (w, &x) in w.iter_mut().zip(&self.inputs) {
            *w += (x * err * 12) >> 14;
        }
    }
}

/// A model that predicts a stream of symbols bit by bit.
pub(crate) trait Model {
    fn symbol_bits(&self) -> u32;
    /// The probability that the next bit is 1, out of 4096.
    fn p(&self) -> u32;
    /// Learns the bit just coded and predicts the next one.
    fn update(&mut self, bit: u32);
}

/// Decodes `len` symbols of `packed` into `out`.
pub(crate) fn decode(m: &mut dyn Model, packed: &[u8], len: usize, out: &mut Vec<u8>) {
    let mut bytes = packed.iter().copied().chain(std::iter::repeat(0));
    let mut range = Range { lo: 0, hi: u32::MAX };
    let mut x = bytes.by_ref().take(4).fold(0u32, |x, b| x << 8 | u32::from(b));
    out.reserve(len);
    for _ in 0..len {
        let mut symbol = 0u32;
        for _ in 0..m.symbol_bits() {
            let mid = range.mid(m.p());
            let bit = u32::from(x <= mid);
            range.narrow(mid, bit);
            m.update(bit);
            symbol = symbol << 1 | bit;
            while range.shift().is_some() {
                x = x << 8 | u32::from(bytes.next().unwrap_or(0));
            }
        }
        out.push(symbol as u8);
    }
}

/// The encoder of [`decode`] (generators and tests only).
pub(crate) fn encode(m: &mut dyn Model, symbols: &[u8]) -> Vec<u8> {
    let mut range = Range { lo: 0, hi: u32::MAX };
    let mut out = Vec::new();
    for &b in symbols {
        assert!(u32::from(b) >> m.symbol_bits() == 0, "symbol {b} out of range");
        for k in (0..m.symbol_bits()).rev() {
            let bit = u32::from(b >> k & 1);
            range.narrow(range.mid(m.p()), bit);
            m.update(bit);
            while let Some(settled) = range.shift() {
                out.push(settled);
            }
        }
    }
    out.extend(range.lo.to_be_bytes());
    out
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
