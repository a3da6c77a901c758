package dev.asyncwright.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParseResult;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.testing.Pythons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProjectIndexTest {

  private final ModuleParser parser = new ModuleParser();

  private ParsedModule parse(String text) {
    return (ParsedModule) parser.parse(SourceFile.ofText("m.py", text));
  }

  private Set<String> fromTokens(String text) {
    ProjectIndex index = new ProjectIndex();
    index.addFromTokens("pkg.mod", parser.visibleTokens(SourceFile.ofText("m.py", text)));
    return new TreeSet<>(index.coroutineFunctions());
  }

  @Test
  void findsModuleFunctionsAndMethodsButNotNestedFunctions() {
    String text =
        """
        async def top():
            async def inner():
                pass

        class Client:
            async def get(self): ...
            def sync(self):
                async def hidden():
                    pass
            class Nested:
                @decorated
                async def deep(self):
                    pass

        def plain(): pass
        async def one_liner(): return 1
        """;
    assertEquals(
        Set.of(
            "pkg.mod.top", "pkg.mod.Client.get", "pkg.mod.Client.Nested.deep", "pkg.mod.one_liner"),
        fromTokens(text));
    ProjectIndex index = new ProjectIndex();
    index.add("pkg.mod", ModuleModel.of(parse(text)));
    assertEquals(fromTokens(text), new TreeSet<>(index.coroutineFunctions()));
  }

  @Test
  void moduleNamesFollowPythonsPackages() {
    assertEquals("a.b.c", ProjectIndex.moduleName("a/b/c.py"));
    assertEquals("a.b", ProjectIndex.moduleName("a/b/__init__.py"));
    assertEquals("", ProjectIndex.moduleName("__init__.py"));
  }

  /** The token scan and the parse tree agree on every file of the standard library. */
  @Test
  void theTokenScanAgreesWithTheTreeOnTheStandardLibrary() throws Exception {
    Path stdlib = Pythons.python3().map(Pythons.Interpreter::stdlib).orElse(null);
    assumeTrue(stdlib != null && Files.isDirectory(stdlib.resolve("asyncio")), "no stdlib");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(stdlib.resolve("asyncio"))) {
      walk.filter(p -> p.toString().endsWith(".py")).forEach(files::add);
    }
    try (Stream<Path> walk = Files.walk(stdlib.resolve("test").resolve("test_asyncio"))) {
      walk.filter(p -> p.toString().endsWith(".py")).forEach(files::add);
    }
    int compared = 0;
    for (Path file : files) {
      SourceFile source = SourceFile.decode(file.toString(), Files.readAllBytes(file));
      ParseResult result = parser.parse(source);
      if (!(result instanceof ParsedModule module)) {
        continue;
      }
      ProjectIndex fromTree = new ProjectIndex();
      fromTree.add("m", ModuleModel.of(module));
      ProjectIndex fromTokens = new ProjectIndex();
      fromTokens.addFromTokens("m", parser.visibleTokens(source));
      assertEquals(
          new TreeSet<>(fromTree.coroutineFunctions()),
          new TreeSet<>(fromTokens.coroutineFunctions()),
          file.toString());
      compared++;
    }
    assertTrue(compared > 50, "compared only " + compared + " files");
  }
}
