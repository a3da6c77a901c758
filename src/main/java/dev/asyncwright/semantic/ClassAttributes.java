package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
    return found;
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
