package dev.asyncwright.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncwright.python.ModuleParser;
import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionViewsTest {

  private record Parsed(SourceFile source, ParsedModule module) {
    String text(Node node) {
      return source.slice(node.start(), node.end());
    }
  }

  private static Parsed parse(String text) {
    SourceFile source = SourceFile.ofText("m.py", text);
    return new Parsed(source, (ParsedModule) new ModuleParser().parse(source));
  }

  /** The primaries of the module, in source order. */
  private static List<PrimaryContext> primaries(ParseTree node) {
    List<PrimaryContext> found = new ArrayList<>();
    if (node instanceof PrimaryContext primary) {
      found.add(primary);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      found.addAll(primaries(node.getChild(i)));
    }
    return found;
  }

  /** The first call of the module whose text is {@code text}. */
  private static Call call(Parsed parsed, String text) {
    for (PrimaryContext primary : primaries(parsed.module().tree())) {
      for (Expression value = Expression.of(primary); ; ) {
        if (value instanceof Call call && parsed.text(call).equals(text)) {
          return call;
        }
        if (value instanceof Call call) {
          value = call.callee();
        } else if (value instanceof Attribute attribute) {
          value = attribute.object();
        } else if (value instanceof Subscript subscript) {
          value = subscript.object();
        } else {
          break;
        }
      }
    }
    throw new AssertionError("no call " + text);
  }

  @Test
  void aChainIsNestedAsPythonNestsIt() {
    Parsed parsed = parse("a.b(1).c[2](x, *y, k=3, **z)\n");
    Call outer = call(parsed, "a.b(1).c[2](x, *y, k=3, **z)");
    Subscript subscript = assertInstanceOf(Subscript.class, outer.callee());
    assertEquals("a.b(1).c[2]", parsed.text(subscript));
    Attribute attribute = assertInstanceOf(Attribute.class, subscript.object());
    assertEquals("c", attribute.name());
    Call inner = assertInstanceOf(Call.class, attribute.object());
    assertEquals("a.b(1)", parsed.text(inner));
    assertEquals("b", inner.calledName().orElseThrow());
    Name head = assertInstanceOf(Name.class, ((Attribute) inner.callee()).object());
    assertEquals("a", head.identifier());
    assertEquals("a", parsed.text(head));
    assertTrue(outer.endsPrimary());
    assertTrue(!inner.endsPrimary());
    assertEquals(
        "POSITIONAL x, STAR y, KEYWORD 3, DOUBLE_STAR z",
        outer.arguments().stream()
            .map(a -> a.kind() + " " + parsed.text(a.value().orElseThrow()))
            .collect(Collectors.joining(", ")));
    assertEquals(1, outer.positional().size());
    assertEquals("3", parsed.text(outer.keyword("k").orElseThrow().value().orElseThrow()));
    assertTrue(outer.hasUnpacking());
    assertTrue(outer.keyword("x").isEmpty());
  }

  @Test
  void anAwaitKnowsTheCallItWraps() {
    Parsed parsed = parse("async def f():\n    await g(1)\n");
    Call call = call(parsed, "g(1)");
    ValueUse.Awaited awaited = assertInstanceOf(ValueUse.Awaited.class, call.use());
    Expression statement =
        Expression.of(
            (dev.asyncwright.python.antlr.PythonParser.ExpressionContext)
                awaited.operation().getParent());
    Await await = assertInstanceOf(Await.class, statement);
    assertEquals(call, await.call().orElseThrow());
    assertInstanceOf(ValueUse.Discarded.class, await.use());
    assertEquals("f", call.function().orElseThrow().name());
    assertTrue(call.function().orElseThrow().isAsync());
    assertTrue(call.statement().isSimple() && call.statement().isAlone());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "f()| Discarded",
        "x = f()| Assigned",
        "x = y = f()| Other",
        "x.a = f()| Assigned",
        "x, y = f()| Assigned",
        "x += f()| Other",
        "x: int = f()| Other",
        "return f()| Returned",
        "if f(): pass| Tested IF",
        "if a: pass\\nelif f(): pass| Tested ELIF",
        "while f(): pass| Tested WHILE",
        "x = a if f() else b| Tested CONDITIONAL",
        "x = f() if a else b| Other",
        "assert f()| Tested ASSERT",
        "x = [y for y in z if f()]| Tested FILTER",
        "x = {y for y in z if a if f()}| Tested FILTER",
        "x = [y for y in f()]| Other",
        "assert a, f()| Other",
        "x = not f()| Tested NOT",
        "x = not -f()| Other",
        "x = f() and a| Tested BOOLEAN",
        "x = a or f()| Other",
        "x = a and f() or b| Tested BOOLEAN",
        "x = f() == a| Other",
        "x = a and f() + 1| Other",
        "x = not f() == a| Other",
        "g(f())| Passed",
        "g(1, k=f())| Passed",
        "g(k=f() + 1)| Other",
        "g(*f())| Other",
        "g(x := f())| Other",
        "x = [f()]| Other",
        "f(); g()| Discarded",
        "await f()| Awaited",
        "with f(): pass| Entered",
        "async with a, f() as b: pass| Entered",
        "with f() if a else b: pass| Other",
        "x = -await f()| Awaited",
        "x = not await f()| Awaited",
        "x = (yield f())| Other",
      })
  void aValueKnowsWhatIsDoneWithIt(String code, String use) {
    Parsed parsed = parse("async def m():\n    " + code.replace("\\n", "\n    ") + "\n");
    ValueUse found = call(parsed, "f()").use();
    String name = found.getClass().getSimpleName();
    assertEquals(
        use.strip(),
        found instanceof ValueUse.Tested tested ? name + " " + tested.test() : name,
        code);
  }

  @Test
  void longChainsAndOperationsAreReadPlaceByPlace() {
    String chain = "a" + "(x)".repeat(1000) + "(g(y))";
    String sum = "z = " + "h() + ".repeat(1000) + "h() or not k() and m()";
    Parsed parsed = parse("async def m():\n    " + chain + "\n    " + sum + "\n");
    ValueUse.Passed passed = assertInstanceOf(ValueUse.Passed.class, call(parsed, "g(y)").use());
    assertEquals(1000, passed.call().index());
    assertTrue(passed.call().endsPrimary());
    assertEquals(
        ValueUse.Test.NOT,
        assertInstanceOf(ValueUse.Tested.class, call(parsed, "k()").use()).test());
    assertInstanceOf(ValueUse.Other.class, call(parsed, "m()").use());
    assertInstanceOf(ValueUse.Other.class, call(parsed, "h()").use());
  }

  @Test
  void theStatementHoldingAValueMayShareItsLine() {
    Parsed parsed = parse("f(); g()\nif h():\n    pass\n");
    assertTrue(!call(parsed, "f()").statement().isAlone());
    Statement condition = call(parsed, "h()").statement();
    assertTrue(!condition.isSimple() && condition.isAlone());
  }

  @Test
  void parametersKnowHowTheyArePassed() {
    Parsed parsed =
        parse(
            "@d\n@e.f(1)\nasync def m(a, b: int, /, c=1, *args, d, e: str = '', **kw) -> T:\n    pass\n");
    ParserRuleContext def = parsed.module().tree();
    Function function =
        Function.enclosing(call(parse("def q():\n    r()\n"), "r()").context()).orElseThrow();
    assertEquals("q", function.name());
    Function m = null;
    for (PrimaryContext primary : primaries(def)) {
      if (primary.getText().equals("T")) {
        m =
            new Function(
                (dev.asyncwright.python.antlr.PythonParser.FunctionDefContext)
                    primary.getParent().getParent().getParent());
      }
    }
    assertEquals(
        "a POSITIONAL_ONLY, b POSITIONAL_ONLY int, c POSITIONAL_OR_KEYWORD =1,"
            + " args VAR_POSITIONAL, d KEYWORD_ONLY, e KEYWORD_ONLY str ='', kw VAR_KEYWORD",
        m.parameters().stream()
            .map(
                p ->
                    p.name()
                        + " "
                        + p.kind()
                        + p.annotation().map(a -> " " + a.getText()).orElse("")
                        + p.defaultValue().map(v -> " =" + v.getText()).orElse(""))
            .collect(Collectors.joining(", ")));
    assertEquals("T", m.returnAnnotation().orElseThrow().getText());
    assertTrue(m.isAsync());
    assertEquals(
        "d, e.f(1)", m.decorators().stream().map(parsed::text).collect(Collectors.joining(", ")));
  }
}
