package dev.asyncwright.rules.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.tree.Name;
import dev.asyncwright.tree.ValueUse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallsTest {

  private static final String MODULE =
      """
      import asyncio
      import asyncio as aio
      import aiohttp
      from asyncio import create_task as spawn

      def create_task(c):
          return c

      async def main(session: aiohttp.ClientSession, other):
          asyncio.create_task(a())
          aio.create_task(b())
          spawn(c())
          create_task(d())
          await session.close()
          other.close()
          if session.closed:
              session.close()

      def plain(session: aiohttp.ClientSession):
          asyncio.create_task(e())
          x = session.close()
      """;

  /** The calls the matcher matches, by their text. */
  private static List<String> matched(CallMatcher matcher) {
    ParsedModule module =
        (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", MODULE));
    ModuleModel model = ModuleModel.of(module);
    RuleContext context =
        new RuleContext(model, PythonVersion.parse("3.11"), new ProjectIndex(), finding -> {});
    return model.calls().stream()
        .filter(call -> matcher.matches(call, context))
        .map(CallsTest::text)
        .toList();
  }

  private static String text(CallSite call) {
    return MODULE.substring(call.view().start(), call.view().end());
  }

  @Test
  void aFunctionIsMatchedHoweverTheModuleImportsIt() {
    assertEquals(
        List.of(
            "asyncio.create_task(a())",
            "aio.create_task(b())",
            "spawn(c())",
            "asyncio.create_task(e())"),
        matched(Calls.of("asyncio.create_task")));
  }

  @Test
  void matchersCompose() {
    assertEquals(
        List.of("asyncio.create_task(a())", "aio.create_task(b())", "spawn(c())"),
        matched(Calls.of("asyncio.create_task").and(Calls.inCoroutine())));
    assertEquals(
        List.of("asyncio.create_task(e())"),
        matched(Calls.of("asyncio.create_task").and(Calls.inCoroutine().negate())));
    assertEquals(
        List.of("e()", "session.close()"),
        matched(Calls.of("asyncio.create_task").or(Calls.inCoroutine()).negate()));
    assertEquals(
        List.of("spawn(c())", "create_task(d())"),
        matched(
            (call, context) ->
                call.view().callee() instanceof Name name
                    && Set.of("spawn", "create_task").contains(name.identifier())));
  }

  @Test
  void aMethodIsMatchedOnAValueOfAKnownClassOnly() {
    assertEquals(
        List.of("session.close()", "other.close()", "session.close()", "session.close()"),
        matched(Calls.method("close")));
    assertEquals(
        List.of("session.close()", "session.close()", "session.close()"),
        matched(Calls.method("close").on("aiohttp.ClientSession")));
    assertEquals(List.of(), matched(Calls.method("close").on("httpx.AsyncClient")));
  }

  @Test
  void aCallIsMatchedByWhatIsDoneWithItsValue() {
    assertEquals(
        List.of("session.close()"),
        matched(Calls.method("close").and(Calls.used(ValueUse.Awaited.class))));
    assertEquals(
        List.of("other.close()", "session.close()"),
        matched(Calls.method("close").and(Calls.used(ValueUse.Discarded.class))));
    assertEquals(
        List.of("session.close()"),
        matched(Calls.method("close").and(Calls.used(ValueUse.Assigned.class))));
  }

  @Test
  void aCoroutineIsMatchedByTheTypeOfWhatIsCalled() {
    assertEquals(
        List.of("session.close()", "session.close()", "session.close()"),
        matched(Calls.givingCoroutine().and(Calls.method("close"))));
  }
}
