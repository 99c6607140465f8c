//! The model for the lexicon's section bodies: a sorted word list, front-coded.
//!
//! Each entry is a drop count (below 0x40: how many letters of the previous entry to drop)
//! and the letters it adds (0x40 + index into an alphabet of 33), so a symbol is 7 bits. A
//! sorted list is very predictable from what came just before: the previous entry's letter at
//! the same position (a new entry's first new letter sorts after it), the last few symbols,
//! and how far into the entry the coder is.

use crate::mixer::{hash, Mixer, Model};

const SYMBOL_BITS: u32 = 7;
const SYMBOLS: usize = 1 << SYMBOL_BITS;
const INPUTS: usize = 7;
/// log2 of each context's counters: 7 × 2^18 × 2 bytes = 3.5 MB while decoding.
const TABLE_BITS: u32 = 18;

pub(crate) struct LexiconModel {
    mixer: Mixer,
    ctx: [u32; INPUTS],
    /// Which weights to use: whether the symbol before was a drop count.
    weight_set: usize,
    /// The bits of the current symbol so far, after a leading 1.
    partial: u32,
    /// The last six symbols, latest first.
    hist: [u32; 6],
    entry: Vec<u8>,
    previous: Vec<u8>,
}

impl LexiconModel {
    pub(crate) fn new() -> Self {
        let mut m = LexiconModel {
            mixer: Mixer::new(INPUTS, TABLE_BITS, SYMBOLS * 2),
            ctx: [0; INPUTS],
            weight_set: 0,
            partial: 1,
            hist: [0; 6],
            entry: Vec::new(),
            previous: Vec::new(),
        };
        m.symbol_contexts();
        m.mixer.predict(&m.ctx, m.partial, m.weight_set + m.partial as usize);
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
}

impl Model for LexiconModel {
    fn symbol_bits(&self) -> u32 {
        SYMBOL_BITS
    }

    fn p(&self) -> u32 {
        self.mixer.p
    }

    fn update(&mut self, bit: u32) {
        self.mixer.update(bit);
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
        self.mixer.predict(&self.ctx, self.partial, self.weight_set + self.partial as usize);
    }
}
