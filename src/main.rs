//! The `cookiedoc` command: parse the command line, run the command, exit with its status.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    keep_freed_memory();
    match cmd::run(cmd::Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            cmd::output::print_error(&error);
            ExitCode::from(1)
        }
    }
}

/// A build of a large registry allocates and frees buffers of megabytes again and again (the
/// TOML parser's tokens, each page's parts). glibc gives every buffer over 128 KiB its own
/// mapping and returns freed memory at the top of the heap to the system, so each new buffer
/// is zero-filled again page by page: a fifth of the build's time went to page faults. Kept
/// in the heap instead, freed memory is reused; a command runs for a moment, or (`serve`) reuses
/// the same amount at every rebuild.
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before any other thread
    // exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}
