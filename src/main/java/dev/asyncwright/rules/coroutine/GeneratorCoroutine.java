package dev.asyncwright.rules.coroutine;

import dev.asyncwright.fix.Applicability;
import dev.asyncwright.fix.Edit;
import dev.asyncwright.fix.Fix;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratedContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratorContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.rules.FixProposal;
import dev.asyncwright.rules.Imports;
import dev.asyncwright.rules.Lines;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.rules.Statements;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * AW602: a generator-based coroutine, {@code @asyncio.coroutine} on a {@code def} that uses {@code
 * yield from}. The decorator was deprecated in 3.8 and removed in 3.11; {@code async def} and
 * {@code await} say the same natively.
 *
 * <p>A decorator written as a name imported with {@code from asyncio import coroutine} is fixed
 * together with every other use of that name, in one fix that also drops the import: the import
 * itself fails on 3.11, so converting the functions and leaving it would not give a module that
 * runs there.
 */
public final class GeneratorCoroutine implements Rule {

  private static final Set<String> DECORATOR =
      Set.of("asyncio.coroutine", "asyncio.coroutines.coroutine");
  private static final Set<String> MODULES = Set.of("asyncio", "asyncio.coroutines");

  /**
   * Decorators that make a generator function awaitable: {@code await} takes what it returns, so
   * {@code yield from f()} may become {@code await f()}.
   */
  private static final Set<String> AWAITABLE_GENERATOR =
      Set.of("asyncio.coroutine", "asyncio.coroutines.coroutine", "types.coroutine");

  private static final PythonVersion NEEDS = new PythonVersion(5);

  @Override
  public String code() {
    return "AW602";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("coroutine");
  }

  @Override
  public String fixSummary() {
    return "`async def` with `await`";
  }

  @Override
  public String finds() {
    return "`@asyncio.coroutine` functions";
  }

  @Override
  public String name() {
    return "generator-coroutine";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "A function decorated with `@asyncio.coroutine` (also `asyncio.coroutines.coroutine`,"
            + " an alias of asyncio, or `coroutine` imported from asyncio under any name): a"
            + " generator-based coroutine whose body waits with `yield from`, a plain function"
            + " the decorator turns into a coroutine, or an `async def` on which the decorator"
            + " does nothing.",
        "`@asyncio.coroutine` was deprecated in Python 3.8 and removed in 3.11: the module no"
            + " longer imports there. Generator-based coroutines are also slower, can be"
            + " mistaken for ordinary generators, and cannot use `async with`, `async for` or"
            + " `await` in their body.",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "@asyncio.coroutine\n"
            + "def fetch(reader):\n"
            + "    line = yield from reader.readline()\n"
            + "    return line.decode()",
        "import asyncio\n"
            + "\n"
            + "\n"
            + "async def fetch(reader):\n"
            + "    line = await reader.readline()\n"
            + "    return line.decode()",
        "Unsafe: a native coroutine is not a generator. Code that drives the function as one"
            + " breaks: `yield from fetch()` in a plain generator (one that is not itself"
            + " decorated with `@asyncio.coroutine` or `@types.coroutine`), iterating it, and"
            + " `inspect.isgeneratorfunction(fetch)` (now false). The fix removes the"
            + " decorator's line (other decorators and comments stay), makes the `def` an `async"
            + " def` and each `yield from X` of its own body (not of nested functions) an"
            + " `await X`, in parentheses where `await` would bind tighter than `X` (`x = yield"
            + " from a + b` becomes `x = await (a + b)`). A function without any `yield` is"
            + " converted as well when it returns no value; one that returns a value gets no"
            + " fix, since the decorator awaits a returned awaitable and `async def` would hand"
            + " it back instead. A function that also uses a plain `yield` is a generator that"
            + " cannot become a coroutine: no fix. So does one whose `yield from` calls a plain"
            + " generator function the module defines (with `yield`, without `@asyncio.coroutine`"
            + " or `@types.coroutine`): `f()` for a `def f` in reach, or `self.f()` for a method"
            + " of its class; `await` rejects a generator with a TypeError. A generator reached"
            + " otherwise (imported, a variable, another object's method) is not known, and is"
            + " awaited. On an `async def` the decorator is only"
            + " removed, which is safe: it returned such a function unchanged. When the"
            + " decorator is a name imported with `from asyncio import coroutine`, one fix"
            + " converts every function that name decorates and removes the import (the whole"
            + " statement if it imported nothing else); it is offered only when every use of the"
            + " name can be converted and the import is unconditional, and otherwise each"
            + " function is fixed on its own and the import stays.",
        "3.5 (`async def` and `await`; the decorator itself is gone from 3.11)");
  }

  @Override
  public void check(RuleContext context) {
    ModuleModel model = context.model();
    // decorators written as an imported name, by the scope and name that bind them
    Map<Scope, Map<String, List<DecoratorContext>>> byImport = new LinkedHashMap<>();
    Map<DecoratorContext, Finding> findings = new LinkedHashMap<>();
    // what converting each decorated function takes, or why it cannot be converted
    Map<DecoratorContext, FixProposal> conversions = new IdentityHashMap<>();
    for (FunctionDefContext function : model.functions()) {
      if (!(function.getParent() instanceof DecoratedContext decorated)) {
        continue;
      }
      List<DecoratorContext> marks = new ArrayList<>();
      for (DecoratorContext decorator : decorated.decorator()) {
        if (model.decoratorName(decorator).filter(DECORATOR::contains).isPresent()) {
          marks.add(decorator);
        }
      }
      if (marks.isEmpty()) {
        continue;
      }
      FixProposal conversion = convert(context, function, marks);
      for (DecoratorContext mark : marks) {
        findings.put(mark, finding(context, function, mark));
        conversions.put(mark, conversion);
        Optional<PrimaryContext> name = bareName(mark);
        if (name.isPresent()) {
          String bound = name.get().getStart().getText();
          model
              .bindingScope(bound, mark)
              .ifPresent(
                  scope ->
                      byImport
                          .computeIfAbsent(scope, s -> new LinkedHashMap<>())
                          .computeIfAbsent(bound, n -> new ArrayList<>())
                          .add(mark));
        }
      }
    }
    Map<DecoratorContext, Fix> shared = new IdentityHashMap<>();
    byImport.forEach(
        (scope, names) ->
            names.forEach(
                (bound, marks) ->
                    sharedFix(context, scope, bound, marks, conversions)
                        .ifPresent(fix -> marks.forEach(mark -> shared.put(mark, fix)))));
    findings.forEach(
        (mark, finding) -> {
          Fix fix = shared.get(mark);
          if (fix != null) {
            context.report(finding, fix);
          } else {
            conversions.get(mark).report(context, finding);
          }
        });
  }

  private Finding finding(RuleContext context, FunctionDefContext function, DecoratorContext mark) {
    String written = "`@" + context.text(mark.namedExpression()) + "`";
    String message =
        function.ASYNC() != null
            ? written + " does nothing on an `async def`, and is gone from Python 3.11"
            : written
                + " is gone from Python 3.11: make the function an `async def` that uses"
                + " `await`";
    return Finding.of(
        code(), message, RuleContext.start(mark), RuleContext.end(mark.namedExpression()));
  }

  /** The decorator's expression, if it is a bare name ({@code @coroutine}). */
  private static Optional<PrimaryContext> bareName(DecoratorContext decorator) {
    ExpressionContext expression = decorator.namedExpression().expression(0);
    return Statements.soleOperand(expression)
        .filter(primary -> primary instanceof NameAtomContext)
        .filter(primary -> primary.getRuleContexts(TrailerContext.class).isEmpty());
  }

  /**
   * One fix for every function a name imported from asyncio decorates, which also removes the
   * import: only when every use of the name is such a decorator on a function that converts, and
   * the import can go.
   */
  private static Optional<Fix> sharedFix(
      RuleContext context,
      Scope scope,
      String bound,
      List<DecoratorContext> marks,
      Map<DecoratorContext, FixProposal> conversions) {
    ModuleModel model = context.model();
    Set<ParseTree> decorating = Collections.newSetFromMap(new IdentityHashMap<>());
    for (DecoratorContext mark : marks) {
      if (!(conversions.get(mark) instanceof FixProposal.Offered)) {
        return Optional.empty();
      }
      bareName(mark).ifPresent(decorating::add);
    }
    for (PrimaryContext use : model.namePrimaries()) {
      if (use.getStart().getText().equals(bound)
          && model.bindingScope(bound, use).equals(Optional.of(scope))
          && !decorating.contains(use)) {
        return Optional.empty();
      }
    }
    List<ImportAsNameContext> imports =
        Imports.fromImports(model, scope, MODULES, "coroutine", bound);
    if (imports.isEmpty()
        || !imports.stream().allMatch(item -> Imports.unconditional(item, scope))
        || (scope == model.moduleScope() && Imports.listedInAll(model, bound))) {
      return Optional.empty();
    }
    List<Fix> all = new ArrayList<>();
    for (DecoratorContext mark : marks) {
      Fix conversion = ((FixProposal.Offered) conversions.get(mark)).fix();
      if (!all.contains(conversion)) {
        all.add(conversion);
      }
    }
    Fix fix = fixOf(all, scope == model.moduleScope());
    List<Edit> edits = new ArrayList<>(fix.edits());
    for (ImportAsNameContext item : imports) {
      edits.addAll(Imports.removeFromImport(context, item));
    }
    return Optional.of(new Fix(fix.message(), fix.applicability(), NEEDS, edits));
  }

  /**
   * The fix that makes these conversions; unsafe when one changes behaviour or an import another
   * module could use goes.
   */
  private static Fix fixOf(List<Fix> conversions, boolean dropsExportedName) {
    List<Edit> edits = new ArrayList<>();
    boolean unsafe = dropsExportedName;
    for (Fix conversion : conversions) {
      edits.addAll(conversion.edits());
      unsafe |= conversion.applicability() == Applicability.UNSAFE;
    }
    boolean onlyRemovals =
        conversions.stream().allMatch(c -> c.applicability() == Applicability.SAFE);
    return new Fix(
        onlyRemovals ? REMOVE : CONVERT,
        unsafe ? Applicability.UNSAFE : Applicability.SAFE,
        NEEDS,
        edits);
  }

  private static final String REMOVE = "Remove the decorator: it does nothing on an `async def`";
  private static final String CONVERT = "Make it an `async def` that uses `await`";

  /** What converting one decorated function takes: removing its decorators, and more. */
  private static FixProposal conversion(List<Edit> edits, boolean changesBehaviour) {
    return FixProposal.offer(
        changesBehaviour
            ? new Fix(CONVERT, Applicability.UNSAFE, NEEDS, edits)
            : new Fix(REMOVE, Applicability.SAFE, NEEDS, edits));
  }

  private static FixProposal convert(
      RuleContext context, FunctionDefContext function, List<DecoratorContext> marks) {
    List<Edit> edits = new ArrayList<>();
    for (DecoratorContext mark : marks) {
      edits.add(removeDecorator(context, mark));
    }
    if (function.ASYNC() != null) {
      return conversion(edits, false);
    }
    List<YieldExpressionContext> yields = new ArrayList<>();
    List<ReturnStatementContext> returns = new ArrayList<>();
    collect(context.model(), function, function.block(), yields, returns);
    if (yields.stream().anyMatch(y -> y.FROM() == null)) {
      return FixProposal.withhold(
          "it also uses a plain `yield`: a generator, not only a coroutine");
    }
    if (yields.isEmpty() && returns.stream().anyMatch(r -> r.starExpressions() != null)) {
      return FixProposal.withhold(
          "it returns a value and is no generator: the decorator awaits what it returns, an"
              + " `async def` would hand it back");
    }
    for (YieldExpressionContext yield : yields) {
      Optional<String> generator = plainGeneratorCalled(context.model(), function, yield);
      if (generator.isPresent()) {
        return FixProposal.withhold(
            "`yield from "
                + generator.get()
                + "()` delegates to a plain generator function, and `await` rejects a generator"
                + " (TypeError): make `"
                + generator.get()
                + "` a coroutine first, or decorate it with `@types.coroutine`");
      }
    }
    int def = function.DEF().getSymbol().getStartIndex();
    // A decorator line deleted right up to `def` becomes the `async ` in front of it: two edits
    // meeting there would overlap.
    boolean merged = false;
    for (int i = 0; i < edits.size(); i++) {
      Edit edit = edits.get(i);
      if (edit.end() == def && edit.content().isEmpty()) {
        edits.set(i, new Edit(edit.start(), edit.end(), "async "));
        merged = true;
      }
    }
    if (!merged) {
      edits.add(Edit.insert(def, "async "));
    }
    for (YieldExpressionContext yield : yields) {
      edits.addAll(await(context, yield));
    }
    return conversion(edits, true);
  }

  /**
   * What a {@code yield from} calls, written as in the source ({@code ticks}, {@code self.steps}),
   * when the model knows it for a plain generator function: {@code f(...)} with {@code f} bound by
   * a {@code def} of this module in reach, or {@code self.f(...)} in a method of a class whose body
   * defines {@code f}, that {@code def} using {@code yield} without a decorator that makes it
   * awaitable.
   */
  private static Optional<String> plainGeneratorCalled(
      ModuleModel model, FunctionDefContext function, YieldExpressionContext yield) {
    Optional<PrimaryContext> operand = Statements.soleOperand(yield.expression());
    if (operand.isEmpty() || !(operand.get() instanceof NameAtomContext primary)) {
      return Optional.empty();
    }
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    String head = primary.getStart().getText();
    if (trailers.size() == 1 && trailers.get(0) instanceof CallContext) {
      if (model.resolve(head, primary).isPresent()) {
        return Optional.empty(); // imported or a builtin: not known here
      }
      return model
          .bindingScope(head, primary)
          .filter(scope -> definesPlainGenerator(model, scope, head))
          .map(scope -> head);
    }
    if (trailers.size() == 2
        && trailers.get(0) instanceof AttributeContext attribute
        && trailers.get(1) instanceof CallContext
        && head.equals("self")
        && function.parameters() != null
        && !function.parameters().parameter().isEmpty()
        && function.parameters().parameter(0) instanceof PlainParameterContext first
        && first.name().getText().equals("self")
        && model.bindingScope("self", primary).map(Scope::node).orElse(null) == function) {
      Scope classScope = model.scopeAt(function);
      String method = attribute.name().getText();
      return classScope.kind() == Scope.Kind.CLASS
              && definesPlainGenerator(model, classScope, method)
          ? Optional.of("self." + method)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a {@code def} of the scope binds the name to a plain generator function. */
  private static boolean definesPlainGenerator(ModuleModel model, Scope scope, String name) {
    for (FunctionDefContext def : model.functions()) {
      if (def.ASYNC() == null
          && def.name().getText().equals(name)
          && model.scopeAt(def) == scope
          && !awaitableDecorated(model, def)
          && yields(model, def, def.block())) {
        return true;
      }
    }
    return false;
  }

  private static boolean awaitableDecorated(ModuleModel model, FunctionDefContext def) {
    return def.getParent() instanceof DecoratedContext decorated
        && decorated.decorator().stream()
            .anyMatch(
                d -> model.decoratorName(d).filter(AWAITABLE_GENERATOR::contains).isPresent());
  }

  /** Whether the function's own body (not a nested function's) holds a {@code yield}. */
  private static boolean yields(ModuleModel model, FunctionDefContext function, ParseTree node) {
    if (node instanceof YieldExpressionContext && model.scopeAt(node).node() == function) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (yields(model, function, node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  /** The {@code yield} expressions and {@code return} statements of the function's own body. */
  private static void collect(
      ModuleModel model,
      FunctionDefContext function,
      ParseTree node,
      List<YieldExpressionContext> yields,
      List<ReturnStatementContext> returns) {
    if (node instanceof YieldExpressionContext yield && model.scopeAt(yield).node() == function) {
      yields.add(yield);
    } else if (node instanceof ReturnStatementContext returned
        && model.scopeAt(returned).node() == function) {
      returns.add(returned);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(model, function, node.getChild(i), yields, returns);
    }
  }

  /**
   * The decorator's line goes; a comment at its end stays, on that line, where it still reads as a
   * note on the function.
   */
  private static Edit removeDecorator(RuleContext context, DecoratorContext decorator) {
    List<Token> tokens = context.model().module().tokens();
    Token newline = decorator.getStop();
    int at = decorator.getStart().getStartIndex();
    for (int i = decorator.getStart().getTokenIndex(); i < newline.getTokenIndex(); i++) {
      if (tokens.get(i).getType() == PythonLexer.COMMENT) {
        return Edit.delete(at, tokens.get(i).getStartIndex());
      }
    }
    return Edit.delete(Lines.lineStart(context.source(), at), newline.getStopIndex() + 1);
  }

  /**
   * {@code yield from X} as {@code await X}: {@code await} takes a primary, so any other {@code X}
   * goes in parentheses.
   */
  private static List<Edit> await(RuleContext context, YieldExpressionContext yield) {
    int start = yield.YIELD().getSymbol().getStartIndex();
    Token from = yield.FROM().getSymbol();
    ExpressionContext operand = yield.expression();
    if (Statements.soleOperand(operand).isPresent()) {
      return List.of(new Edit(start, from.getStopIndex() + 1, "await"));
    }
    int operandStart = RuleContext.start(operand);
    List<Edit> edits = new ArrayList<>();
    if (context.text(from.getStopIndex() + 1, operandStart).contains("#")) {
      // a comment between `from` and the operand stays where it is
      edits.add(new Edit(start, from.getStopIndex() + 1, "await"));
      edits.add(Edit.insert(operandStart, "("));
    } else {
      edits.add(new Edit(start, operandStart, "await ("));
    }
    edits.add(Edit.insert(RuleContext.end(operand), ")"));
    return edits;
  }
}
