//! `marsad-lexpack` (crates/lexpack) on small lists: the embedded lexicon itself is checked by
//! `the_packed_lexicon_unpacks_to_the_lexicon_byte_for_byte` in src/key/lexicon.rs.

fn lexicon(bodies: &[&[u8]]) -> Vec<u8> {
    let mut lexicon = b"MRSDLEX2".to_vec();
    lexicon.extend(2u32.to_le_bytes());
    lexicon.extend("ab".as_bytes());
    for body in bodies {
        lexicon.extend(3u32.to_le_bytes());
        lexicon.extend(u32::try_from(body.len()).unwrap().to_le_bytes());
        lexicon.extend(*body);
    }
    lexicon
}

#[test]
fn small_lists_round_trip() {
    for bodies in
        [&[][..], &[&[][..]][..], &[&[0, 0x40, 0x41, 0, 0x41, 2, 0x41][..], &[0, 0x40, 0, 0x41, 0x40, 1, 0x41][..]][..]]
    {
        let lexicon = lexicon(bodies);
        assert_eq!(marsad_lexpack::unpack(&marsad_lexpack::pack(&lexicon)).unwrap(), lexicon);
    }
}

#[test]
fn truncated_data_is_refused_not_a_panic() {
    let packed = marsad_lexpack::pack(&lexicon(&[&[0, 0x40, 0x41, 0, 0x41, 2, 0x41]]));
    // Cut right after the alphabet it is a lexicon with no sections; anywhere else, refused.
    for n in (0..packed.len()).filter(|&n| n != 14) {
        assert!(marsad_lexpack::unpack(&packed[..n]).is_none(), "{n}");
    }
}

#[test]
fn damaged_bodies_decode_to_other_symbols_not_a_panic() {
    // Marsad's MRSDLEX2 reader then checks what comes out; here nothing may panic.
    let body: Vec<u8> = (0..2000u32).map(|i| if i % 5 == 0 { (i % 3) as u8 } else { 0x40 + (i % 33) as u8 }).collect();
    let packed = marsad_lexpack::pack(&lexicon(&[&body]));
    // From the first packed byte on (the headers end at 26).
    for at in (26..packed.len()).step_by(7) {
        let mut broken = packed.clone();
        broken[at] ^= 0x55;
        let out = marsad_lexpack::unpack(&broken).unwrap();
        assert_eq!(out.len(), lexicon(&[&body]).len());
    }
}
