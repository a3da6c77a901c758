package dev.asyncwright.rules.blocking;

import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AW103: starting a process and waiting for it ({@code subprocess.run}, {@code os.system}, {@code
 * os.wait*}...) in a coroutine stops the event loop until the child exits.
 */
public final class BlockingSubprocess implements Rule {

  /** Calls that wait for a child process: the to_thread fix always fits. */
  private static final Set<String> WAITING =
      Set.of(
          "subprocess.run",
          "subprocess.call",
          "subprocess.check_call",
          "subprocess.check_output",
          "subprocess.getoutput",
          "subprocess.getstatusoutput",
          "os.system",
          "os.wait",
          "os.waitpid",
          "os.wait3",
          "os.wait4",
          "os.waitid");

  /** {@code os.spawn*}: they wait only with {@code os.P_WAIT} as the mode. */
  private static final Set<String> SPAWN =
      Set.of(
          "os.spawnl",
          "os.spawnle",
          "os.spawnlp",
          "os.spawnlpe",
          "os.spawnv",
          "os.spawnve",
          "os.spawnvp",
          "os.spawnvpe");

  /**
   * Calls that start a process and return an object the program waits on later: the fix moves the
   * start into a thread only where the object is kept as it is ({@code p = subprocess.Popen(...)});
   * {@code os.popen(cmd).read()} or {@code Popen(...).wait()} would still block after it.
   */
  private static final Set<String> STARTING = Set.of("subprocess.Popen", "os.popen");

  /**
   * Calls that start a process and return its pid at once, as {@code os.spawn*} with another mode
   * than {@code P_WAIT} does: the fork and exec still run in the loop's thread.
   */
  private static final Set<String> STARTING_A_PID = Set.of("os.posix_spawn", "os.posix_spawnp");

  @Override
  public String code() {
    return "AW103";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async");
  }

  @Override
  public String fixSummary() {
    return "`await asyncio.to_thread(...)`";
  }

  @Override
  public String finds() {
    return "`subprocess.run()`, `os.system()` and the like in a coroutine";
  }

  @Override
  public String name() {
    return "blocking-subprocess";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls inside a coroutine (`async def`) that run a child process and wait for it:"
            + " `subprocess.run/call/check_call/check_output/getoutput/getstatusoutput`,"
            + " `subprocess.Popen(...)`, `os.system`, `os.popen`, `os.spawn*` with `os.P_WAIT` as"
            + " the mode, and `os.wait`, `os.waitpid`, `os.wait3`, `os.wait4`, `os.waitid`; and"
            + " those that start one with a blocking fork and exec and return its pid:"
            + " `os.spawn*` with any other mode (or one the rule cannot read), `os.posix_spawn`,"
            + " `os.posix_spawnp` (as Ruff's ASYNC220 and 221 tell them apart). Names resolve through imports (`import subprocess as"
            + " sp`, `from os import system`); a local name that shadows them is not flagged."
            + " Methods of a `Popen` object (`wait`, `communicate`) are not followed.",
        "The call holds the thread until the child process exits, and with it the event loop:"
            + " no other task runs and no timeout fires for as long as the command takes.",
        "import subprocess\n"
            + "\n"
            + "\n"
            + "async def build():\n"
            + "    result = subprocess.run([\"make\"], capture_output=True)\n"
            + "    return result.returncode",
        "import asyncio\n"
            + "import subprocess\n"
            + "\n"
            + "\n"
            + "async def build():\n"
            + "    result = await asyncio.to_thread(subprocess.run, [\"make\"], capture_output=True)\n"
            + "    return result.returncode\n"
            + "\n"
            + "# or asyncio.create_subprocess_exec(...) and await proc.wait()",
        "Unsafe: the call runs in a worker thread of the default executor while other tasks"
            + " run, which changes the order of events; context variables are copied into the"
            + " thread. The arguments keep their source text; a call followed by more trailers"
            + " is parenthesized (`(await asyncio.to_thread(subprocess.run, cmd)).returncode`)."
            + " `subprocess.Popen(...)` and `os.popen(...)` get the fix only when their result is"
            + " kept whole (`p = subprocess.Popen(cmd)`): the object is then made in the thread,"
            + " but waiting on it later still blocks; `os.popen(cmd).read()`,"
            + " `Popen(...).wait()` and `with subprocess.Popen(...) as p:` get no fix. No fix"
            + " inside a generator expression either.",
        "3.9 (`asyncio.to_thread`)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().coroutineCalls()) {
      String callee = context.model().calleeName(call).orElse("");
      boolean spawns = SPAWN.contains(callee);
      boolean waits = WAITING.contains(callee) || (spawns && waitMode(context, call));
      // a spawn whose mode is not P_WAIT (or not known to be) starts the child at least
      boolean starts =
          STARTING.contains(callee) || STARTING_A_PID.contains(callee) || (spawns && !waits);
      if (!waits && !starts) {
        continue;
      }
      Finding finding =
          ToThreadRewrite.finding(
              code(), message(ToThreadRewrite.display(callee), starts, call), call);
      if (starts && !call.endsPrimary()) {
        context.report(finding);
      } else {
        ToThreadRewrite.report(context, finding, call);
      }
    }
  }

  private static String message(String what, boolean starts, CallSite call) {
    if (!starts) {
      return what + " blocks the event loop inside a coroutine until the child process exits";
    }
    String message = what + " blocks the event loop inside a coroutine while it starts a process";
    if (ToThreadRewrite.isWithContext(call)) {
      return message
          + ", and the `with` block waits for it on exit: move the block into a function run by"
          + " `asyncio.to_thread()`, or use `asyncio.create_subprocess_exec()`";
    }
    if (!call.endsPrimary()) {
      return message
          + ", and using its result right away blocks too: move that work into a function run"
          + " by `asyncio.to_thread()`, or use `asyncio.create_subprocess_exec()`";
    }
    return message;
  }

  /** Whether the first argument of an {@code os.spawn*} call is {@code os.P_WAIT}. */
  private static boolean waitMode(RuleContext context, CallSite call) {
    List<ValueArgumentContext> positional = call.positional();
    Optional<ValueArgumentContext> mode =
        positional.isEmpty() ? call.keyword("mode") : Optional.of(positional.get(0));
    if (mode.isEmpty()) {
      return false;
    }
    ExpressionContext expression = mode.get().expression(mode.get().EQUAL() == null ? 0 : 1);
    if (expression.getChildCount() != 1
        || !(expression.getChild(0) instanceof OperationContext operation)
        || operation.getChildCount() != 1
        || !(operation.getChild(0) instanceof PrimaryContext primary)) {
      return false;
    }
    int attributes = primary.getRuleContexts(TrailerContext.class).size();
    return context
        .model()
        .qualifiedName(primary, attributes)
        .filter("os.P_WAIT"::equals)
        .isPresent();
  }
}
