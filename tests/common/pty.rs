//! The real binary in a pseudo-terminal, its screen parsed by vt100.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running `regie` in a pty.
pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    reader: std::thread::JoinHandle<()>,
    _home: tempfile::TempDir,
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }
}

impl Pty {
    /// Starts the binary with arguments and environment, in a terminal of `cols` × `rows`.
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system().openpty(size(cols, rows)).expect("openpty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_regie"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        // The background is told by the test (COLORFGBG or an answer to OSC 11), never the host's.
        command.env_remove("COLORFGBG");
        // Never the real user's config or data, whatever a test forgets to pass.
        let home = tempfile::tempdir().unwrap();
        for var in ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"] {
            command.env(var, home.path());
        }
        command.env("REGIE_EXPORT_DIR", home.path().join("exports"));
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let (parser_in, raw_in) = (Arc::clone(&parser), Arc::clone(&raw));
        let reader = std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                parser_in.lock().unwrap_or_else(|e| e.into_inner()).process(&buffer[..n]);
                raw_in.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(&buffer[..n]);
            }
        });
        let writer = pair.master.take_writer().expect("writer");
        Pty { master: pair.master, writer, child, parser, raw, reader, _home: home }
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap_or_else(|e| e.into_inner()).screen().contents()
    }

    /// Whether the app wrote `bytes`, waiting up to 5 s for output still in the pty.
    pub fn wrote(&self, bytes: &[u8]) -> bool {
        let start = Instant::now();
        loop {
            let raw = self.raw.lock().unwrap_or_else(|e| e.into_inner()).clone();
            if raw.windows(bytes.len()).any(|w| w == bytes) {
                return true;
            }
            if start.elapsed() > Duration::from_secs(5) {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen satisfies `test`; panics with the screen after 10 s.
    pub fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types bytes as keys.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
    }

    /// Everything the app wrote, once it has exited and the pty is drained (waits up to 5 s).
    pub fn output(&self) -> Vec<u8> {
        let start = Instant::now();
        while !self.reader.is_finished() && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(5));
        }
        self.raw.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Resizes the terminal.
    pub fn resize(&self, cols: u16, rows: u16) {
        self.parser.lock().unwrap_or_else(|e| e.into_inner()).screen_mut().set_size(rows, cols);
        self.master.resize(size(cols, rows)).expect("resize");
    }

    /// Waits for the process to end and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.exit_code();
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                panic!("the app did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The process id, for signals.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
