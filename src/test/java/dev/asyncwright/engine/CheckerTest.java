package dev.asyncwright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multi-file check: a rule's use of the project index sees every file, in any order. */
class CheckerTest {

  @TempDir Path dir;

  @Test
  void aCoroutineFunctionOfAnotherModuleIsKnownWhateverTheOrderOfFiles() throws Exception {
    Path caller =
        Files.writeString(
            dir.resolve("a_caller.py"),
            "import asyncio\nfrom b_service import fetch\n\n\nasync def main():\n"
                + "    task = asyncio.ensure_future(fetch())\n    await task\n");
    Path service =
        Files.writeString(dir.resolve("b_service.py"), "async def fetch():\n    return 1\n");
    Settings settings =
        new Settings(
            List.of(RuleRegistry.byCode("AW304").orElseThrow()), new PythonVersion(11), false);
    for (List<Path> order : List.of(List.of(caller, service), List.of(service, caller))) {
      List<Checker.Input> inputs = new ArrayList<>();
      for (Path file : order) {
        String name = file.getFileName().toString();
        inputs.add(new Checker.Input(file, name, name.substring(0, name.length() - 3), Set.of()));
      }
      List<FileResult> results =
          new Checker(settings, 1).run(inputs, false, (r, d, t) -> {}, () -> false);
      FileResult callerResult =
          results.stream().filter(r -> r.path().equals("a_caller.py")).findFirst().orElseThrow();
      Finding finding = callerResult.findings().get(0);
      assertEquals(
          Applicability.SAFE,
          finding.fix().orElseThrow().applicability(),
          "fetch is a coroutine function of the project, in order " + order);
    }
  }
}
