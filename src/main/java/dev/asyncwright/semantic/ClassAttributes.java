package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The types a class declares its instances' attributes with: {@code name: T} in its body, {@code
 * self.name: T = ...} in a method ({@code ClassVar[T]} and {@code Final[T]} are {@code T}). An
 * attribute declared twice with different types is left out.
 */
final class ClassAttributes {

  private static final Set<String> QUALIFIERS =
      Set.of("typing.ClassVar", "typing.Final", "typing_extensions.Final");

  private ClassAttributes() {}

  static Map<String, TypeExpression> declared(
      ModuleModel model, String moduleName, ClassDefContext type) {
    Map<String, TypeExpression> found = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    Scope body = model.scopeAt(type.block());
    for (String name : body.bindings().keySet()) {
      for (ParseTree site : body.sites(name)) {
        if (site instanceof ExpressionStatementContext statement
            && statement.assignmentTail() instanceof AnnotationContext annotated) {
          put(
              found,
              conflicting,
              name,
              Qualified.annotation(model, moduleName, annotated.expression()));
        }
      }
    }
    for (FunctionDefContext method : model.functions()) {
      if (model.scopeAt(method) != body
          || method.parameters() == null
          || !(method.parameters().parameter(0) instanceof PlainParameterContext first)) {
        continue;
      }
      collect(model, moduleName, method.block(), first.name().getText() + ".", found, conflicting);
    }
    conflicting.forEach(found::remove);
    assigned(model, moduleName, body).forEach(found::putIfAbsent);
    return found;
  }

  /**
   * The attributes every assignment of which, in the class's methods, is a call of one dotted name
   * ({@code self.loop = asyncio.new_event_loop()}); one also bound in the class body, or assigned
   * anything else anywhere in them, is left out.
   */
  private static Map<String, TypeExpression> assigned(
      ModuleModel model, String moduleName, Scope body) {
    Map<String, TypeExpression> found = new HashMap<>();
    Set<String> conflicting = new HashSet<>(body.bindings().keySet());
    for (FunctionDefContext method : model.functions()) {
      if (model.scopeAt(method) == body
          && method.parameters() != null
          && method.parameters().parameter(0) instanceof PlainParameterContext first
          && first.name().getText().equals("self")) {
        collectAssigned(model, moduleName, method.block(), found, conflicting);
      }
    }
    conflicting.forEach(found::remove);
    return found;
  }

  /** {@code self.name} not followed by more of a dotted name, a call or a subscript. */
  private static final Pattern SELF_ATTRIBUTE =
      Pattern.compile("(?<![A-Za-z0-9_.])self\\.([A-Za-z_][A-Za-z_0-9]*)(?![A-Za-z0-9_.(\\[])");

  private static void collectAssigned(
      ModuleModel model,
      String moduleName,
      ParseTree node,
      Map<String, TypeExpression> found,
      Set<String> conflicting) {
    if (node instanceof FunctionDefContext || node instanceof ClassDefContext) {
      return;
    }
    if (node instanceof ExpressionStatementContext statement
        && statement.assignmentTail() != null) {
      String target = statement.starExpressions().getText();
      Matcher only = SELF_ATTRIBUTE.matcher(target);
      if (only.matches()
          && statement.assignmentTail() instanceof AssignmentContext assignment
          && assignment.assignedValue().size() == 1
          && assignment.assignedValue(0).getText().equals("None")) {
        // neutral, as Optional[X] is X: on None no method call works
      } else if (only.matches()
          && statement.assignmentTail() instanceof AssignmentContext assignment
          && assignment.assignedValue().size() == 1) {
        Optional<TypeExpression> call = InferredCalls.assigned(model, moduleName, assignment);
        if (call.isPresent()) {
          put(found, conflicting, only.group(1), call.get());
        } else {
          conflicting.add(only.group(1));
        }
      } else if (!(statement.assignmentTail() instanceof AnnotationContext)) {
        // unpacking, chained or augmented assignments make those attributes unknown
        StringBuilder targets = new StringBuilder(target);
        if (statement.assignmentTail() instanceof AssignmentContext assignment) {
          assignment.assignedValue().stream()
              .limit(assignment.assignedValue().size() - 1L)
              .forEach(value -> targets.append(' ').append(value.getText()));
        }
        Matcher any = SELF_ATTRIBUTE.matcher(targets);
        while (any.find()) {
          conflicting.add(any.group(1));
        }
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collectAssigned(model, moduleName, node.getChild(i), found, conflicting);
    }
  }

  private static void collect(
      ModuleModel model,
      String moduleName,
      ParseTree node,
      String prefix,
      Map<String, TypeExpression> found,
      Set<String> conflicting) {
    if (node instanceof FunctionDefContext || node instanceof ClassDefContext) {
      return; // another scope's `self`
    }
    if (node instanceof ExpressionStatementContext statement
        && statement.assignmentTail() instanceof AnnotationContext annotated) {
      String target = statement.starExpressions().getText();
      String name = target.startsWith(prefix) ? target.substring(prefix.length()) : "";
      if (name.matches("[A-Za-z_][A-Za-z_0-9]*")) {
        put(
            found,
            conflicting,
            name,
            Qualified.annotation(model, moduleName, annotated.expression()));
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(model, moduleName, node.getChild(i), prefix, found, conflicting);
    }
  }

  private static void put(
      Map<String, TypeExpression> found,
      Set<String> conflicting,
      String name,
      TypeExpression type) {
    if (type instanceof TypeExpression.Named named
        && QUALIFIERS.contains(named.name())
        && named.arguments().size() == 1) {
      type = named.arguments().get(0);
    }
    TypeExpression before = found.putIfAbsent(name, type);
    if (before != null && !before.equals(type)) {
      conflicting.add(name);
    }
  }
}
