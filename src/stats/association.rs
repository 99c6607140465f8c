//! The measures behind collocates and keyness, each from a 2×2 table of token counts.
//!
//! Both questions are the same table read two ways. Collocates: are the tokens around a node
//! unusually often this key? Keyness: is this key unusually frequent in the target documents
//! compared with the reference? The formulas are written out here once, with their sources, so
//! a number in the page can be checked by hand.

/// The log-likelihood ratio G² = 2 · Σ O·ln(O/E) over the given (observed, expected) cells;
/// a cell observed 0 times adds 0 (the limit of O·ln O as O → 0).
///
/// Collocates pass all four cells of the contingency table (Evert 2008, «Corpora and
/// collocations», eq. for G²; Dunning 1993); keyness passes the two cells of the key itself,
/// as Rayson & Garside 2000 («Comparing corpora using frequency profiling») and the UCREL
/// log-likelihood calculator do.
pub fn log_likelihood(cells: &[(f64, f64)]) -> f64 {
    2.0 * cells.iter().filter(|&&(o, e)| o > 0.0 && e > 0.0).map(|&(o, e)| o * (o / e).ln()).sum::<f64>()
}

/// log2 through ln, which the build has already: `f64::log2` would add its own code to the wasm.
fn log2(x: f64) -> f64 {
    x.ln() / std::f64::consts::LN_2
}

/// Association of a collocate with a node.
///
/// With N tokens in play, R1 positions in the node's windows, C1 occurrences of the collocate
/// in the corpus and O11 of them inside the windows, the table is
///
/// |            | collocate      | other tokens            | total  |
/// | ---------- | -------------- | ----------------------- | ------ |
/// | in windows | O11            | O12 = R1 − O11          | R1     |
/// | elsewhere  | O21 = C1 − O11 | O22 = N − R1 − C1 + O11 | N − R1 |
/// | total      | C1             | N − C1                  | N      |
///
/// with expected counts Eij = row total · column total / N (so E11 = R1·C1/N).
///
/// * G² = 2 Σ Oij·ln(Oij/Eij) over the four cells, **signed**: negative when O11 < E11, so a
///   word avoided near the node sorts below every attracted one (Evert 2008, §3; AntConc 4
///   also reports only positive association at the top).
/// * PMI = log2(O11 / E11) = log2(O11·N / (R1·C1)) (Church & Hanks 1990).
///
/// Returns (G², PMI); both are 0 for an empty table.
pub fn collocation(o11: u64, r1: u64, c1: u64, n: u64) -> (f64, f64) {
    let [o11, r1, c1, n] = [o11, r1, c1, n].map(|x| x as f64);
    if n <= 0.0 || r1 <= 0.0 || c1 <= 0.0 {
        return (0.0, 0.0);
    }
    let e = |row: f64, col: f64| row * col / n;
    let cells = [
        (o11, e(r1, c1)),
        (r1 - o11, e(r1, n - c1)),
        (c1 - o11, e(n - r1, c1)),
        (n - r1 - c1 + o11, e(n - r1, n - c1)),
    ];
    let g2 = log_likelihood(&cells);
    let e11 = e(r1, c1);
    let pmi = if o11 > 0.0 { log2(o11 / e11) } else { f64::NEG_INFINITY };
    (if o11 < e11 { -g2 } else { g2 }, pmi)
}

/// Keyness of a key counted `a` times in a target of `c` tokens and `b` times in a reference of
/// `d` tokens.
///
/// * G² (Rayson & Garside 2000): E1 = c·(a+b)/(c+d), E2 = d·(a+b)/(c+d),
///   G² = 2·(a·ln(a/E1) + b·ln(b/E2)), a zero count adding 0. Unsigned; the direction says
///   which way.
/// * Log ratio (Hardie 2014, «Log Ratio: an informal introduction», CASS): log2((a/c) / (b/d)),
///   with 0.5 put in place of a zero count so a key absent from one side gets a finite size
///   instead of ±∞. +1 means twice as frequent in the target, −1 half as frequent.
///
/// Returns (G², log ratio).
pub fn keyness(a: u64, b: u64, c: u64, d: u64) -> (f64, f64) {
    let [a, b, c, d] = [a, b, c, d].map(|x| x as f64);
    if c <= 0.0 || d <= 0.0 {
        return (0.0, 0.0);
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let g2 = log_likelihood(&[(a, e1), (b, e2)]);
    let nonzero = |x: f64| if x > 0.0 { x } else { 0.5 };
    let log_ratio = log2((nonzero(a) / c) / (nonzero(b) / d));
    (g2, log_ratio)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn collocation_by_hand() {
        // N = 100, R1 = 10, C1 = 5, O11 = 4: E11 = 0.5, PMI = log2(8) = 3.
        // Cells (O, E): (4, 0.5), (6, 9.5), (1, 4.5), (89, 85.5).
        let g2 =
            2.0 * (4.0 * 8f64.ln() + 6.0 * (6.0 / 9.5f64).ln() + (1.0 / 4.5f64).ln() + 89.0 * (89.0 / 85.5f64).ln());
        let (ll, pmi) = collocation(4, 10, 5, 100);
        assert!(close(pmi, 3.0), "{pmi}");
        assert!(close(ll, g2), "{ll} vs {g2}");
        assert!((ll - 15.2543).abs() < 1e-3, "{ll}");
        // Fewer than expected: negative G², negative PMI.
        let (ll, pmi) = collocation(0, 50, 20, 100);
        assert!(ll < 0.0 && pmi == f64::NEG_INFINITY);
        assert_eq!(collocation(1, 0, 3, 10), (0.0, 0.0));
    }

    #[test]
    fn keyness_by_hand() {
        // a = 10 of c = 1000, b = 10 of d = 4000: E1 = 4, E2 = 16.
        let (g2, lr) = keyness(10, 10, 1000, 4000);
        let by_hand = 2.0 * (10.0 * 2.5f64.ln() + 10.0 * 0.625f64.ln());
        assert!(close(g2, by_hand) && (g2 - 8.9257).abs() < 1e-3, "{g2}");
        assert!(close(lr, 2.0), "{lr}");
        // Absent from the reference: 0.5 stands in, log2((4/1000) / (0.5/1000)) = 3.
        let (g2, lr) = keyness(4, 0, 1000, 1000);
        assert!(close(lr, 3.0) && close(g2, 2.0 * 4.0 * 2f64.ln()), "{g2} {lr}");
        assert_eq!(keyness(1, 1, 0, 10), (0.0, 0.0));
    }
}
