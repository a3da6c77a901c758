package dev.asyncwright.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.engine.Checker;
import dev.asyncwright.engine.FileResult;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes real fixes get: what the window's "group by change" puts together. */
class RewriteShapeTest {

  @TempDir Path dir;

  @Test
  void aOneLineRewriteIsItsCodeAndABlockRewriteItsMessage() throws Exception {
    Map<String, String> shapes =
        shapes(
            "import asyncio\n\n\nasync def wait(event):\n    try:\n"
                + "        await asyncio.wait_for(event.wait(), 1)\n"
                + "    except asyncio.TimeoutError:\n        pass\n");
    assertEquals(
        Map.of(
            "AW501",
            "Replace with `async with asyncio.timeout(...)`",
            "AW502",
            "`asyncio.TimeoutError` → `TimeoutError`"),
        shapes);
  }

  @Test
  void anArgumentDroppedFirstOrLaterIsOneShape() throws Exception {
    Map<String, String> first =
        shapes("import asyncio\n\n\ndef make(loop):\n    return asyncio.Queue(loop=loop)\n");
    Map<String, String> later =
        shapes("import asyncio\n\n\ndef make(loop):\n    return asyncio.Queue(3, loop=loop)\n");
    assertEquals(Map.of("AW603", "delete `loop=loop`"), first);
    assertEquals(first, later);
  }

  @Test
  void findingsWithoutAFixAreNoFixOrAdviceOnlyWhateverTheReason() throws Exception {
    Map<String, String> shapes =
        shapes(
            "import asyncio\n\n\nasync def run(coros, urls, fetch):\n"
                + "    await asyncio.gather(*coros)\n"
                + "    await asyncio.gather(*[fetch(u) for u in urls])\n");
    assertEquals("no fix", shapes.get("AW302"));
    assertEquals("advice only", shapes.get("AW701"));
  }

  /** Each finding's code and shape, for one file checked with every rule on 3.11. */
  private Map<String, String> shapes(String source) throws Exception {
    Path file = Files.writeString(dir.resolve("module.py"), source);
    Settings settings = new Settings(RuleRegistry.all(), new PythonVersion(11), true);
    Checker.Input input = new Checker.Input(file, "module.py", "module", Set.of());
    List<FileResult> results =
        new Checker(settings, 1).run(List.of(input), false, (r, d, t) -> {}, () -> false);
    FileReview review = new FileReview(input, results.get(0));
    Map<String, String> shapes = new TreeMap<>();
    for (FindingItem item : review.findings()) {
      // Two findings of one rule with different shapes would show as both, one after the other.
      shapes.merge(item.code(), RewriteShape.of(item), (a, b) -> a.equals(b) ? a : a + " | " + b);
    }
    return shapes;
  }
}
