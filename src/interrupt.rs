//! Ctrl-C: runs a closure instead of ending the process, so that `serve` can stop through its
//! normal path. A few lines of the operating system's API instead of a crate.

use std::io;

/// Calls `handler` (on a thread of its own) each time the user presses Ctrl-C.
#[cfg(unix)]
pub fn on_interrupt(mut handler: impl FnMut() + Send + 'static) -> io::Result<()> {
    use std::io::Read;
    use std::os::fd::IntoRawFd;
    use std::sync::atomic::{AtomicI32, Ordering};

    // The signal handler may only do what is safe in a signal handler: it writes a byte to a
    // pipe, and a thread that reads the pipe calls `handler`.
    static WAKE: AtomicI32 = AtomicI32::new(-1);
    extern "C" fn on_signal(_: libc::c_int) {
        let fd = WAKE.load(Ordering::SeqCst);
        if fd >= 0 {
            // SAFETY: write(2) is async-signal-safe; the byte lives for the call.
            unsafe { libc::write(fd, [0u8].as_ptr().cast(), 1) };
        }
    }

    let (mut reader, writer) = io::pipe()?;
    // The write end stays open for the life of the process, as the handler may run at any time.
    WAKE.store(writer.into_raw_fd(), Ordering::SeqCst);
    // SAFETY: `action` is fully initialised before it is installed, and `on_signal` is
    // async-signal-safe.
    let installed = unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut())
    };
    if installed != 0 {
        return Err(io::Error::last_os_error());
    }
    std::thread::spawn(move || {
        let mut byte = [0u8];
        while matches!(reader.read(&mut byte), Ok(1)) {
            handler();
        }
    });
    Ok(())
}

/// Calls `handler` each time the user presses Ctrl-C.
#[cfg(windows)]
pub fn on_interrupt(handler: impl FnMut() + Send + 'static) -> io::Result<()> {
    use std::sync::{Mutex, OnceLock};

    type Handler = Mutex<Box<dyn FnMut() + Send>>;
    static HANDLER: OnceLock<Handler> = OnceLock::new();
    const CTRL_C_EVENT: u32 = 0;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn SetConsoleCtrlHandler(
            routine: Option<unsafe extern "system" fn(u32) -> i32>,
            add: i32,
        ) -> i32;
    }
    // Windows calls this on a new thread of its own.
    unsafe extern "system" fn on_event(event: u32) -> i32 {
        match HANDLER.get() {
            Some(handler) if event == CTRL_C_EVENT => {
                if let Ok(mut handler) = handler.lock() {
                    handler();
                }
                1
            }
            _ => 0,
        }
    }

    if HANDLER.set(Mutex::new(Box::new(handler))).is_err() {
        return Err(io::Error::other("a Ctrl-C handler is already set"));
    }
    // SAFETY: `on_event` has the signature Windows expects and lives for the whole program.
    if unsafe { SetConsoleCtrlHandler(Some(on_event), 1) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Elsewhere Ctrl-C ends the process as usual.
#[cfg(not(any(unix, windows)))]
pub fn on_interrupt(_handler: impl FnMut() + Send + 'static) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}
