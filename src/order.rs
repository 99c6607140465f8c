//! Sorting with one copy of the sort code in the wasm build.
//!
//! Every call of a standard sort with another element type or comparator compiles its own copy
//! of the sort (2–4 KB of wasm each; fifteen of them were an eighth of the core's code). In the
//! wasm build these helpers sort a permutation of indices with a `dyn` comparator instead, so all
//! share one instance, and then move the items into place. Natively they are the standard stable
//! sort. Ties keep their order in both, so both builds give the same order.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    items.sort_by(cmp);
    #[cfg(target_arch = "wasm32")]
    sort_by_indices(items, cmp);
}

/// Sorts `items` in ascending order, equal items in their order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts and removes repeats.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort(items);
    items.dedup();
}

/// The one sort of the wasm build: indices, compared through `order`.
pub fn sort_indices(indices: &mut [u32], order: &mut dyn FnMut(u32, u32) -> Ordering) {
    indices.sort_unstable_by(|&a, &b| order(a, b));
}

/// The wasm build's [`sort_by`]: the order of the indices, ties broken by index, then the items
/// moved once. (Also compiled natively, for its test.)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_by_indices<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order = |a: u32, b: u32| match (items.get(a as usize), items.get(b as usize)) {
        (Some(x), Some(y)) => cmp(x, y).then(a.cmp(&b)),
        _ => Ordering::Equal,
    };
    let mut indices: Vec<u32> = (0..u32::try_from(items.len()).unwrap_or(u32::MAX)).collect();
    sort_indices(&mut indices, &mut order);
    permute(items, indices);
}

/// Moves `items[order[i]]` to position `i`, following each cycle of the permutation once.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    for start in 0..order.len() {
        let mut at = start;
        while let Some(slot) = order.get_mut(at) {
            let from = std::mem::replace(slot, at as u32) as usize;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_and_dedups() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by(&mut pairs, |x, y| x.0.cmp(&y.0));
        assert_eq!(pairs, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut words = vec!["b", "a", "c", "a", "b"];
        sort_dedup(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn the_index_sort_of_the_wasm_build_equals_the_stable_sort() {
        // A pseudo-random sequence with many ties, so cycles of every length occur.
        let mut x = 12345u32;
        let items: Vec<(u32, u32)> = (0..500)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((x >> 16) % 37, i)
            })
            .collect();
        let mut std_sorted = items.clone();
        std_sorted.sort_by_key(|a| a.0);
        let mut ours = items;
        sort_by_indices(&mut ours, |a, b| a.0.cmp(&b.0));
        assert_eq!(ours, std_sorted);
    }
}
