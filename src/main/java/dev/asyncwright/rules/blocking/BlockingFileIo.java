package dev.asyncwright.rules.blocking;

import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import java.util.Optional;
import java.util.Set;

/**
 * AW104: file I/O ({@code open()}, {@code io.open}, {@code Path.read_text} and friends) in a
 * coroutine waits for the disk with the event loop stopped.
 */
public final class BlockingFileIo implements Rule {

  /** Functions that open a file and return it: its reads and writes block later. */
  private static final Set<String> OPENERS = Set.of("builtins.open", "io.open", "io.open_code");

  /** What makes a {@code pathlib} path the rule can be sure of. */
  private static final Set<String> PATHS =
      Set.of(
          "pathlib.Path",
          "pathlib.PosixPath",
          "pathlib.WindowsPath",
          "pathlib.Path.home",
          "pathlib.Path.cwd");

  /** Path methods that do the whole file operation in one call. */
  private static final Set<String> WHOLE_FILE =
      Set.of(
          "read_text",
          "read_bytes",
          "write_text",
          "write_bytes",
          "exists",
          "is_file",
          "is_dir",
          "is_symlink",
          "stat",
          "lstat",
          "touch",
          "mkdir",
          "unlink",
          "rmdir",
          "rename",
          "replace",
          "samefile");

  /**
   * Functions that ask or change the file system in one call, by qualified name: {@code os.path}'s
   * checks and {@code shutil}'s copies, moves and removals.
   */
  private static final Set<String> FILE_SYSTEM =
      Set.of(
          "os.path.exists",
          "os.path.lexists",
          "os.path.isfile",
          "os.path.isdir",
          "os.path.islink",
          "os.path.ismount",
          "os.path.getsize",
          "os.path.getmtime",
          "os.path.getatime",
          "os.path.getctime",
          "os.path.samefile",
          "shutil.copy",
          "shutil.copy2",
          "shutil.copyfile",
          "shutil.copytree",
          "shutil.copymode",
          "shutil.copystat",
          "shutil.move",
          "shutil.rmtree");

  @Override
  public String code() {
    return "AW104";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async");
  }

  @Override
  public String fixSummary() {
    return "`await asyncio.to_thread(...)` for single calls; advice for `with open(...)`";
  }

  @Override
  public String finds() {
    return "file I/O (`open()`, `Path.read_text()`) in a coroutine";
  }

  @Override
  public String name() {
    return "blocking-file-io";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "File I/O inside a coroutine (`async def`): the builtin `open()` (not a local name that"
            + " shadows it), `io.open()`, `io.open_code()`, the file-system checks of"
            + " `os.path` (`exists`, `lexists`, `isfile`, `isdir`, `islink`, `ismount`, `getsize`,"
            + " `getmtime`, `getatime`, `getctime`, `samefile`) and `shutil`'s copies,"
            + " moves and `rmtree` (as Ruff's ASYNC240 and flake8-async see them), and the"
            + " one-call methods (`exists`, `is_file`, `is_dir`, `is_symlink`, `stat`, `lstat`,"
            + " `touch`, `mkdir`, `unlink`, `rmdir`, `rename`, `replace`, `samefile`; not"
            + " `resolve()` nor `os.path.realpath()`, path arithmetic first)"
            + " and `read_text`, `read_bytes`, `write_text`,"
            + " `write_bytes` and `open` called on a `pathlib.Path` the rule can be sure of: one"
            + " made right there (`Path(p).read_text()`, also `Path.home()`, `Path.cwd()`), or a"
            + " local name assigned once from such a constructor in the same function and bound"
            + " nowhere else; also a parameter annotated `Path` (or `Optional[Path]`) and a"
            + " `self` attribute that every assignment in its class makes a `Path`. Any other"
            + " path, from a parameter without an annotation for instance, is not guessed at.",
        "Opening, reading and writing files are blocking system calls. On a local disk they are"
            + " usually quick, but a large file, a slow or network file system, or a full page"
            + " cache stops the event loop for as long as they take: no other task runs and no"
            + " timeout fires.",
        "from pathlib import Path\n"
            + "\n"
            + "\n"
            + "async def load(path):\n"
            + "    text = Path(path).read_text()\n"
            + "    with open(path + \".meta\") as f:\n"
            + "        meta = f.read()\n"
            + "    return text, meta",
        "import asyncio\n"
            + "from pathlib import Path\n"
            + "\n"
            + "\n"
            + "async def load(path):\n"
            + "    text = await asyncio.to_thread(Path(path).read_text)\n"
            + "    with open(path + \".meta\") as f:\n"
            + "        meta = f.read()\n"
            + "    return text, meta\n"
            + "\n"
            + "# the `with open(...)` block is advice only: move it into a plain def, read_meta(path),\n"
            + "# and call `meta = await asyncio.to_thread(read_meta, path)`; or use aiofiles:\n"
            + "# `async with aiofiles.open(path) as f: meta = await f.read()`",
        "Unsafe, and only where one call does the whole job: `Path(...).read_text()`,"
            + " `read_bytes()`, `write_text(...)` and `write_bytes(...)` become `await"
            + " asyncio.to_thread(Path(...).read_text)` (arguments kept as written; a call"
            + " followed by more trailers is parenthesized). The call then runs in a worker"
            + " thread while other tasks run, which changes the order of events. `open()`,"
            + " `io.open()`, `io.open_code()` and `Path.open()` get no fix: the file object they return is read"
            + " or written afterwards (`open(p).read()`, `f = open(p)`, `with open(p) as f:`),"
            + " and those calls would still block; the message says to move the whole block into"
            + " a function run by `asyncio.to_thread()` or to use aiofiles. No fix inside a"
            + " generator expression either.",
        "3.9 (`asyncio.to_thread`)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().coroutineCalls()) {
      Optional<String> callee = context.model().calleeName(call);
      if (callee.isPresent() && OPENERS.contains(callee.get())) {
        context.report(opener(call, ToThreadRewrite.display(callee.get())));
        continue;
      }
      if (callee.isPresent() && FILE_SYSTEM.contains(callee.get())) {
        ToThreadRewrite.report(
            context,
            ToThreadRewrite.finding(
                code(),
                ToThreadRewrite.display(callee.get())
                    + " blocks the event loop inside a coroutine while it waits for the file"
                    + " system",
                call),
            call);
        continue;
      }
      Optional<String> named =
          Receivers.method(call).filter(m -> m.equals("open") || WHOLE_FILE.contains(m));
      if (named.isEmpty()) {
        continue;
      }
      String method = named.get();
      Optional<String> path = Receivers.constructor(context.model(), call);
      if (path.isEmpty()) {
        // a parameter annotated `Path`, `self.root = Path(...)`...
        path = context.types().receiverOf(call);
      }
      if (path.isEmpty() || !PATHS.contains(path.get())) {
        continue;
      }
      if (method.equals("open")) {
        context.report(opener(call, "`pathlib.Path.open()`"));
      } else if (WHOLE_FILE.contains(method)) {
        ToThreadRewrite.report(
            context,
            ToThreadRewrite.finding(
                code(),
                "`pathlib.Path."
                    + method
                    + "()` blocks the event loop inside a coroutine while"
                    + " it waits for the file system",
                call),
            call);
      }
    }
  }

  /** A finding without a fix for a call that opens a file, worded for where it stands. */
  private Finding opener(CallSite call, String what) {
    String advice =
        ToThreadRewrite.isWithContext(call)
            ? ", and so does the whole `with` block: move the block into a function run by"
                + " `asyncio.to_thread()`, or use aiofiles"
            : ", and so do reads and writes on the file it returns: move the file work into a"
                + " function run by `asyncio.to_thread()`, or use aiofiles";
    return ToThreadRewrite.finding(
        code(), what + " blocks the event loop inside a coroutine" + advice, call);
  }
}
