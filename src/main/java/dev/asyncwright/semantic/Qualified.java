package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StringAtomContext;
import dev.asyncwright.python.antlr.PythonParser.SubscriptContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Qualified names of dotted references across the project: like {@link ModuleModel#qualifiedName},
 * and also for the module's own classes ({@code pkg.mod.Client}) and for relative imports made
 * absolute ({@code from .web_ws import X} in {@code aiohttp.web}).
 */
public final class Qualified {

  private Qualified() {}

  /**
   * The qualified name of the primary's name and its first {@code attributes} trailers (all
   * attributes), in module {@code moduleName} (null: unknown, then only imports resolve).
   */
  public static Optional<String> name(
      ModuleModel model, String moduleName, PrimaryContext primary, int attributes) {
    if (!(primary instanceof NameAtomContext) || attributes < 0) {
      return Optional.empty();
    }
    String head = primary.getStart().getText();
    Optional<String> imported = model.qualifiedName(primary, attributes);
    if (imported.isPresent()) {
      // a relative import the model could not resolve names nothing
      return imported.get().startsWith(".") ? Optional.empty() : imported;
    }
    Optional<Scope> scope = model.bindingScope(head, primary);
    if (moduleName == null
        || scope.isEmpty()
        || scope.get().kind() != Scope.Kind.MODULE
        || !scope.get().sites(head).stream().allMatch(ClassDefContext.class::isInstance)) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder(ProjectClasses.join(moduleName, head));
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    for (int i = 0; i < attributes; i++) {
      if (!(trailers.get(i) instanceof AttributeContext attribute)) {
        return Optional.empty();
      }
      name.append('.').append(attribute.name().getText());
    }
    return Optional.of(name.toString());
  }

  /**
   * The qualified name an annotation names, unchecked: {@code X}, {@code Optional[X]}, {@code X |
   * None}, and the same written as a string ({@code "X"}, a forward reference).
   */
  public static Optional<String> annotatedName(
      ModuleModel model, String moduleName, ExpressionContext expression) {
    if (expression.lambdef() != null || expression.IF() != null) {
      return Optional.empty();
    }
    OperationContext operation = expression.operation(0);
    List<PrimaryContext> operands = operation.getRuleContexts(PrimaryContext.class);
    PrimaryContext primary;
    if (operands.size() == 1 && operation.children.size() == 1) {
      primary = operands.get(0);
    } else if (operands.size() == 2
        && operation.children.size() == 3
        && operation.getChild(1).getText().equals("|")
        && operands.get(1).getText().equals("None")) {
      primary = operands.get(0);
    } else {
      return Optional.empty();
    }
    if (primary instanceof StringAtomContext text) {
      return forwardReference(model, moduleName, text);
    }
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (!trailers.isEmpty() && trailers.get(trailers.size() - 1) instanceof SubscriptContext sub) {
      Optional<String> generic = name(model, moduleName, primary, trailers.size() - 1);
      if (generic.isPresent()
          && (generic.get().equals("typing.Optional")
              || generic.get().equals("typing_extensions.Optional"))
          && sub.slices().slice().size() == 1
          && sub.slices().slice(0).expression().size() == 1) {
        return annotatedName(model, moduleName, sub.slices().slice(0).expression(0));
      }
      return Optional.empty();
    }
    return name(model, moduleName, primary, attributes(primary));
  }

  /**
   * The type an annotation spells, its names qualified where it stands (unreadable when it is not
   * one we can read).
   */
  public static TypeExpression annotation(
      ModuleModel model, String moduleName, ExpressionContext expression) {
    return TypeExpression.parse(
        expression.getText(), head -> qualifiedHead(model, moduleName, head, expression));
  }

  /**
   * What a name used in an annotation at a spot stands for: an import's target, a builtin, or one
   * of the module's own top-level names ({@code pkg.mod.Name}); empty for a local name.
   */
  private static Optional<String> qualifiedHead(
      ModuleModel model, String moduleName, String name, ParseTree at) {
    if (name.equals("None")) {
      return Optional.of("builtins.None");
    }
    Optional<String> resolved = model.resolve(name, at);
    if (resolved.isPresent()) {
      return resolved.get().startsWith(".") ? Optional.empty() : resolved;
    }
    Optional<Scope> scope = model.bindingScope(name, at);
    // a module of unknown name (a file checked on its own) names its own as a top module does
    return scope.isPresent() && scope.get().kind() == Scope.Kind.MODULE
        ? Optional.of(ProjectClasses.join(moduleName, name))
        : Optional.empty();
  }

  /** {@code "Request"} or {@code "web.Request"}: a dotted name in quotes, read as code. */
  private static Optional<String> forwardReference(
      ModuleModel model, String moduleName, StringAtomContext text) {
    if (text.getRuleContexts(TrailerContext.class).size() > 0 || text.getChildCount() != 1) {
      return Optional.empty();
    }
    String literal = text.getText();
    if (literal.length() < 3
        || !(literal.startsWith("\"") || literal.startsWith("'"))
        || literal.charAt(literal.length() - 1) != literal.charAt(0)) {
      return Optional.empty();
    }
    String dotted = literal.substring(1, literal.length() - 1);
    if (!dotted.matches("[A-Za-z_][A-Za-z_0-9]*(\\.[A-Za-z_][A-Za-z_0-9]*)*")) {
      return Optional.empty();
    }
    int dot = dotted.indexOf('.');
    String head = dot < 0 ? dotted : dotted.substring(0, dot);
    String rest = dot < 0 ? "" : dotted.substring(dot);
    Scope module = model.moduleScope();
    Binding binding = module.binding(head);
    if (binding == null) {
      return Optional.empty();
    }
    if (binding.kind() == Binding.Kind.IMPORT) {
      String imported = binding.qualifiedName();
      return imported.startsWith(".") ? Optional.empty() : Optional.of(imported + rest);
    }
    return moduleName != null
            && module.sites(head).stream().allMatch(ClassDefContext.class::isInstance)
        ? Optional.of(ProjectClasses.join(moduleName, head) + rest)
        : Optional.empty();
  }

  /** How many attribute trailers the primary has, or -1 when it has other trailers too. */
  public static int attributes(PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    for (TrailerContext trailer : trailers) {
      if (!(trailer instanceof AttributeContext)) {
        return -1;
      }
    }
    return trailers.size();
  }

  /** The primary an expression consists of, alone (no operator, no await), if it is one. */
  public static Optional<PrimaryContext> soleOperand(ExpressionContext expression) {
    if (expression.lambdef() != null || expression.IF() != null) {
      return Optional.empty();
    }
    OperationContext operation = expression.operation(0);
    ParseTree only = operation.children.size() == 1 ? operation.getChild(0) : null;
    return only instanceof PrimaryContext primary ? Optional.of(primary) : Optional.empty();
  }
}
