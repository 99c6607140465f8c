//! Which surfaces spell each form: derived once per key build rather than stored per form.

use super::{FormId, SurfaceId};

/// The surfaces of every form, as one array sorted by form (compressed sparse rows).
#[derive(Debug, Default)]
pub struct FormSurfaces {
    pub(super) starts: Vec<u32>,
    pub(super) surfaces: Vec<SurfaceId>,
}

impl FormSurfaces {
    /// From the form of each surface, in surface order (`FormId::MAX`: no form).
    pub(super) fn build(forms: usize, surface_forms: impl Iterator<Item = FormId> + Clone) -> FormSurfaces {
        let mut starts = vec![0u32; forms + 1];
        // `FormId::MAX` (an ignored surface) must not overflow a 32-bit usize.
        for f in surface_forms.clone() {
            if let Some(n) = (f as usize).checked_add(1).and_then(|i| starts.get_mut(i)) {
                *n += 1;
            }
        }
        let mut total = 0;
        for n in starts.iter_mut() {
            total += *n;
            *n = total;
        }
        let mut next = starts.clone();
        let mut surfaces = vec![0; total as usize];
        for (sid, f) in (0..).zip(surface_forms) {
            if let Some(slot) = next.get_mut(f as usize) {
                if let Some(s) = surfaces.get_mut(*slot as usize) {
                    *s = sid;
                }
                *slot += 1;
            }
        }
        FormSurfaces { starts, surfaces }
    }

    pub fn heap_bytes(&self) -> usize {
        (self.starts.capacity() + self.surfaces.capacity()) * 4
    }

    pub fn of(&self, form: FormId) -> &[SurfaceId] {
        let next = (form as usize).checked_add(1).and_then(|i| self.starts.get(i));
        let (Some(&a), Some(&b)) = (self.starts.get(form as usize), next) else {
            return &[];
        };
        self.surfaces.get(a as usize..b as usize).unwrap_or(&[])
    }
}
