package dev.asyncwright.rules.blocking;

import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.DelStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.NameContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.StarTargetContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.semantic.Binding;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleFact;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Call;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What made the receiver of a method call, where that is clear without guessing: {@code
 * Ctor(...).method(...)} with the constructor inline, or {@code x.method(...)} where {@code x} is a
 * local name of the same function whose only binding anywhere in that function is one plain {@code
 * x = Ctor(...)} before the call. Any other binding of the name (a parameter, a second assignment,
 * a loop or {@code with} target, a walrus, {@code del}, {@code global}/{@code nonlocal}, a nested
 * scope rebinding it) means "not known", never a guess.
 */
final class Receivers {

  private Receivers() {}

  /** The qualified name of the callable that made the receiver of a method call, if clear. */
  static Optional<String> constructor(ModuleModel model, CallSite call) {
    if (!(call.view().callee() instanceof Attribute method)) {
      return Optional.empty();
    }
    Expression receiver = method.object();
    if (receiver instanceof Call made) {
      return model.qualifiedName(call.primary(), made.index());
    }
    return receiver instanceof Name ? assignedFrom(model, call.primary()) : Optional.empty();
  }

  /**
   * The method name of a method call ({@code get} in {@code s.get(url)}); empty for a call that is
   * not one. Rules ask it first: what made the receiver is worth finding out only for the methods
   * they look for.
   */
  static Optional<String> method(CallSite call) {
    return call.view().callee() instanceof Attribute method
        ? Optional.of(method.name())
        : Optional.empty();
  }

  private static Optional<String> assignedFrom(ModuleModel model, PrimaryContext use) {
    String name = use.getStart().getText();
    Scope scope = model.scopeAt(use);
    Binding binding = scope.binding(name);
    if (scope.kind() != Scope.Kind.FUNCTION
        || binding == null
        || binding.kind() != Binding.Kind.LOCAL
        || !(scope.node() instanceof FunctionDefContext function)) {
      return Optional.empty();
    }
    // the function's bindings of the name are read once, however many calls use it
    Optional<SoleBinding> sole =
        model
            .fact(SOLE_BINDINGS)
            .computeIfAbsent(
                new ScopedName(scope, name),
                key -> Optional.ofNullable(soleBinding(model, scope, function, name)));
    return sole.filter(assigned -> assigned.start() <= use.getStart().getStartIndex())
        .map(SoleBinding::constructor);
  }

  /** The one plain {@code name = Ctor(...)} of a function: what it calls, where it starts. */
  private record SoleBinding(String constructor, int start) {}

  private record ScopedName(Scope scope, String name) {}

  /** Per function and name, its sole binding, if it has one. */
  private static final ModuleFact<Map<ScopedName, Optional<SoleBinding>>> SOLE_BINDINGS =
      new ModuleFact<>(model -> new HashMap<>());

  private static SoleBinding soleBinding(
      ModuleModel model, Scope scope, FunctionDefContext function, String name) {
    List<ParseTree> sites = scope.sites(name);
    if (sites.size() != 1
        || !(sites.get(0) instanceof ExpressionStatementContext statement)
        || plainAssignment(model, statement, name).isEmpty()) {
      // bound otherwise, more than once, or not to a constructor's call: the walk below would
      // say so too, at the cost of reading the whole function
      return null;
    }
    if (function.parameters() != null
        && function.parameters().parameter().stream()
            .map(p -> p.getRuleContext(NameContext.class, 0))
            .anyMatch(n -> n != null && n.getText().equals(name))) {
      return null;
    }
    List<TerminalNode> occurrences = new ArrayList<>();
    collect(function.block(), name, occurrences);
    SoleBinding found = null;
    for (TerminalNode occurrence : occurrences) {
      ParseTree parent = occurrence.getParent();
      if (parent instanceof NameContext nameNode) {
        if (!(nameNode.getParent() instanceof AttributeContext)) {
          return null; // def, class, import, global, except ... as, pattern capture
        }
      } else if (parent instanceof NameAtomContext atom && isBindingTarget(atom)) {
        Optional<String> made = plainAssignment(model, atom);
        if (made.isEmpty() || found != null || model.scopeAt(atom) != scope) {
          return null;
        }
        found = new SoleBinding(made.get(), atom.getStart().getStartIndex());
      }
    }
    return found;
  }

  /** Every terminal spelled {@code name} under a node. */
  private static void collect(ParseTree node, String name, List<TerminalNode> found) {
    if (node instanceof TerminalNode terminal) {
      if (terminal.getText().equals(name)) {
        found.add(terminal);
      }
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), name, found);
    }
  }

  /** Whether a name primary is bound where it stands (not a use of the name). */
  private static boolean isBindingTarget(NameAtomContext atom) {
    if (!atom.getRuleContexts(TrailerContext.class).isEmpty()) {
      return false; // `x.a = ...`, `x[0] = ...` change the object, not the name
    }
    ParseTree child = atom;
    for (ParseTree node = atom.getParent(); node != null; node = node.getParent()) {
      if (node instanceof StarTargetContext || node instanceof DelStatementContext) {
        return true;
      }
      if (node instanceof NamedExpressionContext named
          && named.COLONEQUAL() != null
          && named.expression(0) == child) {
        return true;
      }
      if (node instanceof AssignmentContext assignment) {
        // a non-last value of a chained assignment (`a = x = v`) is a target too
        List<AssignedValueContext> values = assignment.assignedValue();
        return values.indexOf(child) < values.size() - 1;
      }
      if (node instanceof ExpressionStatementContext statement) {
        return statement.assignmentTail() != null && statement.starExpressions() == child;
      }
      if (node instanceof FunctionDefContext) {
        return false;
      }
      child = node;
    }
    return false;
  }

  /**
   * For the target of {@code x = Ctor(...)} (one target, one value that is nothing but a call of a
   * dotted name), the qualified name of {@code Ctor}.
   */
  private static Optional<String> plainAssignment(ModuleModel model, NameAtomContext target) {
    ParserRuleContext up = target;
    while (up != null && !(up instanceof ExpressionStatementContext)) {
      up = up.getParent();
    }
    return up instanceof ExpressionStatementContext statement
        ? plainAssignment(model, statement, target.getText())
        : Optional.empty();
  }

  /** The same, for the statement and the name it must assign. */
  private static Optional<String> plainAssignment(
      ModuleModel model, ExpressionStatementContext statement, String name) {
    if (!(statement.assignmentTail() instanceof AssignmentContext assignment)
        || assignment.assignedValue().size() != 1
        || !statement.starExpressions().getText().equals(name)) {
      return Optional.empty();
    }
    StarExpressionsContext value = assignment.assignedValue(0).starExpressions();
    if (value == null
        || value.getChildCount() != 1
        || value.starExpression(0).expression() == null) {
      return Optional.empty();
    }
    return Expression.of(value.starExpression(0).expression()) instanceof Call made
        ? model.qualifiedName(made.context(), made.index())
        : Optional.empty();
  }
}
