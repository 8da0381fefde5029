//! What every fuzz target shares: which panics count as findings.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};

thread_local! {
    /// The last panic a dependency raised on this thread, in case no
    /// `catch_unwind` of the library stops it (see [`run`]).
    static LAST_DEPENDENCY_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces libfuzzer-sys's hook (which aborts on every panic, caught or not)
/// with one that aborts at once on a panic raised in arkiva's own code.
///
/// The library deliberately runs its third-party parsers (lopdf, calamine)
/// under `catch_unwind` and turns their panics into errors — hostile files
/// do make them panic, and that is not something arkiva can fix. Such a
/// panic is only remembered and unwinds into the library's `catch_unwind`.
/// If none stops it, [`run`] reports it and aborts: that is a finding too.
pub fn only_arkiva_panics_are_findings() {
    panic::set_hook(Box::new(|info| {
        if in_dependency(info) {
            LAST_DEPENDENCY_PANIC.with(|last| *last.borrow_mut() = Some(info.to_string()));
        } else {
            eprintln!("{info}");
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
            std::process::abort();
        }
    }));
}

/// Runs one input; a panic that gets out of the library aborts the process
/// (the finding libFuzzer saves) after saying where it came from.
pub fn run(body: impl FnOnce()) {
    LAST_DEPENDENCY_PANIC.with(|last| *last.borrow_mut() = None);
    if panic::catch_unwind(AssertUnwindSafe(body)).is_err() {
        let last = LAST_DEPENDENCY_PANIC.with(|last| last.borrow_mut().take());
        eprintln!(
            "a dependency's panic was not caught by arkiva: {}",
            last.as_deref().unwrap_or("(no message)")
        );
        std::process::abort();
    }
}

/// True for a panic raised inside a crate from the registry (or a git
/// dependency). A panic located in the standard library (an allocation
/// failure, say) is not excused: it may well be arkiva's doing.
fn in_dependency(info: &PanicHookInfo) -> bool {
    info.location().is_some_and(|l| {
        let file = l.file();
        file.contains("/registry/src/") || file.contains("/git/checkouts/")
    })
}
