package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalleesTest {

  @Test
  void callsOfFindsEveryWayOfNamingTheFunctionAndNothingElse() {
    String text =
        """
        import asyncio
        import asyncio as aio
        from asyncio import sleep as pause

        async def main(clock):
            await asyncio.sleep(1)
            await aio.sleep(2)
            await pause(3)
            clock.sleep(4)
            sleep(5)
        """;
    ParsedModule module = (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
    ModuleModel model = ModuleModel.of(module);
    List<String> found =
        Callees.callsOf(model, Set.of("asyncio.sleep")).stream()
            .map(call -> call.call().getText())
            .toList();
    assertEquals(List.of("(1)", "(2)", "(3)"), found);
  }
}
