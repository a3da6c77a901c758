package dev.asyncwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.engine.FileChecker;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.semantic.ProjectIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the fixture files cannot show, since they apply unsafe fixes too: which fixes are safe and
 * which unsafe, why a fix is withheld, and that display-only rules offer none.
 */
class FixApplicabilityTest {

  /** One line per finding: {@code line: CODE safe|unsafe|withheld: why|none}. */
  private static List<String> describe(
      String code, String path, String text, PythonVersion target, ProjectIndex project) {
    SourceFile source = SourceFile.ofText(path, text);
    Rule rule = RuleRegistry.byCode(code).orElseThrow();
    FileChecker checker = new FileChecker(new Settings(List.of(rule), target, true), project);
    List<String> lines = new ArrayList<>();
    for (Finding finding : checker.check(source).findings()) {
      String how =
          finding.fix().isPresent()
              ? finding.fix().get().applicability().label()
              : finding.withheld() != null ? "withheld: " + finding.withheld() : "none";
      lines.add(source.positionOfCodePoint(finding.start()).line() + ": " + how);
    }
    return lines;
  }

  private static List<String> describe(String code, String text) {
    return describe(code, "m.py", text, new PythonVersion(11), ProjectIndex.EMPTY);
  }

  @Test
  void ensureFutureIsSafeOnlyForKnownCoroutineFunctionsInsideCoroutines() {
    String text =
        """
        import asyncio
        from pkg.mod import remote

        async def fetch():
            return 1

        def plain():
            return fetch()

        async def wrapped():
            return 2

        wrapped = decorate(wrapped)

        @decorate
        async def decorated():
            return 3

        async def main(unknown):
            asyncio.ensure_future(fetch())
            asyncio.ensure_future(asyncio.sleep(1))
            asyncio.ensure_future(plain())
            asyncio.ensure_future(wrapped())
            asyncio.ensure_future(decorated())
            asyncio.ensure_future(unknown())
            asyncio.ensure_future(remote())

        def sync_caller():
            asyncio.ensure_future(fetch())
        """;
    assertEquals(
        List.of(
            "20: safe",
            "21: safe",
            "22: unsafe",
            "23: unsafe",
            "24: unsafe",
            "25: unsafe",
            "26: unsafe",
            "29: unsafe"),
        describe("AW304", text));

    ProjectIndex project = new ProjectIndex();
    project.add(
        "pkg.mod",
        dev.asyncwright.semantic.ModuleModel.of(
            (dev.asyncwright.python.ParsedModule)
                dev.asyncwright.python.ParserThreads.parser()
                    .parse(SourceFile.ofText("pkg/mod.py", "async def remote():\n    pass\n"))));
    assertEquals(
        "26: safe", describe("AW304", "m.py", text, new PythonVersion(11), project).get(6));
  }

  @Test
  void ensureFutureWithLoopArgumentIsReportedWithoutFix() {
    List<String> found =
        describe(
            "AW304",
            "import asyncio\nasync def f():\n    pass\n"
                + "async def main(loop):\n    asyncio.ensure_future(f(), loop=loop)\n");
    assertEquals(1, found.size());
    assertTrue(found.get(0).startsWith("5: withheld: "), found.toString());
  }

  @Test
  void fixesNeedingANewerPythonAreWithheldWithTheVersion() {
    String loop = "import asyncio\nasync def main(loop):\n    await asyncio.sleep(0, loop=loop)\n";
    assertEquals(
        List.of("3: withheld: the fix needs Python 3.10 (the target is 3.9)"),
        describe("AW603", "m.py", loop, PythonVersion.parse("py39"), ProjectIndex.EMPTY));
    assertEquals(List.of("3: unsafe"), describe("AW603", loop));

    // asyncio stays in use: the fix that drops a dead import is unsafe
    String timeout =
        "import asyncio\ntry:\n    pass\nexcept asyncio.TimeoutError:\n    asyncio.sleep\n";
    assertEquals(
        List.of("4: withheld: the fix needs Python 3.11 (the target is 3.10)"),
        describe("AW502", "m.py", timeout, PythonVersion.parse("py310"), ProjectIndex.EMPTY));
    assertEquals(List.of("4: safe"), describe("AW502", timeout));
  }

  @Test
  void timeoutErrorImportInAPackageInitIsUnsafeAndInAllIsNotFixed() {
    String text = "from asyncio import TimeoutError as T\n\ndef f(e):\n    return e is T\n";
    // removing a module-level import is unsafe anywhere: another module may import the name
    assertEquals(List.of("4: unsafe"), describe("AW502", text));
    assertEquals(
        List.of("4: unsafe"),
        describe("AW502", "pkg/__init__.py", text, new PythonVersion(11), ProjectIndex.EMPTY));
    assertEquals(
        List.of("5: withheld: `T` is listed in `__all__`"),
        describe("AW502", text.replace("\n\n", "\n__all__ = ['T']\n\n")));
  }

  @Test
  void gatherIsUnsafeAndSaysWhyItHasNoFix() {
    String text =
        """
        import asyncio

        async def work():
            pass

        async def main(task, flag):
            await asyncio.gather(work(), work())
            await asyncio.gather(task, work())
            await asyncio.gather(work(), return_exceptions=flag)
            print(await asyncio.gather(work()))
        """;
    assertEquals(
        List.of(
            "7: unsafe",
            "8: withheld: `task` is not a call: it may be a task or future, which"
                + " `create_task()` refuses",
            "9: withheld: `return_exceptions` is given: a TaskGroup has no such mode",
            "10: withheld: the `await` is not the whole value of a statement, an assignment or a"
                + " `return`"),
        describe("AW302", text));
    assertEquals(
        "7: withheld: the fix needs Python 3.11 (the target is 3.10)",
        describe("AW302", "m.py", text, PythonVersion.parse("py310"), ProjectIndex.EMPTY).get(0));
  }

  @Test
  void gatherOfAMethodTheClassDefinesWithoutAsyncHasNoFix() {
    String text =
        """
        import asyncio

        class Service:
            def compute(self):
                return asyncio.ensure_future(self.go())

            async def go(self):
                pass

            async def run(self, other):
                await asyncio.gather(self.compute(), self.go())
                await asyncio.gather(self.go(), other.compute(), self.inherited())
        """;
    assertEquals(
        List.of(
            "11: withheld: `self.compute()` may not give a coroutine: the class defines `compute`"
                + " other than by a plain `async def`",
            // other.compute() and self.inherited() may give futures, which create_task refuses
            "12: withheld: `compute()` is not known to give a coroutine (it may give a future or"
                + " another awaitable, which `create_task()` refuses)"),
        describe("AW302", text));
  }

  @Test
  void gatherInsideContextlibSuppressHasNoFix() {
    String text =
        """
        import asyncio
        from contextlib import suppress as quiet

        async def work():
            pass

        async def main():
            with quiet(ValueError):
                await asyncio.gather(work(), work())
        """;
    assertEquals(
        List.of(
            "9: withheld: `contextlib.suppress()` around it suppresses what `gather()` raises,"
                + " where a TaskGroup raises an `ExceptionGroup` (which `suppress()` lets through"
                + " before Python 3.12)"),
        describe("AW302", text));
  }

  @Test
  void manualTasksAreUnsafeAndSayWhyTheyHaveNoFix() {
    String text =
        """
        import asyncio

        async def work():
            pass

        async def main():
            a = asyncio.create_task(work())
            b = asyncio.create_task(work())
            await a
            await b
            c = asyncio.create_task(work())
            d = asyncio.create_task(work())
            await c
            await d
            return d.result()
        """;
    assertEquals(
        List.of("7: unsafe", "11: withheld: `d` is used elsewhere than in its `await`"),
        describe("AW301", text));
    assertEquals(
        "7: withheld: the fix needs Python 3.11 (the target is 3.10)",
        describe("AW301", "m.py", text, PythonVersion.parse("py310"), ProjectIndex.EMPTY).get(0));
  }

  @Test
  void manualTasksHaveNoFixWhenAStatementMovedIntoTheBlockAwaits() {
    String text =
        """
        import asyncio

        async def work():
            pass

        async def main():
            a = asyncio.create_task(work())
            b = asyncio.create_task(work())
            await asyncio.sleep(0)
            await a
            await b
        """;
    assertEquals(
        List.of(
            "7: withheld: a statement between the tasks and their awaits awaits (`await`, `async"
                + " for`, `async with`): in the block, a failing task would cancel it there, where"
                + " it used to run to its end"),
        describe("AW301", text));
  }

  @Test
  void displayOnlyRulesOfferNoFix() {
    String text =
        "import asyncio\nasync def f(loop):\n    asyncio.run(g())\n"
            + "    asyncio.get_running_loop().run_until_complete(g())\n";
    assertEquals(List.of("3: none", "4: none"), describe("AW402", text));
    assertEquals(
        List.of("1: none"),
        describe("AW604", "async def _f():\n    return 1\n\nasync def g():\n    await _f()\n"));
  }

  @Test
  void everyRuleDocumentsEverySection() {
    for (Rule rule : RuleRegistry.all()) {
      RuleDoc doc = rule.doc();
      for (String section :
          List.of(
              doc.summary(),
              doc.why(),
              doc.example(),
              doc.useInstead(),
              doc.fixSafety(),
              doc.pythonVersion())) {
        assertFalse(section == null || section.isBlank(), rule.code() + " lacks a doc section");
      }
      assertTrue(rule.name().matches("[a-z]+(-[a-z]+)*"), rule.name());
    }
  }
}
