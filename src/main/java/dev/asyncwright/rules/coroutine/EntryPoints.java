package dev.asyncwright.rules.coroutine;

import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.ArgumentsContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratedContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Why an {@code async def} that never awaits may still have to be async: something other than its
 * own body decides. On real code these were nearly every AW604 finding: overrides of async methods,
 * protocol and ABC implementations, framework handlers and fixtures, callbacks handed to a
 * registration call, async mocks and tests, coroutines handed to a scheduler. What cannot be ruled
 * out counts as a reason: the rule speaks only of functions whose every caller it sees awaiting.
 */
final class EntryPoints {

  /** Calls that need a running event loop: a function making them is async on purpose. */
  private static final Set<String> NEEDS_THE_LOOP =
      Set.of("get_running_loop", "current_task", "create_task", "all_tasks", "ensure_future");

  private EntryPoints() {}

  /**
   * Whether the function may be async for its callers' sake.
   *
   * @param passedAround the names the module uses as values, not only calls
   */
  static boolean mayHaveToBeAsync(
      ModuleModel model, FunctionDefContext function, Set<String> passedAround) {
    String name = function.name().getText();
    return function.getParent() instanceof DecoratedContext
        || name.startsWith("test")
        || passedAround.contains(name)
        || inOverridableClass(model, function)
        || needsTheLoop(model, function)
        || !callersAllInSight(model, function)
        || !everyCallAwaited(model.module().tokens(), name);
  }

  /**
   * Names that stand somewhere other than before {@code (} or after {@code def}/{@code class}: a
   * function handed to a registration call, a mock's {@code side_effect}, {@code self.handler}
   * stored as a callback. Whoever receives such a function may await what it returns.
   */
  static Set<String> namesUsedAsValues(List<Token> tokens) {
    Set<String> names = new HashSet<>();
    Token previous = null;
    Token current = null;
    for (Token token : tokens) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (current != null
          && current.getType() == PythonParser.NAME
          && token.getType() != PythonParser.LPAR
          && (previous == null
              || previous.getType() != PythonParser.DEF
                  && previous.getType() != PythonParser.CLASS)) {
        names.add(current.getText());
      }
      previous = current;
      current = token;
    }
    return names;
  }

  /**
   * Whether every caller of the function is in this module: it is nested in another function, or
   * private by its name ({@code _helper}). A public function or method is API: callers elsewhere
   * await it, and making it synchronous would break them.
   */
  private static boolean callersAllInSight(ModuleModel model, FunctionDefContext function) {
    Scope scope = model.scopeAt(function);
    return scope.kind() == Scope.Kind.FUNCTION || function.name().getText().startsWith("_");
  }

  /**
   * Whether the module calls the function and awaits every call at once: {@code await f()}, {@code
   * await self.f()}. A call whose coroutine goes elsewhere ({@code spawn(f())}, {@code
   * run_until_complete(f())}, {@code create_task(f())}) needs {@code f} to be async.
   */
  private static boolean everyCallAwaited(List<Token> tokens, String name) {
    boolean called = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getType() != PythonParser.NAME || !token.getText().equals(name)) {
        continue;
      }
      int next = visible(tokens, i, 1);
      int before = visible(tokens, i, -1);
      if (next < 0
          || tokens.get(next).getType() != PythonParser.LPAR
          || before >= 0 && tokens.get(before).getType() == PythonParser.DEF) {
        continue;
      }
      // back over `self.` or `obj.attr.` to the token before the whole callee
      while (before >= 0 && tokens.get(before).getType() == PythonParser.DOT) {
        before = visible(tokens, visible(tokens, before, -1), -1);
      }
      if (before < 0 || tokens.get(before).getType() != PythonParser.AWAIT) {
        return false;
      }
      called = true;
    }
    return called;
  }

  /** The index of the nearest visible token in a direction, or -1. */
  private static int visible(List<Token> tokens, int from, int step) {
    if (from < 0) {
      return -1;
    }
    for (int i = from + step; i >= 0 && i < tokens.size(); i += step) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A method of a class with bases (it may override, or implement a protocol or ABC) or one that
   * another class of the module derives from (its methods are the interface subclasses override).
   */
  private static boolean inOverridableClass(ModuleModel model, FunctionDefContext function) {
    Scope scope = model.scopeAt(function);
    if (scope.kind() != Scope.Kind.CLASS || !(scope.node() instanceof ClassDefContext owner)) {
      return false;
    }
    ArgumentsContext bases = owner.arguments();
    if (bases != null && !bases.getText().equals("object")) {
      return true;
    }
    return derivesFrom(model.module().tree(), owner.name().getText());
  }

  /** Whether a class in the tree names {@code className} among its bases. */
  private static boolean derivesFrom(ParseTree node, String className) {
    if (node instanceof ClassDefContext other && other.arguments() != null) {
      for (String base : other.arguments().getText().split(",")) {
        // pkg.Base[T] -> Base
        String plain = base.replaceAll("\\[.*", "");
        if (plain.substring(plain.lastIndexOf('.') + 1).equals(className)) {
          return true;
        }
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (derivesFrom(node.getChild(i), className)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the body names a call that needs the running loop. */
  private static boolean needsTheLoop(ModuleModel model, FunctionDefContext function) {
    List<Token> tokens = model.module().tokens();
    int stop = function.block().getStop().getTokenIndex();
    for (int i = function.block().getStart().getTokenIndex(); i <= stop; i++) {
      Token token = tokens.get(i);
      if (token.getType() == PythonParser.NAME && NEEDS_THE_LOOP.contains(token.getText())) {
        return true;
      }
    }
    return false;
  }
}
