package dev.asyncwright.rules.testing;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.tree.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AW901: {@code async def test_...} in a plain {@code unittest.TestCase}. The runner calls the
 * method, gets a coroutine, and drops it: the test's body never runs, and the test passes whatever
 * it asserts. {@code unittest.IsolatedAsyncioTestCase} runs it.
 */
public final class AsyncTestInTestCase implements Rule {

  private static final Set<String> TEST_CASE =
      Set.of("unittest.TestCase", "unittest.case.TestCase");

  @Override
  public String code() {
    return "AW901";
  }

  @Override
  public String name() {
    return "async-test-in-testcase";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("TestCase");
  }

  @Override
  public String fixSummary() {
    return "`unittest.IsolatedAsyncioTestCase`";
  }

  @Override
  public String finds() {
    return "`async def test_...` in a `unittest.TestCase`: it never runs";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "An undecorated `async def` whose name starts with `test` in the body of a class whose"
            + " base is `unittest.TestCase` itself (however imported), not `IsolatedAsyncioTestCase`"
            + " nor a class of the project or a library, which may run coroutines its own way. A"
            + " decorated test is left alone: the decorator may run the coroutine (CPython's own"
            + " tests wrap theirs in `asyncio.run()` so).",
        "`unittest.TestCase` calls each test method and ignores what it returns: for an `async"
            + " def`, a coroutine that is never awaited. The body never runs, nothing it asserts is"
            + " checked, and the test passes (3.11 adds a `DeprecationWarning`, 3.12 says \"never"
            + " awaited\"); pytest runs a `TestCase` the same way. `IsolatedAsyncioTestCase` (3.8)"
            + " runs each test in an event loop of its own.",
        "import unittest\n"
            + "\n"
            + "\n"
            + "class TestClient(unittest.TestCase):\n"
            + "    async def test_get(self):\n"
            + "        self.assertEqual(await fetch(), 200)",
        "import unittest\n"
            + "\n"
            + "\n"
            + "class TestClient(unittest.IsolatedAsyncioTestCase):\n"
            + "    async def test_get(self):\n"
            + "        self.assertEqual(await fetch(), 200)",
        "Unsafe, and meant to be: the async tests run now and may fail, having never run before;"
            + " every test of the class, sync ones too, runs with an event loop set up around it"
            + " (`asyncSetUp` and `asyncTearDown` join `setUp` and `tearDown`). Offered when the"
            + " base is written `unittest.TestCase` (the module's own name or alias): only"
            + " `TestCase` becomes `IsolatedAsyncioTestCase`. Not for `TestCase` imported by name"
            + " (`from unittest import TestCase`), where the import would change too.",
        "3.8 (`unittest.IsolatedAsyncioTestCase`)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    List<ClassDefContext> classes = new ArrayList<>(model.classes());
    classes.sort(Comparator.comparingInt(RuleContext::start));
    for (ClassDefContext type : classes) {
      Optional<PrimaryContext> base = testCaseBase(model, type);
      if (base.isEmpty()) {
        continue;
      }
      List<FunctionDefContext> tests = asyncTests(type);
      if (tests.isEmpty()) {
        continue;
      }
      Optional<Edit> rebase = rebase(base.get());
      for (FunctionDefContext test : tests) {
        Finding finding =
            Finding.of(
                code(),
                "`async def "
                    + test.name().getText()
                    + "` in a `unittest.TestCase` never runs: its coroutine is dropped, and the"
                    + " test passes whatever it asserts",
                test.ASYNC().getSymbol().getStartIndex(),
                RuleContext.end(test.name()));
        if (rebase.isEmpty()) {
          context.report(
              finding.withheld(
                  base.get().getRuleContexts(TrailerContext.class).isEmpty()
                      ? "`TestCase` is imported by name: its import would have to change too"
                      : "the base is not written `unittest.TestCase`"));
        } else {
          context.report(
              finding,
              new Fix(
                  "Make the class a `unittest.IsolatedAsyncioTestCase`",
                  Applicability.UNSAFE,
                  new PythonVersion(8),
                  List.of(rebase.get())));
        }
      }
    }
  }

  /** The base that names {@code unittest.TestCase} itself, if the class has one. */
  private static Optional<PrimaryContext> testCaseBase(ModuleModel model, ClassDefContext type) {
    if (type.arguments() == null) {
      return Optional.empty();
    }
    for (ArgumentContext argument : type.arguments().argument()) {
      if (argument instanceof ValueArgumentContext value
          && value.EQUAL() == null
          && model
              .qualifiedName(Expression.of(value.expression(0)))
              .filter(TEST_CASE::contains)
              .isPresent()) {
        return Optional.ofNullable(primaryOf(value));
      }
    }
    return Optional.empty();
  }

  private static PrimaryContext primaryOf(ValueArgumentContext value) {
    var operation = value.expression(0).operation(0);
    return operation == null || operation.primary().size() != 1 ? null : operation.primary(0);
  }

  /** The class body's own {@code async def test...} methods. */
  private static List<FunctionDefContext> asyncTests(ClassDefContext type) {
    List<FunctionDefContext> tests = new ArrayList<>();
    for (StatementContext statement : type.block().statement()) {
      if (statement.compoundStatement() == null) {
        continue;
      }
      // a decorated test may be run its own way (CPython's `@_async_test` wraps it in
      // asyncio.run()): only a plain `async def` is known to give the runner a coroutine
      FunctionDefContext function = statement.compoundStatement().functionDef();
      if (function != null
          && function.ASYNC() != null
          && function.name().getText().startsWith("test")) {
        tests.add(function);
      }
    }
    return tests;
  }

  /**
   * {@code unittest.TestCase} written with the module's name: its last name becomes {@code
   * IsolatedAsyncioTestCase}; {@code unittest.case.TestCase} and a bare name get no fix.
   */
  private static Optional<Edit> rebase(PrimaryContext base) {
    List<TrailerContext> trailers = base.getRuleContexts(TrailerContext.class);
    if (trailers.size() != 1 || !(trailers.get(0) instanceof AttributeContext attribute)) {
      return Optional.empty();
    }
    return Optional.of(
        new Edit(
            RuleContext.start(attribute.name()),
            RuleContext.end(attribute.name()),
            "IsolatedAsyncioTestCase"));
  }
}
