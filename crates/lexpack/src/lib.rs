//! The page's wasm carries Marsad's largest tables packed by a small context-mixing coder, and
//! unpacks them when first needed: the Arabic lexicon (42.6 KB where the same bytes cost
//! 58.8 KB gzipped inside the module) and ICU4X's normalisation tables (14.8 KB for 21 KB). A crate of its own so that the
//! page's build can optimise these loops for speed (`opt-level = 3`: the lexicon unpacks in
//! ~40 ms in wasm where the size-optimised core took ~210 ms) while the rest stays optimised
//! for size.
//!
//! Each model ([`lexicon`], [`bytes`]) turns what came before into a few contexts; each
//! context's counter predicts the next bit, a mixer learns how far to trust each, and a binary
//! arithmetic coder spends about −log2(p) bits per bit ([`mixer`]). The packers run natively,
//! in Marsad's tests, and every packed file is tested to unpack to its source byte for byte.

mod bytes;
mod lexicon;
mod mixer;

use bytes::{ByteModel, MAX_WIDTH};
use lexicon::LexiconModel;

const MAGIC: &[u8] = b"MRSDLEXP";
const UNPACKED_MAGIC: &[u8] = b"MRSDLEX2";

/// The MRSDLEX2 file that `packed` was made from, or `None` if it is corrupt.
///
/// Format: b"MRSDLEXP", then the MRSDLEX2 alphabet (u32 length, UTF-8), then per section:
/// entry count, body length, packed length (u32 little-endian each) and the packed body.
pub fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    let mut rest = packed.strip_prefix(MAGIC)?;
    let mut out = UNPACKED_MAGIC.to_vec();
    let alpha_len = take_u32(&mut rest, &mut out)?;
    out.extend_from_slice(take(&mut rest, alpha_len)?);
    while !rest.is_empty() {
        take_u32(&mut rest, &mut out)?;
        let body_len = take_u32(&mut rest, &mut out)?;
        let packed_len = take_u32(&mut rest, &mut Vec::new())?;
        mixer::decode(&mut LexiconModel::new(), take(&mut rest, packed_len)?, body_len, &mut out);
    }
    Some(out)
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
        let packed = mixer::encode(&mut LexiconModel::new(), &lexicon[p + 8..p + 8 + body_len]);
        out.extend_from_slice(&lexicon[p..p + 8]);
        out.extend(u32::try_from(packed.len()).unwrap().to_le_bytes());
        out.extend(packed);
        p += 8 + body_len;
    }
    out
}

/// The table `packed` was made from by [`pack_table`], or `None` if it is corrupt.
///
/// Format: the table's length (u32 little-endian), its entry width (one byte), the packed bytes.
pub fn unpack_table(packed: &[u8]) -> Option<Vec<u8>> {
    let mut rest = packed;
    let len = take_u32(&mut rest, &mut Vec::new())?;
    let width = usize::from(*take(&mut rest, 1)?.first()?);
    if !(1..=MAX_WIDTH).contains(&width) {
        return None;
    }
    let mut out = Vec::new();
    mixer::decode(&mut ByteModel::new(width), rest, len, &mut out);
    Some(out)
}

/// Packs a table of little-endian integers `width` bytes wide (1 to 8). Tests and generators
/// only: panics on a bad width.
pub fn pack_table(table: &[u8], width: usize) -> Vec<u8> {
    assert!((1..=MAX_WIDTH).contains(&width), "width {width}");
    let mut out = u32::try_from(table.len()).unwrap().to_le_bytes().to_vec();
    out.push(width as u8);
    out.extend(mixer::encode(&mut ByteModel::new(width), table));
    out
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
