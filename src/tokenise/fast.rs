//! The fast path: UAX #29 word rules for ASCII, Latin-1 and Arabic-script text, by table.
//!
//! News text in Arabic and English uses a few hundred characters, and for those the rules of
//! UAX #29 reduce to: letters, digits and `_` join each other; `.` `'` `’` join two letters or two
//! digits, `:` two letters, `,` `،` `٬` two digits; marks and format characters stay with what
//! precedes them. Applying that directly to the bytes is several times faster than the general
//! segmenter. Whenever a character outside the tables could change a decision, the scanner
//! gives up and names the position from which the segmenter must take over, so both paths
//! always find the same words.

use super::classes::{arabic_entry, ascii_entry, class, entry, is_letter, Class, ALNUM, ALPHA, SLOW};
use super::Segment;

/// What the scanner found after a position.
pub(super) enum Step {
    Segment(Segment),
    /// A character outside the tables at or after this position may matter; no word starts
    /// between the scanned position and this one.
    Slow(usize),
    End,
}

/// Entry of the character at `i` and its length in bytes; past the end, an `Other` of length 0.
#[inline(always)]
fn entry_at(bytes: &[u8], i: usize) -> (u8, usize) {
    let Some(&b0) = bytes.get(i) else { return (0, 0) };
    if b0 < 0x80 {
        return (ascii_entry(b0), 1);
    }
    if (0xD8..=0xDB).contains(&b0) {
        return (arabic_entry(b0, bytes.get(i + 1).copied().unwrap_or(0)), 2);
    }
    let tail = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0) & 0x3F);
    if b0 < 0xE0 {
        (entry((u32::from(b0 & 0x1F) << 6) | tail(1)), 2)
    } else if b0 < 0xF0 {
        (entry((u32::from(b0 & 0x0F) << 12) | (tail(1) << 6) | tail(2)), 3)
    } else {
        (SLOW, 4)
    }
}

/// The next word-like segment at or after `i`, as UAX #29 would find it.
pub(super) fn next_segment(bytes: &[u8], mut i: usize) -> Step {
    // Between words: skip until something that can start one.
    let (start, first, len) = loop {
        if i >= bytes.len() {
            return Step::End;
        }
        let (e, n) = entry_at(bytes, i);
        match class(e) {
            Class::Letter | Class::Numeric | Class::ExtendNumLet => break (i, e, n),
            Class::Slow => return Step::Slow(i),
            // ² ½: a word of one character, with any marks that follow it.
            Class::Other if e & ALNUM != 0 => return standalone(bytes, i, e, n),
            _ => i += n,
        }
    };
    let mut flags = first;
    let mut last = class(first);
    let mut j = start + len;
    loop {
        // Arabic letters, two bytes each, are most of an Arabic text: walked with a predicted
        // branch per letter, so the next position does not wait for this byte's load (as a
        // length computed from the byte would).
        let run_start = j;
        while let Some(&[b0, b1]) = bytes.get(j..j + 2) {
            let e = arabic_entry(b0, b1);
            if b0 & 0xFC != 0xD8 || !is_letter(e) {
                break;
            }
            flags |= e;
            j += 2;
        }
        if j != run_start {
            last = Class::Letter;
        }
        let (e, n) = entry_at(bytes, j);
        match class(e) {
            Class::Letter | Class::Numeric | Class::ExtendNumLet => {
                flags |= e;
                last = class(e);
                j += n;
            }
            Class::Ignorable => {
                flags |= e;
                j += n;
            }
            mid @ (Class::MidLetter | Class::MidNum | Class::MidNumLet) => {
                let possible = match last {
                    Class::Letter => mid != Class::MidNum,
                    Class::Numeric => mid != Class::MidLetter,
                    _ => false,
                };
                if !possible {
                    break;
                }
                // WB6/7 and WB11/12 look one character past the separator (and its marks).
                let mut k = j + n;
                let mut mid_flags = e;
                let (next, next_len) = loop {
                    let (e2, n2) = entry_at(bytes, k);
                    if class(e2) != Class::Ignorable {
                        break (e2, n2);
                    }
                    mid_flags |= e2;
                    k += n2;
                };
                match class(next) {
                    Class::Slow => return Step::Slow(start),
                    c if c == last => {
                        flags |= mid_flags | next;
                        j = k + next_len;
                    }
                    _ => break,
                }
            }
            Class::Slow => return Step::Slow(start),
            Class::Other => break,
        }
    }
    Step::Segment(Segment { start, end: j, flags: flags & (ALPHA | ALNUM) })
}

fn standalone(bytes: &[u8], start: usize, first: u8, len: usize) -> Step {
    let (mut flags, mut j) = (first, start + len);
    loop {
        let (e, n) = entry_at(bytes, j);
        match class(e) {
            Class::Ignorable => {
                flags |= e;
                j += n;
            }
            Class::Slow => return Step::Slow(start),
            _ => return Step::Segment(Segment { start, end: j, flags: flags & (ALPHA | ALNUM) }),
        }
    }
}
