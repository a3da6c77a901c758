package dev.asyncwright.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProjectIndexTest {

  @Test
  void findsCoroutineFunctionsAndMethodsButNotNestedDecoratedOrGenerators() {
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
                @staticmethod
                async def deep():
                    pass
                @contextlib.asynccontextmanager
                async def managed(self):
                    yield self

        async def stream():
            yield 1

        def plain(): pass
        async def one_liner(): return 1
        """;
    ParsedModule module = (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
    ProjectIndex index = new ProjectIndex();
    index.add("pkg.mod", ModuleModel.of(module));
    assertEquals(
        Set.of(
            "pkg.mod.top", "pkg.mod.Client.get", "pkg.mod.Client.Nested.deep", "pkg.mod.one_liner"),
        new TreeSet<>(index.coroutineFunctions()));
  }

  @Test
  void aModelOfDeclarationsOnlyTellsCoroutinesWhoseBodiesHoldGenerators() {
    // The declarations model skips function bodies, so it has no scope for the generator
    // nested in one: deciding who yields must not ask for it.
    String text =
        """
        async def gathers():
            def numbers():
                yield 1
            return [n async for n in source(numbers(), lambda: (yield))]

        async def stream():
            yield 1
        """;
    ParsedModule module = (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
    ProjectIndex index = new ProjectIndex();
    index.add("pkg.mod", ModuleModel.declarationsOf(module, "pkg"));
    assertEquals(Set.of("pkg.mod.gathers"), new TreeSet<>(index.coroutineFunctions()));
  }

  @Test
  void decoratorsCountByWhatTheyMeanNotHowTheyAreSpelled() {
    String text =
        """
        import abc

        def staticmethod(f):
            return wrap(f)

        class A:
            @staticmethod
            async def shadowed(): ...

            @abc.abstractmethod
            async def abstract(self): ...
        """;
    ParsedModule module = (ParsedModule) new ModuleParser().parse(SourceFile.ofText("m.py", text));
    ProjectIndex index = new ProjectIndex();
    index.add("m", ModuleModel.of(module));
    assertEquals(Set.of("m.A.abstract"), new TreeSet<>(index.coroutineFunctions()));
  }

  @Test
  void moduleNamesFollowPythonsPackages() {
    assertEquals("a.b.c", ProjectIndex.moduleName("a/b/c.py"));
    assertEquals("a.b", ProjectIndex.moduleName("a/b/__init__.py"));
    assertEquals("", ProjectIndex.moduleName("__init__.py"));
  }

  @Test
  void aModuleAsksAboutItselfWithoutWaitingButAboutOthersUntilTheyAreIndexed() {
    ProjectIndex index = new ProjectIndex();
    index.expectDeclarations(List.of("pkg", "pkg.a", "pkg.b", "tests.conftest", "tests.conftest"));
    // its own names, and so its packages' view of them, are final once it is added
    assertFalse(index.mayStillDeclare("pkg.a.Client", "pkg.a"));
    assertTrue(index.mayStillDeclare("pkg.b.Server", "pkg.a"));
    assertTrue(index.mayStillDeclare("pkg.Thing", "pkg.a"));
    assertTrue(index.mayStillDeclare("pkg.a.Client", null));
    // two files named alike: the other one may still declare it
    assertTrue(index.mayStillDeclare("tests.conftest.Fixture", "tests.conftest"));
    index.indexed("pkg.b");
    index.indexed("pkg");
    assertFalse(index.mayStillDeclare("pkg.b.Server", "pkg.a"));
    assertFalse(index.mayStillDeclare("pkg.Thing", "pkg.a"));
  }
}
