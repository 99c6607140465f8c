//! The model for other embedded tables: arrays of little-endian integers of one width.
//!
//! Besides the last few bytes, the strongest predictors of a table byte are the same byte of
//! the one or two entries before it, so every context knows which byte of its entry is next.

use crate::mixer::{hash, Mixer, Model};

const INPUTS: usize = 8;
/// log2 of each context's counters: 8 × 2^16 × 2 bytes = 1 MB while decoding.
const TABLE_BITS: u32 = 16;
/// Entries up to 8 bytes wide.
pub(crate) const MAX_WIDTH: usize = 8;

pub(crate) struct ByteModel {
    mixer: Mixer,
    ctx: [u32; INPUTS],
    width: usize,
    /// The bytes so far.
    seen: Vec<u8>,
    partial: u32,
}

impl ByteModel {
    /// `width`: 1 to [`MAX_WIDTH`].
    pub(crate) fn new(width: usize) -> Self {
        let mut m = ByteModel {
            mixer: Mixer::new(INPUTS, TABLE_BITS, 256 * MAX_WIDTH),
            ctx: [0; INPUTS],
            width,
            seen: Vec::new(),
            partial: 1,
        };
        m.byte_contexts();
        m.predict();
        m
    }

    fn byte_contexts(&mut self) {
        let i = self.seen.len();
        let back = |k: usize| i.checked_sub(k).and_then(|j| self.seen.get(j)).map_or(0x100, |&b| u32::from(b));
        let pos = (i % self.width) as u32;
        let (b1, b2, b3) = (back(1), back(2), back(3));
        let (r1, r2) = (back(self.width), back(2 * self.width));
        let within = if pos > 0 { b1 } else { 0x100 };
        self.ctx = [
            hash(1, pos | b1 << 4),
            hash(2, pos | b1 << 4 | b2 << 13),
            hash(3, pos | b1 << 4 | b2 << 13 | b3 << 22),
            hash(4, pos | r1 << 4),
            hash(5, pos | r1 << 4 | r2 << 13),
            hash(hash(6, pos | b1 << 4 | r1 << 13), r1.wrapping_sub(r2) & 0x1FF),
            hash(7, pos | within << 4 | r1 << 13),
            hash(hash(8, pos | b1 << 4 | b2 << 13 | b3 << 22), back(4) | back(5) << 9),
        ];
    }

    fn predict(&mut self) {
        let set = self.partial as usize + 256 * (self.seen.len() % self.width);
        self.mixer.predict(&self.ctx, self.partial, set);
    }
}

impl Model for ByteModel {
    fn symbol_bits(&self) -> u32 {
        8
    }

    fn p(&self) -> u32 {
        self.mixer.p
    }

    fn update(&mut self, bit: u32) {
        self.mixer.update(bit);
        self.partial = self.partial << 1 | bit;
        if self.partial >= 256 {
            self.seen.push(self.partial as u8);
            self.partial = 1;
            self.byte_contexts();
        }
        self.predict();
    }
}
