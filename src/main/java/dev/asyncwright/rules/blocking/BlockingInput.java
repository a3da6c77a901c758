package dev.asyncwright.rules.blocking;

import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.match.CallMatcher;
import dev.asyncwright.rules.match.Calls;
import dev.asyncwright.semantic.CallSite;
import java.util.Set;

/** AW105: {@code input()} in a coroutine waits for the user with the event loop stopped. */
public final class BlockingInput implements Rule {

  private static final CallMatcher INPUT = Calls.of("builtins.input");

  @Override
  public String code() {
    return "AW105";
  }

  @Override
  public boolean onlyInCoroutines() {
    return true;
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("input");
  }

  @Override
  public String fixSummary() {
    return "`await asyncio.to_thread(input, ...)`";
  }

  @Override
  public String finds() {
    return "`input()` in a coroutine";
  }

  @Override
  public String name() {
    return "blocking-input";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Calls of the builtin `input()` inside a coroutine (`async def`), also written"
            + " `builtins.input()`; a local name `input` that shadows the builtin is not"
            + " flagged.",
        "`input()` holds the thread until a whole line arrives on standard input, and with it"
            + " the event loop: no other task runs and no timeout fires while the program waits"
            + " for a person, which can be forever.",
        "async def main():\n" + "    name = input(\"Name? \")\n" + "    await greet(name)",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def main():\n"
            + "    name = await asyncio.to_thread(input, \"Name? \")\n"
            + "    await greet(name)",
        "Unsafe: other tasks now run while the program waits for the line, which is the point"
            + " of the fix but changes the order of events (output of other tasks may appear"
            + " after the prompt). The worker thread cannot be cancelled: a cancelled task stops"
            + " waiting, but the thread keeps reading until a line arrives. The arguments keep"
            + " their source text; a call followed by more trailers is parenthesized"
            + " (`(await asyncio.to_thread(input)).strip()`). No fix inside a generator"
            + " expression.",
        "3.9 (`asyncio.to_thread`)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().coroutineCalls()) {
      if (!INPUT.matches(call, context)) {
        continue;
      }
      ToThreadRewrite.report(
          context,
          ToThreadRewrite.finding(
              code(),
              "`input()` blocks the event loop inside a coroutine while it waits for a line of"
                  + " input",
              call),
          call);
    }
  }
}
