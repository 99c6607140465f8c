//! Work split over cores natively; in wasm (one thread) the same work runs in order, so
//! results never depend on the build.

/// Cores to use: all of them, or `MARSAD_THREADS` (benchmarks measure one core with `1`).
/// Asked once: on Linux the answer is read from cgroup files, too slow to ask per document.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let asked = std::env::var("MARSAD_THREADS").ok().and_then(|v| v.parse::<usize>().ok());
        asked.filter(|&n| n > 0).unwrap_or(cores)
    })
}

#[cfg(target_arch = "wasm32")]
pub(crate) fn threads() -> usize {
    1
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn run_parallel<T: Send, R: Send>(parts: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    if parts.len() <= 1 {
        return parts.into_iter().map(f).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts.into_iter().map(|p| scope.spawn(|| f(p))).collect();
        // A panicking worker would be a bug; its chunk is then lost rather than the process.
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    })
}

#[cfg(target_arch = "wasm32")]
pub(crate) fn run_parallel<T, R>(parts: Vec<T>, f: impl Fn(T) -> R) -> Vec<R> {
    parts.into_iter().map(f).collect()
}

/// `f` over every item, in order, the items split into one run of similar length per core
/// when there are enough of them (`min_each`) to be worth a thread.
pub(crate) fn map_parallel<T: Sync, R: Send>(items: &[T], min_each: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let parts = threads().min(items.len() / min_each.max(1)).max(1);
    let size = items.len().div_ceil(parts).max(1);
    run_parallel(items.chunks(size).collect(), |part: &[T]| part.iter().map(&f).collect::<Vec<R>>())
        .into_iter()
        .flatten()
        .collect()
}
