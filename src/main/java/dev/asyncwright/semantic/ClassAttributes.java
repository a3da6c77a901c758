package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  /**
   * @param methods the functions defined directly in the class's body
   */
  static Map<String, TypeExpression> declared(
      ModuleModel model,
      String moduleName,
      ClassDefContext type,
      List<FunctionDefContext> methods) {
    Map<String, TypeExpression> found = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    Map<FunctionDefContext, List<ExpressionStatementContext>> statements = new HashMap<>();
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
    for (FunctionDefContext method : methods) {
      if (method.parameters() == null
          || !(method.parameters().parameter(0) instanceof PlainParameterContext first)) {
        continue;
      }
      collect(
          model,
          moduleName,
          statementsOf(method, statements),
          first.name().getText() + ".",
          found,
          conflicting);
    }
    conflicting.forEach(found::remove);
    assigned(model, moduleName, body, methods, statements).forEach(found::putIfAbsent);
    return found;
  }

  /**
   * The attributes every assignment of which, in the class's methods, is a call of one dotted name
   * ({@code self.loop = asyncio.new_event_loop()}); one also bound in the class body, or assigned
   * anything else anywhere in them, is left out.
   */
  private static Map<String, TypeExpression> assigned(
      ModuleModel model,
      String moduleName,
      Scope body,
      List<FunctionDefContext> methods,
      Map<FunctionDefContext, List<ExpressionStatementContext>> statements) {
    Map<String, TypeExpression> found = new HashMap<>();
    Set<String> conflicting = new HashSet<>(body.bindings().keySet());
    for (FunctionDefContext method : methods) {
      if (method.parameters() != null
          && method.parameters().parameter(0) instanceof PlainParameterContext first
          && first.name().getText().equals("self")) {
        collectAssigned(model, moduleName, statementsOf(method, statements), found, conflicting);
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
      List<ExpressionStatementContext> statements,
      Map<String, TypeExpression> found,
      Set<String> conflicting) {
    for (ExpressionStatementContext statement : statements) {
      if (statement.starExpressions().getStart() == statement.starExpressions().getStop()
          && !(statement.assignmentTail() instanceof AssignmentContext several
              && several.assignedValue().size() > 1)) {
        continue; // one plain name assigned: no attribute (the common case, without the text)
      }
      String target = statement.starExpressions().getText();
      Matcher only = SELF_ATTRIBUTE.matcher(target);
      if (!target.contains("self.")
          && !(statement.assignmentTail() instanceof AssignmentContext chained
              && chained.assignedValue().size() > 1)) {
        // neither self's attribute nor a chained assignment that could bind one
      } else if (only.matches() && NoneAssignments.assignsNone(statement)) {
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
  }

  private static void collect(
      ModuleModel model,
      String moduleName,
      List<ExpressionStatementContext> statements,
      String prefix,
      Map<String, TypeExpression> found,
      Set<String> conflicting) {
    for (ExpressionStatementContext statement : statements) {
      if (statement.assignmentTail() instanceof AnnotationContext annotated) {
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
    }
  }

  /** A method's assignment statements, read once for both questions. */
  private static List<ExpressionStatementContext> statementsOf(
      FunctionDefContext method, Map<FunctionDefContext, List<ExpressionStatementContext>> read) {
    return read.computeIfAbsent(method, ClassAttributes::assignments);
  }

  /** The method's own assignment statements (not those of functions or classes inside it). */
  private static List<ExpressionStatementContext> assignments(FunctionDefContext method) {
    List<ExpressionStatementContext> found = new java.util.ArrayList<>();
    OwnStatements.forEach(
        method.block(),
        simple -> {
          if (simple.getChild(0) instanceof ExpressionStatementContext statement
              && statement.assignmentTail() != null) {
            found.add(statement);
          }
          return true;
        });
    return found;
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
