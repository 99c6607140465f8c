//! ICU4X's NFKC and NFKD normalizers, from tables the page's wasm carries packed.
//!
//! The normalizers read five tables (the NFKD decomposition trie, the NFD and NFKD expansion
//! tables and the canonical compositions), 64 KB that gzip to 21 KB inside the module; packed
//! by `marsad-lexpack` they take 14.8 KB, and are unpacked once, when text first needs NFKC
//! (~20 ms in wasm). Native builds use ICU4X's compiled-in tables directly. The unpacked tables
//! equal ICU4X's own, field for field (`the_packed_tables_are_icu_s`), so both normalise alike.
//! `nfkc-data.packed` is ICU4X's data (`icu_normalizer_data` 2.4.0, Unicode License v3, as the
//! crate it replaces in the build) in another encoding.
//!
//! Regenerate `nfkc-data.packed` after an ICU4X update with
//! `cargo test --lib pack_the_normalizer_tables -- --ignored`.

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};

/// NFKC, or `None` if the packed tables were corrupt (a build error the tests catch; the
/// caller then leaves text as it is rather than failing).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn nfkc() -> Option<ComposingNormalizerBorrowed<'static>> {
    Some(ComposingNormalizerBorrowed::new_nfkc())
}

/// NFKD, or `None` as for [`nfkc`].
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn nfkd() -> Option<DecomposingNormalizerBorrowed<'static>> {
    Some(DecomposingNormalizerBorrowed::new_nfkd())
}

#[cfg(target_arch = "wasm32")]
pub(super) fn nfkc() -> Option<ComposingNormalizerBorrowed<'static>> {
    static NFKC: std::sync::OnceLock<Option<icu_normalizer::ComposingNormalizer>> = std::sync::OnceLock::new();
    let built = NFKC.get_or_init(|| icu_normalizer::ComposingNormalizer::try_new_nfkc_unstable(tables()?).ok());
    built.as_ref().map(icu_normalizer::ComposingNormalizer::as_borrowed)
}

#[cfg(target_arch = "wasm32")]
pub(super) fn nfkd() -> Option<DecomposingNormalizerBorrowed<'static>> {
    static NFKD: std::sync::OnceLock<Option<icu_normalizer::DecomposingNormalizer>> = std::sync::OnceLock::new();
    let built = NFKD.get_or_init(|| icu_normalizer::DecomposingNormalizer::try_new_nfkd_unstable(tables()?).ok());
    built.as_ref().map(icu_normalizer::DecomposingNormalizer::as_borrowed)
}

/// Unpacked once for both normalizers.
#[cfg(target_arch = "wasm32")]
fn tables() -> Option<&'static packed::Tables> {
    static TABLES: std::sync::OnceLock<Option<packed::Tables>> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| packed::Tables::unpack(include_bytes!("nfkc-data.packed"))).as_ref()
}

#[cfg(any(target_arch = "wasm32", test))]
mod packed {
    use icu_collections::char16trie::Char16Trie;
    use icu_collections::codepointtrie::{CodePointTrie, CodePointTrieHeader, TrieType};
    use icu_normalizer::provider::{
        CanonicalCompositions, DecompositionData, DecompositionTables, NormalizerNfcV1, NormalizerNfdTablesV1,
        NormalizerNfkdDataV1, NormalizerNfkdTablesV1,
    };
    use icu_provider::prelude::*;
    use zerovec::ule::AsULE;
    use zerovec::ZeroVec;

    /// Header fields, then the tables, in this order (see [`Tables::unpack`]).
    pub(super) const FIELDS: usize = 7;

    /// The tables, as the normalizers' data provider.
    pub(super) struct Tables {
        pub(super) nfkd: DecompositionData<'static>,
        pub(super) nfd_tables: DecompositionTables<'static>,
        pub(super) nfkd_tables: DecompositionTables<'static>,
        pub(super) compositions: CanonicalCompositions<'static>,
    }

    impl Tables {
        /// Format: `FIELDS` u32s (the trie header's high start, shifted high start, index-3 null
        /// offset, data null offset, null value and type, then the passthrough cap), then seven
        /// `marsad_lexpack` tables, each after its u32 length: trie index, trie data, NFD
        /// scalars16 and scalars24, NFKD scalars16 and scalars24, compositions.
        pub(super) fn unpack(packed: &[u8]) -> Option<Tables> {
            let mut rest = packed;
            let mut fields = [0u32; FIELDS];
            for f in &mut fields {
                let (head, tail) = rest.split_first_chunk::<4>()?;
                *f = u32::from_le_bytes(*head);
                rest = tail;
            }
            let mut table = || -> Option<Vec<u8>> {
                let (head, tail) = rest.split_first_chunk::<4>()?;
                let (body, tail) = tail.split_at_checked(usize::try_from(u32::from_le_bytes(*head)).ok()?)?;
                rest = tail;
                marsad_lexpack::unpack_table(body)
            };
            let [high_start, shifted12, index3_null, data_null, null_value, trie_type, cap] = fields;
            let header = CodePointTrieHeader {
                high_start,
                shifted12_high_start: u16::try_from(shifted12).ok()?,
                index3_null_offset: u16::try_from(index3_null).ok()?,
                data_null_offset: data_null,
                null_value,
                trie_type: TrieType::try_from(u8::try_from(trie_type).ok()?).ok()?,
            };
            let trie = CodePointTrie::try_new(header, owned(&table()?)?, owned(&table()?)?).ok()?;
            let nfkd = DecompositionData { trie, passthrough_cap: u16::try_from(cap).ok()? };
            let nfd_tables = DecompositionTables { scalars16: owned(&table()?)?, scalars24: owned(&table()?)? };
            let nfkd_tables = DecompositionTables { scalars16: owned(&table()?)?, scalars24: owned(&table()?)? };
            let compositions = CanonicalCompositions { canonical_compositions: Char16Trie::new(owned(&table()?)?) };
            Some(Tables { nfkd, nfd_tables, nfkd_tables, compositions })
        }
    }

    fn owned<T: AsULE + 'static>(bytes: &[u8]) -> Option<ZeroVec<'static, T>> {
        Some(ZeroVec::<T>::parse_bytes(bytes).ok()?.into_owned())
    }

    fn response<M: DynamicDataMarker>(data: M::DataStruct) -> Result<DataResponse<M>, DataError> {
        Ok(DataResponse { payload: DataPayload::from_owned(data), metadata: Default::default() })
    }

    impl DataProvider<NormalizerNfkdDataV1> for Tables {
        fn load(&self, _: DataRequest) -> Result<DataResponse<NormalizerNfkdDataV1>, DataError> {
            response(self.nfkd.clone())
        }
    }

    impl DataProvider<NormalizerNfdTablesV1> for Tables {
        fn load(&self, _: DataRequest) -> Result<DataResponse<NormalizerNfdTablesV1>, DataError> {
            response(self.nfd_tables.clone())
        }
    }

    impl DataProvider<NormalizerNfkdTablesV1> for Tables {
        fn load(&self, _: DataRequest) -> Result<DataResponse<NormalizerNfkdTablesV1>, DataError> {
            response(self.nfkd_tables.clone())
        }
    }

    impl DataProvider<NormalizerNfcV1> for Tables {
        fn load(&self, _: DataRequest) -> Result<DataResponse<NormalizerNfcV1>, DataError> {
            response(self.compositions.clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use icu_normalizer::provider::Baked;

    use super::packed::{Tables, FIELDS};

    const PACKED: &[u8] = include_bytes!("nfkc-data.packed");

    /// The number after `name: ` in ICU4X's `Debug` text of the trie (its fields are private).
    fn field(debug: &str, name: &str) -> u32 {
        let at = debug.find(&format!("{name}: ")).unwrap() + name.len() + 2;
        let digits: String = debug[at..].chars().take_while(char::is_ascii_digit).collect();
        digits.parse().unwrap()
    }

    /// The values of the list after `name: ZeroVec([`, as little-endian bytes of `width`.
    fn list(debug: &str, name: &str, width: usize) -> Vec<u8> {
        let at = debug.find(&format!("{name}: ZeroVec([")).unwrap() + name.len() + 11;
        let end = at + debug[at..].find(']').unwrap();
        debug[at..end].split(", ").flat_map(|v| v.parse::<u64>().unwrap().to_le_bytes()[..width].to_vec()).collect()
    }

    fn pack() -> Vec<u8> {
        let nfkd = Baked::SINGLETON_NORMALIZER_NFKD_DATA_V1;
        let debug = format!("{:?}", nfkd.trie);
        let trie_type = u32::from(debug.contains("trie_type: Small"));
        let fields = [
            field(&debug, "high_start"),
            field(&debug, "shifted12_high_start"),
            field(&debug, "index3_null_offset"),
            field(&debug, "data_null_offset"),
            field(&debug, "null_value"),
            trie_type,
            u32::from(nfkd.passthrough_cap),
        ];
        assert_eq!(fields.len(), FIELDS);
        let (nfd, nfkd_tables) =
            (Baked::SINGLETON_NORMALIZER_NFD_TABLES_V1, Baked::SINGLETON_NORMALIZER_NFKD_TABLES_V1);
        let tables = [
            (list(&debug, "index", 2), 2),
            (list(&debug, "data", 4), 4),
            (nfd.scalars16.as_bytes().to_vec(), 2),
            (nfd.scalars24.as_bytes().to_vec(), 3),
            (nfkd_tables.scalars16.as_bytes().to_vec(), 2),
            (nfkd_tables.scalars24.as_bytes().to_vec(), 3),
            (Baked::SINGLETON_NORMALIZER_NFC_V1.canonical_compositions.data.as_bytes().to_vec(), 2),
        ];
        let mut out: Vec<u8> = fields.iter().flat_map(|f| f.to_le_bytes()).collect();
        for (table, width) in tables {
            let packed = marsad_lexpack::pack_table(&table, width);
            out.extend(u32::try_from(packed.len()).unwrap().to_le_bytes());
            out.extend(packed);
        }
        out
    }

    #[test]
    fn the_packed_tables_are_icu_s() {
        let t = Tables::unpack(PACKED).expect("run `cargo test --lib pack_the_normalizer_tables -- --ignored`");
        assert!(t.nfkd == *Baked::SINGLETON_NORMALIZER_NFKD_DATA_V1);
        assert!(t.nfd_tables == *Baked::SINGLETON_NORMALIZER_NFD_TABLES_V1);
        assert!(t.nfkd_tables == *Baked::SINGLETON_NORMALIZER_NFKD_TABLES_V1);
        assert!(t.compositions == *Baked::SINGLETON_NORMALIZER_NFC_V1);
        let nfkc = icu_normalizer::ComposingNormalizer::try_new_nfkc_unstable(&t).unwrap();
        let nfkd = icu_normalizer::DecomposingNormalizer::try_new_nfkd_unstable(&t).unwrap();
        for text in ["ﻻ ﷲ ﷺ ٣ ｶﾞ ﬁ ① Å Ω ḳ́ 가 ㈜", "e\u{301}\u{323} ᄀ\u{1161}\u{11A8} ﬃ 𝐀"]
        {
            assert_eq!(
                nfkc.as_borrowed().normalize(text),
                icu_normalizer::ComposingNormalizerBorrowed::new_nfkc().normalize(text)
            );
            assert_eq!(
                nfkd.as_borrowed().normalize(text),
                icu_normalizer::DecomposingNormalizerBorrowed::new_nfkd().normalize(text)
            );
        }
    }

    #[test]
    fn corrupt_tables_are_refused_not_a_panic() {
        for n in [0, 4, 27, 28, 40, PACKED.len() - 1] {
            assert!(Tables::unpack(&PACKED[..n]).is_none(), "{n}");
        }
    }

    #[test]
    #[ignore = "writes src/normalise/nfkc-data.packed"]
    fn pack_the_normalizer_tables() {
        let packed = pack();
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/src/normalise/nfkc-data.packed"), &packed).unwrap();
        assert!(Tables::unpack(&packed).is_some());
    }
}
