package dev.asyncwright.rules.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.engine.FileChecker;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.fix.FixApplier;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.RuleRegistry;
import dev.asyncwright.semantic.ProjectIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AW201's fixes may be accepted one by one, in any order: the loop's assignment (and an import of
 * {@code functools}) must go with the last use rewritten, never before it.
 */
class RunInExecutorFixSubsetsTest {

  private static final String TWO_USES =
      """
      import asyncio
      import functools


      async def main(work):
          loop = asyncio.get_running_loop()
          a = await loop.run_in_executor(None, functools.partial(work, 1))
          b = await loop.run_in_executor(None, functools.partial(work, 2))
          return a + b
      """;

  private final FileChecker checker =
      new FileChecker(
          new Settings(
              List.of(RuleRegistry.byCode("AW201").orElseThrow()), PythonVersion.DEFAULT, true),
          ProjectIndex.EMPTY);

  private List<Fix> fixes(String text) {
    return checker.check(SourceFile.ofText("m.py", text)).findings().stream()
        .map(Finding::fix)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  @Test
  void eitherFixAloneKeepsTheLoopAndTheImportTheOtherUseNeeds() {
    List<Fix> fixes = fixes(TWO_USES);
    assertEquals(2, fixes.size());
    for (int i = 0; i < 2; i++) {
      String once =
          FixApplier.apply(SourceFile.ofText("m.py", TWO_USES), List.of(fixes.get(i))).text();
      assertTrue(once.contains("loop = asyncio.get_running_loop()"), once);
      assertTrue(once.contains("import functools\n"), once);
      List<Fix> left = fixes(once);
      assertEquals(1, left.size(), once);
      String twice = FixApplier.apply(SourceFile.ofText("m.py", once), left).text();
      assertFalse(twice.contains("loop"), twice);
      assertFalse(twice.contains("functools"), twice);
    }
  }

  @Test
  void bothFixesAreNeverAppliedTogether() {
    List<Fix> fixes = fixes(TWO_USES);
    FixApplier.Result together = FixApplier.apply(SourceFile.ofText("m.py", TWO_USES), fixes);
    assertEquals(1, together.applied().size());
    assertEquals(1, together.deferred().size());
  }

  @Test
  void theWholeRunRemovesWhatDiesAndNothingElse() {
    String fixed = checker.fix(SourceFile.ofText("m.py", TWO_USES)).result().text();
    assertEquals(
        """
        import asyncio


        async def main(work):
            a = await asyncio.to_thread(work, 1)
            b = await asyncio.to_thread(work, 2)
            return a + b
        """,
        fixed);
  }
}
