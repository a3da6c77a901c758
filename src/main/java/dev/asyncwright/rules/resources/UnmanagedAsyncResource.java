package dev.asyncwright.rules.resources;

import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.resources.ResourceKind.Form;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import java.util.Set;

/**
 * AW801: an async resource (an HTTP session, a connection pool, an async file...) opened by hand in
 * a coroutine, {@code x = aiohttp.ClientSession()}, and closed by a later statement of the same
 * block or never: an exception or an early {@code return} in between leaks it. {@code async with}
 * closes it on every way out.
 *
 * <p>The fix wraps the statements from the creation to the close in {@code async with <creation> as
 * x:} and deletes the close; for a resource never closed, up to the end of the block. It is offered
 * only where the name stays a local handle of the block: not assigned again, returned, stored,
 * handed to something that may keep it, or used after the close. A resource closed in a {@code
 * finally} or {@code except}, handed to an {@code async with} or an exit stack, or (never closed)
 * returned or stored for someone else to close, is not reported.
 */
public final class UnmanagedAsyncResource implements Rule {

  @Override
  public String code() {
    return "AW801";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return KnownResources.LIBRARIES;
  }

  @Override
  public String fixSummary() {
    return "`async with` around its uses";
  }

  @Override
  public String finds() {
    return "an async resource (`aiohttp.ClientSession()`) outside `async with`";
  }

  @Override
  public String name() {
    return "unmanaged-async-resource";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "In a coroutine, an async resource assigned to a name, `x = aiohttp.ClientSession()`,"
            + " and closed by a later statement of the same block outside a `finally` (`await"
            + " x.close()`), or never closed. Known resources, however imported:"
            + " `aiohttp.ClientSession()`, `httpx.AsyncClient()` (closed by `aclose()`), `await"
            + " asyncpg.create_pool()`, `await asyncpg.connect()`, `await aiofiles.open()`,"
            + " `await aiosqlite.connect()`, `await websockets.connect()`, `await"
            + " asyncssh.connect()` (closed by `x.close()`, perhaps followed by `await"
            + " x.wait_closed()`), `await psycopg.AsyncConnection.connect()` and `await"
            + " anyio.open_file()` (closed by `aclose()`). Not reported: a resource closed in a"
            + " `finally` or an `except`, one handed to `async with x:` or"
            + " `stack.enter_async_context(x)`, one whose close method is passed on (`stack."
            + "push_async_callback(x.close)`), and one never closed here that is returned,"
            + " stored, assigned elsewhere or passed to a call that may keep it: its new owner"
            + " may close it. A `yield x` (a pytest fixture, an `@asynccontextmanager`) only"
            + " lends it. Nor one closed by the very next statement (nothing can skip that"
            + " close: `session.close()` is what the code is about), one dropped with `del x`"
            + " (left to the garbage collector on purpose, as a test of the warning does), or"
            + " one created as the last statement of a `with pytest.raises(...)`,"
            + " `self.assertRaises(...)` or `contextlib.suppress(...)` block (its creation is"
            + " expected to fail).",
        "Any exception between the creation and the close, a cancellation included, skips the"
            + " close, and so does an early `return`: the session, connection or file stays open"
            + " until the garbage collector finds it, if ever (aiohttp warns `Unclosed client"
            + " session`, and a pool keeps its server connections). Resources opened in a loop or"
            + " per request add up to exhausted connection limits and file descriptors.",
        "import aiohttp\n"
            + "\n"
            + "\n"
            + "async def fetch(url):\n"
            + "    session = aiohttp.ClientSession()\n"
            + "    response = await session.get(url)\n"
            + "    text = await response.text()\n"
            + "    await session.close()\n"
            + "    return text",
        "import aiohttp\n"
            + "\n"
            + "\n"
            + "async def fetch(url):\n"
            + "    async with aiohttp.ClientSession() as session:\n"
            + "        response = await session.get(url)\n"
            + "        text = await response.text()\n"
            + "    return text",
        "Unsafe: the resource is now closed on every way out of the block, an exception or a"
            + " `return` included, where it stayed open before; that is the point, but whatever"
            + " still held it then sees it closed. The fix puts `async with <creation> as x:` in"
            + " place of the assignment, in the form each library documents (`async with"
            + " asyncpg.create_pool(...)`, without the `await`; `async with await"
            + " anyio.open_file(...)`, with it), moves the statements up to the close one level"
            + " deeper in the file's own indentation (tabs or spaces; blank lines and the text of"
            + " strings untouched, comments moved with their lines) and deletes the close (a"
            + " comment at its end stays, on a line of its own, unless it only speaks to tools"
            + " about that line, `# type: ignore[...]`, `# noqa`, `# pragma: ...`, which goes"
            + " with it; blank lines that would open or trail the new block, or double those"
            + " after the close, go too). A resource never closed is wrapped up to the end of"
            + " its block, so that what the block derives from it (a response, a cursor) is"
            + " still used while it is open; from there on it is closed, so a derived value"
            + " that the block returns or stores outlives it: check those. No fix, only the"
            + " finding, when the close is in another block than the creation or is not the"
            + " documented call, when the name is assigned again, returned, stored, passed to a"
            + " call that is not awaited at once (which may keep it; a coroutine function's call"
            + " too: `asyncio.create_task(worker(x))` or `return worker(x)` runs `worker` after"
            + " the block) or used by a nested function before the close, when it is used after"
            + " the close or (never closed) outside its block or before its creation (in a loop),"
            + " when the assignment or the close shares its line, for `asyncpg.connect()` (no"
            + " documented `async with`: close it in a `finally`), and in a one-line suite. A"
            + " psycopg `AsyncConnection` gets the fix only when the statement right before its"
            + " close is `await x.commit()` and no `return`, `break` or `continue` leaves the block"
            + " before it: leaving its `async with` block cleanly commits the transaction (an"
            + " exception rolls it back) before closing, where `close()` threw away what was not"
            + " committed; never closed, it gets no fix.",
        "3.5 (`async with`)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    // `from aiofiles import open as aopen`: calls of `aopen` are looked at too
    Set<String> aliases = model.namesImporting(KnownResources.creators());
    for (CallSite call : model.coroutineCalls()) {
      OpenedResource.madeBy(context, call, aliases)
          .filter(resource -> !resource.safeAsIs())
          .ifPresent(resource -> report(context, resource));
    }
  }

  private void report(RuleContext context, OpenedResource resource) {
    ResourceKind kind = resource.kind();
    Finding finding =
        Finding.of(
            code(),
            "`"
                + kind.display()
                + (resource.closed()
                    ? "` is closed by hand: an exception before the close leaks it;"
                    : "` is never closed;")
                + (kind.form() == Form.NONE
                    ? " close it in a `finally`"
                    : " open it with `async with`"),
            RuleContext.start(resource.call().primary()),
            RuleContext.end(resource.call().call()));
    new ResourceRewrite(context, resource).proposal().report(context, finding);
  }
}
