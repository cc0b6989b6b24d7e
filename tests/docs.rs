//! The documentation is executed: every command shown with its output in `README.md` and
//! `docs/**/*.md` is run over the demo journal, and the test fails with a diff when what the
//! program prints differs from what the page shows.
//!
//! **Shown output** is a fenced block marked `console`:
//!
//! ````text
//! ```console
//! $ ejournal lock status
//! (what it prints: stdout and stderr as a terminal shows them, interleaved)
//! $ ejournal mark add … --mark 7
//! ejournal: …
//! [exit 65]
//! ```
//! ````
//!
//! - A `$ ` line is a command; the lines after it, up to the next `$ ` line or the end of
//!   the block, are its output. A line ending in `\` goes on on the next line.
//! - The command is split as a shell would split words (quotes, backslashes), but no shell
//!   runs: no pipes, redirections or variables. `VAR=value ejournal …` sets a variable for
//!   that command; `$ export VAR=value …`, `$ unset VAR` and `$ cd DIR` are understood and
//!   hold for the rest of the page. Any other program than `ejournal` is refused.
//! - A command that exits with a code other than 0 ends its output with `[exit N]`
//!   (`[код выхода N]` on a Russian page).
//! - A line `...` in the shown output stands for any number of lines (the page shows only the
//!   beginning and the end of a long table, say); `...` inside a line stands for any text in
//!   it (a time of day, a file's size).
//!
//! **Where commands run.** Each page gets its own folder standing for `/tmp`, holding a copy
//! of the demo (`ejournal demo`, built once per test run) as `/tmp/demo` and a copy of the
//! example files (`docs/examples/`) as `/tmp/school`; and an empty one standing for
//! `/media/usb` (a backup drive). Every `/tmp/…` in a command is that folder, and the folder
//! is written back as `/tmp` in the output. Commands
//! run in `/tmp/demo`, with the demo journal's environment: `EJOURNAL_DB=/tmp/demo/ejournal.db`,
//! `EJOURNAL_TODAY=27.10.2023` (the demo's day: the end of its first quarter) and
//! `EJOURNAL_ACTOR` its deputy, [`DEMO_DEPUTY`]; `COLUMNS=100` for stable tables. The blocks
//! of a page run in order and see what earlier blocks changed; pages do not see each other.
//! A comment `<!-- docs: fresh -->` before a block gives the page new folders (a new copy of
//! the demo); `<!-- docs: clean -->` also clears the `EJOURNAL_*` variables and runs in an
//! empty `/tmp/work`, as on a machine that has no journal yet.
//!
//! A comment `<!-- docs: run` … `-->` holding `$ ` lines runs them where it stands without
//! showing them (each must exit with 0): the set-up a page's text describes in words.
//!
//! **Language.** Pages under `docs/ru/` run in the default language (no `EJOURNAL_LANG`,
//! no `LANG`/`LC_*`: Russian); every other page runs with `EJOURNAL_LANG=en`.
//!
//! **Re-recording.** `EJOURNAL_BLESS=1 cargo test --release --test docs` writes what the
//! program prints into the pages in place (a block shortened with `...` is kept as it is while
//! it still matches). Look at `git diff docs/` before committing.
//!
//! **Commands shown without output** (blocks marked `sh`, `bash`, `shell` or unmarked) are not
//! run, but every `ejournal …` command in them must parse (a renamed command or option cannot
//! stay in the docs unseen): the command line is parsed by the program's own parser, as
//! `ejournal` would before doing anything. Blocks marked `text` are not looked at.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The demo school's deputy, who may do everything the pages show.
const DEMO_DEPUTY: &str = "Литвиненко Сергей Андреевич";
/// The demo's day: its journal is kept to the end of the first quarter.
const DEMO_TODAY: &str = "27.10.2023";
const COLUMNS: &str = "100";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The pages: README.md and every Markdown file under docs/.
fn pages() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "md") {
                out.push(p);
            }
        }
    }
    let mut out = vec![root().join("README.md")];
    walk(&root().join("docs"), &mut out);
    out
}

fn russian(page: &Path) -> bool {
    page.strip_prefix(root())
        .unwrap_or(page)
        .components()
        .any(|c| c.as_os_str() == "ru")
}

/// The demo, built once per test run.
fn demo() -> &'static Path {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let demo = dir.path().join("demo");
        let out = Command::new(env!("CARGO_BIN_EXE_ejournal"))
            .args(["demo", "--dir"])
            .arg(&demo)
            .arg("-q")
            .env_remove("EJOURNAL_DB")
            .env_remove("EJOURNAL_TODAY")
            .env_remove("EJOURNAL_ACTOR")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "ejournal demo failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (dir, demo)
    })
    .1
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

// ---------------------------------------------------------------------------------------
// Reading a page

/// A fenced block of a page.
struct Block {
    /// What follows the opening fence: `console`, `sh`, ``…
    info: String,
    /// Line numbers (0-based) of the block's first and last content lines + 1.
    start: usize,
    end: usize,
    /// How far the fence is indented (a block in a list item): its lines are, too.
    indent: usize,
    /// A `<!-- docs: fresh -->` (Some(false)) or `<!-- docs: clean -->` (Some(true))
    /// comment stands before it.
    fresh: Option<bool>,
}

fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut fresh = None;
    while i < lines.len() {
        let l = lines[i].trim_start();
        if l.starts_with("<!--") && l.contains("docs: fresh") {
            fresh = Some(false);
        }
        if l.starts_with("<!--") && l.contains("docs: clean") {
            fresh = Some(true);
        }
        if l.starts_with("<!-- docs: run") {
            // Hidden commands: `$ ` lines up to `-->`, run as a console block whose output
            // is not shown (each must succeed).
            let start = i + 1;
            let mut j = start;
            while j < lines.len() && !lines[j].trim_start().starts_with("-->") {
                j += 1;
            }
            out.push(Block {
                info: "hidden".into(),
                start,
                end: j,
                indent: 0,
                fresh,
            });
            fresh = None;
            i = j + 1;
            continue;
        }
        if let Some(info) = l.strip_prefix("```") {
            let indent = lines[i].len() - l.len();
            let fence: String = "`".repeat(3 + info.chars().take_while(|c| *c == '`').count());
            let info = info.trim_start_matches('`').trim().to_string();
            let start = i + 1;
            let mut j = start;
            while j < lines.len() && lines[j].trim() != fence {
                j += 1;
            }
            out.push(Block {
                info,
                start,
                end: j,
                indent,
                fresh,
            });
            fresh = None;
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// A command of a `console` block and the output shown for it.
struct Step {
    /// The command as the page writes it (continuations joined).
    command: String,
    /// The line numbers the shown output takes.
    out_start: usize,
    out_end: usize,
}

/// A line of a block without the block's indentation.
fn unindent<'a>(line: &'a str, block: &Block) -> &'a str {
    let n = line.len() - line.trim_start_matches(' ').len();
    &line[n.min(block.indent)..]
}

fn steps(lines: &[&str], block: &Block) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::new();
    let mut i = block.start;
    while i < block.end {
        let l = unindent(lines[i], block);
        if let Some(cmd) = l.strip_prefix("$ ").or_else(|| (l == "$").then_some("")) {
            let mut command = cmd.to_string();
            while command.ends_with('\\') && i + 1 < block.end {
                command.pop();
                i += 1;
                command.push(' ');
                command.push_str(lines[i].trim_start());
            }
            out.push(Step {
                command,
                out_start: i + 1,
                out_end: i + 1,
            });
        } else if let Some(last) = out.last_mut() {
            last.out_end = i + 1;
        } else {
            panic!(
                "line {}: a console block starts with a `$ ` command line",
                i + 1
            );
        }
        i += 1;
    }
    out
}

/// Cut a shell comment (a `#` starting a word, outside quotes) off a line.
fn strip_comment(line: &str) -> &str {
    let (mut single, mut double, mut escaped) = (false, false, false);
    let mut prev_space = true;
    for (i, c) in line.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' && !single {
            escaped = true;
        } else if c == '\'' && !double {
            single = !single;
        } else if c == '"' && !single {
            double = !double;
        } else if c == '#' && !single && !double && prev_space {
            return &line[..i];
        }
        prev_space = c.is_whitespace();
    }
    line
}

fn split(command: &str) -> Vec<String> {
    shlex::split(strip_comment(command))
        .unwrap_or_else(|| panic!("cannot split into words: {command}"))
}

fn is_assignment(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    })
}

// ---------------------------------------------------------------------------------------
// Running a page

/// A page's folders standing for `/tmp` and `/media/usb`, its variables and current directory.
struct Session {
    base: tempfile::TempDir,
    env: BTreeMap<String, String>,
    cwd: PathBuf,
    russian: bool,
}

/// The folders a page may name, and where they are for the test.
const MAPPED: [(&str, &str); 2] = [("/media/usb", "usb"), ("/tmp", "tmp")];

impl Session {
    /// `clean`: no `EJOURNAL_*` variables, in an empty `/tmp/work` (for `init`).
    fn new(russian: bool, clean: bool) -> Session {
        let base = tempfile::tempdir().unwrap();
        let tmp = base.path().join("tmp");
        copy_dir(demo(), &tmp.join("demo"));
        copy_dir(&root().join("docs/examples"), &tmp.join("school"));
        std::fs::create_dir_all(base.path().join("usb")).unwrap();
        let mut env = BTreeMap::new();
        let cwd = if clean {
            let work = tmp.join("work");
            std::fs::create_dir_all(&work).unwrap();
            work
        } else {
            env.insert("EJOURNAL_DB".into(), "/tmp/demo/ejournal.db".into());
            env.insert("EJOURNAL_TODAY".into(), DEMO_TODAY.into());
            env.insert("EJOURNAL_ACTOR".into(), DEMO_DEPUTY.into());
            tmp.join("demo")
        };
        Session {
            base,
            env,
            cwd,
            russian,
        }
    }

    /// A path or value as the program sees it: `/tmp/…` is the page's folder, and so on.
    fn real(&self, word: &str) -> String {
        static PATHS: OnceLock<regex::Regex> = OnceLock::new();
        let re =
            PATHS.get_or_init(|| regex::Regex::new(r"(^|[=:,\s])(/media/usb|/tmp)(/|$)").unwrap());
        re.replace_all(word, |c: &regex::Captures| {
            let (_, real) = MAPPED.iter().find(|(shown, _)| *shown == &c[2]).unwrap();
            format!(
                "{}{}{}",
                &c[1],
                self.base.path().join(real).display(),
                &c[3]
            )
        })
        .into_owned()
    }

    /// Output as the page shows it: the page's folders by the names it gives them.
    fn shown(&self, text: &str) -> String {
        let mut text = text.to_string();
        let mut bases = vec![self.base.path().to_path_buf()];
        // The folder as the OS names it (e.g. a symlinked /tmp on macOS).
        bases.extend(self.base.path().canonicalize());
        for base in bases {
            for (shown, real) in MAPPED {
                text = text.replace(&base.join(real).display().to_string(), shown);
            }
        }
        text
    }

    fn exit_line(&self, code: i32) -> String {
        if self.russian {
            format!("[код выхода {code}]")
        } else {
            format!("[exit {code}]")
        }
    }

    /// Run one `$ ` line; returns its output as the page should show it, and its exit code.
    fn run(&mut self, command: &str) -> Result<(String, i32), String> {
        let words = split(command);
        let Some(first) = words.first() else {
            return Ok((String::new(), 0));
        };
        match first.as_str() {
            "export" => {
                for w in &words[1..] {
                    let (k, v) = w
                        .split_once('=')
                        .ok_or_else(|| format!("export {w}: give VAR=value"))?;
                    self.env.insert(k.into(), v.into());
                }
                return Ok((String::new(), 0));
            }
            "unset" => {
                for w in &words[1..] {
                    self.env.remove(w);
                }
                return Ok((String::new(), 0));
            }
            "cd" => {
                let dir = words.get(1).ok_or("cd: give a folder")?;
                let dir = self.cwd.join(self.real(dir));
                std::fs::create_dir_all(&dir).map_err(|e| format!("cd {}: {e}", dir.display()))?;
                self.cwd = dir;
                return Ok((String::new(), 0));
            }
            _ => {}
        }
        let mut vars = self.env.clone();
        let mut rest = words.as_slice();
        while let Some((w, tail)) = rest.split_first() {
            if !is_assignment(w) {
                break;
            }
            let (k, v) = w.split_once('=').unwrap();
            vars.insert(k.into(), v.into());
            rest = tail;
        }
        let (program, args) = rest
            .split_first()
            .ok_or_else(|| format!("no command in `{command}`"))?;
        if program != "ejournal" {
            return Err(format!(
                "`{program}`: a console block runs only ejournal (and export, unset, cd)"
            ));
        }
        // stdout and stderr into one file, as a terminal interleaves them.
        let log = tempfile::tempfile().unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ejournal"));
        cmd.args(args.iter().map(|a| self.real(a)))
            .current_dir(&self.cwd)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log.try_clone().unwrap());
        for (k, _) in std::env::vars() {
            if k.starts_with("EJOURNAL_") || k.starts_with("LC_") || k == "LANG" || k == "LANGUAGE"
            {
                cmd.env_remove(k);
            }
        }
        for (k, v) in &vars {
            cmd.env(k, self.real(v));
        }
        cmd.env("COLUMNS", COLUMNS);
        if !self.russian {
            cmd.env("EJOURNAL_LANG", "en");
        }
        let status = cmd.status().map_err(|e| format!("running ejournal: {e}"))?;
        let mut log = log;
        use std::io::{Read, Seek};
        log.rewind().unwrap();
        let mut bytes = Vec::new();
        log.read_to_end(&mut bytes).unwrap();
        let mut text = self.shown(&String::from_utf8_lossy(&bytes));
        let code = status.code().unwrap_or(-1);
        if code != 0 {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&self.exit_line(code));
        }
        Ok((tidy(&text), code))
    }
}

/// Trailing spaces and empty lines at the end do not count.
fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let n = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    lines[..n].join("\n")
}

/// Does the output match what the page shows (`...` standing for any lines)?
fn matches(shown: &str, got: &str) -> bool {
    let shown: Vec<&str> = shown.lines().collect();
    let got: Vec<&str> = got.lines().collect();
    fn go(s: &[&str], g: &[&str]) -> bool {
        match s.split_first() {
            None => g.is_empty(),
            Some((&"...", rest)) => (0..=g.len()).any(|k| go(rest, &g[k..])),
            Some((line, rest)) => {
                g.first().is_some_and(|got| line_matches(line, got)) && go(rest, &g[1..])
            }
        }
    }
    go(&shown, &got)
}

/// A shown line matches a printed one: equal, or with `...` inside standing for any text
/// (a time of day, a file size).
fn line_matches(shown: &str, got: &str) -> bool {
    match shown.split_once("...") {
        Some((head, tail)) if !shown.trim().eq("...") => {
            got.len() >= head.len() + tail.len()
                && got.starts_with(head)
                && line_matches_tail(tail, &got[head.len()..])
        }
        _ => shown == got,
    }
}

fn line_matches_tail(shown: &str, got: &str) -> bool {
    if !shown.contains("...") {
        return got.ends_with(shown);
    }
    (0..=got.len())
        .filter(|i| got.is_char_boundary(*i))
        .any(|i| line_matches(shown, &got[i..]))
}

/// A line diff, `-` shown on the page, `+` printed by the program.
fn diff(shown: &str, got: &str) -> String {
    let a: Vec<&str> = shown.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "   {}", a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "+  {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "-  {}", a[i]);
            i += 1;
        }
    }
    out
}

/// Run every `console` block of a page; returns the problems, and the page as re-recorded.
fn run_page(page: &Path) -> (Vec<String>, Option<String>) {
    let text = std::fs::read_to_string(page).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let name = page
        .strip_prefix(root())
        .unwrap_or(page)
        .display()
        .to_string();
    let russian = russian(page);
    let mut problems = Vec::new();
    // (line range, new output) for blessing.
    let mut rewrites: Vec<(usize, usize, String)> = Vec::new();
    let mut session: Option<Session> = None;
    for block in blocks(&lines) {
        let hidden = block.info == "hidden";
        if block.info != "console" && !hidden {
            continue;
        }
        if block.fresh.is_some() || session.is_none() {
            session = Some(Session::new(russian, block.fresh == Some(true)));
        }
        let s = session.as_mut().unwrap();
        for step in steps(&lines, &block) {
            let shown: Vec<&str> = lines[step.out_start..step.out_end]
                .iter()
                .map(|l| unindent(l, &block))
                .collect();
            let shown = tidy(&shown.join("\n"));
            match s.run(&step.command) {
                Err(e) => problems.push(format!("{name}:{}: {e}", step.out_start)),
                Ok((got, code)) if hidden => {
                    if code != 0 {
                        problems.push(format!(
                            "{name}:{}: hidden `$ {}` failed:\n{got}",
                            step.out_start, step.command
                        ));
                    }
                }
                Ok((got, _)) if matches(&shown, &got) => {}
                Ok((got, _)) => {
                    problems.push(format!(
                        "{name}:{}: `$ {}` prints other than the page shows \
                         (- page, + program):\n{}",
                        step.out_start,
                        step.command,
                        diff(&shown, &got)
                    ));
                    let pad = " ".repeat(block.indent);
                    let got: Vec<String> = got
                        .lines()
                        .map(|l| format!("{pad}{l}").trim_end().to_string())
                        .collect();
                    rewrites.push((step.out_start, step.out_end, got.join("\n")));
                }
            }
        }
    }
    let blessed = (!rewrites.is_empty()).then(|| {
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        for (start, end, got) in &rewrites {
            out.extend(lines[i..*start].iter().map(|l| l.to_string()));
            out.extend(got.lines().map(str::to_string).filter(|_| !got.is_empty()));
            i = *end;
        }
        out.extend(lines[i..].iter().map(|l| l.to_string()));
        let mut s = out.join("\n");
        if text.ends_with('\n') {
            s.push('\n');
        }
        s
    });
    (problems, blessed)
}

#[test]
fn shown_output_is_what_the_program_prints() {
    let bless = std::env::var_os("EJOURNAL_BLESS").is_some_and(|v| v != "0" && !v.is_empty());
    demo();
    let results: Vec<(PathBuf, Vec<String>, Option<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = pages()
            .into_iter()
            .map(|p| {
                scope.spawn(move || {
                    let (problems, blessed) = run_page(&p);
                    (p, problems, blessed)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut problems = Vec::new();
    for (page, page_problems, blessed) in results {
        match blessed {
            Some(text) if bless => {
                std::fs::write(&page, text).unwrap();
                eprintln!("re-recorded the shown output in {}", page.display());
                problems.extend(
                    page_problems
                        .into_iter()
                        .filter(|p| !p.contains("prints other than the page shows")),
                );
            }
            _ => problems.extend(page_problems),
        }
    }
    assert!(
        problems.is_empty(),
        "{} example(s) in the docs differ from the program (re-record them with \
         `EJOURNAL_BLESS=1 cargo test --release --test docs` once the change is intended):\n\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every `ejournal …` command shown without output still parses.
#[test]
fn commands_shown_without_output_parse() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let name = page
            .strip_prefix(root())
            .unwrap_or(&page)
            .display()
            .to_string();
        for block in blocks(&lines) {
            if !matches!(block.info.as_str(), "" | "sh" | "bash" | "shell") {
                continue;
            }
            let mut i = block.start;
            while i < block.end {
                let at = i + 1;
                let mut line = lines[i].trim_start().to_string();
                line = line.strip_prefix("$ ").unwrap_or(&line).to_string();
                while strip_comment(&line).trim_end().ends_with('\\') && i + 1 < block.end {
                    line = strip_comment(&line)
                        .trim_end()
                        .trim_end_matches('\\')
                        .to_string();
                    i += 1;
                    line.push(' ');
                    line.push_str(lines[i].trim_start());
                }
                i += 1;
                let Some(argv) = ejournal_command(&line) else {
                    continue;
                };
                checked += 1;
                if let Err(e) = ejournal::cli::parse(&argv) {
                    use clap::error::ErrorKind::*;
                    if !matches!(
                        e.kind(),
                        DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand
                    ) {
                        problems.push(format!(
                            "{name}:{at}: `{}` does not parse:\n{}",
                            argv.join(" "),
                            e.render()
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 0, "no command found in the docs' sh blocks");
    assert!(
        problems.is_empty(),
        "{} command(s) in the docs do not parse:\n\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The `ejournal …` command of a shell line (after `sudo -u x`, `VAR=value`, `$ `), up to the
/// first shell operator; `None` when the line runs no ejournal command.
fn ejournal_command(line: &str) -> Option<Vec<String>> {
    let words = shlex::split(strip_comment(line))?;
    let at = words
        .iter()
        .position(|w| w == "ejournal" || w.ends_with("/ejournal"))?;
    // `ejournal` as an argument of something else (a path, a word of a sentence).
    let runner = |w: &String| {
        is_assignment(w)
            || ["sudo", "-u", "do", "then", "&&"].contains(&w.as_str())
            || words[..at].windows(2).any(|p| p[0] == "-u" && p[1] == *w)
    };
    if !words[..at].iter().all(runner) {
        return None;
    }
    let mut argv = vec!["ejournal".to_string()];
    for w in &words[at + 1..] {
        if matches!(
            w.as_str(),
            "|" | "||" | "&&" | ";" | ">" | ">>" | "2>" | "2>&1" | "<" | "&" | ")"
        ) || w.starts_with('>')
            || w.starts_with("2>")
        {
            break;
        }
        if let Some(end) = w.strip_suffix(';') {
            argv.push(end.to_string());
            break;
        }
        argv.push(w.clone());
    }
    // `ejournal --version` and the like: nothing to check but the parse.
    Some(argv)
}

#[test]
fn the_harness_compares_and_diffs() {
    assert!(matches("a\n...\nd", "a\nb\nc\nd"));
    assert!(matches("a\n...", "a"));
    assert!(!matches("a\n...\nd", "a\nb\nc"));
    assert!(!matches("a\nb", "a\nc"));
    assert!(matches(
        "backup: x_...db (...), f",
        "backup: x_2023_1.db (1 MB), f"
    ));
    assert!(!matches("backup: x_...db", "backup: y_1.db"));
    let d = diff("a\nb\nc", "a\nx\nc");
    assert!(d.contains("-  b") && d.contains("+  x"), "{d}");
    assert_eq!(
        strip_comment("ejournal x \"a # b\" # c"),
        "ejournal x \"a # b\" "
    );
    assert_eq!(
        ejournal_command("sudo -u deputy EJOURNAL_DB=x ejournal init --year 2024/2025 | tee y"),
        Some(vec![
            "ejournal".into(),
            "init".into(),
            "--year".into(),
            "2024/2025".into()
        ])
    );
    assert_eq!(ejournal_command("cargo install --path ."), None);
}
