package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A module's type variables ({@code T = TypeVar("T")}) and type aliases ({@code
 * _RequestContextManager = _BaseRequestContextManager[ClientResponse]}, also {@code X: TypeAlias =
 * ...}). A name bound more than once is an alias only when every binding says the same; one that
 * says {@code Any} (the fallback of an {@code if sys.version_info ...: X = ... else: X = Any})
 * claims nothing and is passed over.
 */
final class ModuleTypeNames {

  /** A dotted name with, perhaps, a subscript: the shape of a type, not of a computed value. */
  private static final Pattern TYPE_SHAPE =
      Pattern.compile("[A-Za-z_][A-Za-z_0-9.]*(\\[.*\\])?", Pattern.DOTALL);

  private static final Set<String> TYPE_VAR = Set.of("typing.TypeVar", "typing_extensions.TypeVar");

  private static final Set<String> ANY = Set.of("typing.Any", "typing_extensions.Any");

  private ModuleTypeNames() {}

  /** Adds the module's type variables and aliases, by qualified name. */
  static void of(
      ModuleModel model,
      String moduleName,
      Set<String> typeVariables,
      Map<String, TypeExpression> aliases) {
    if (moduleName == null) {
      return;
    }
    Scope module = model.moduleScope();
    for (String name : module.bindings().keySet()) {
      List<ExpressionContext> values = new ArrayList<>();
      for (ParseTree site : module.sites(name)) {
        Optional<ExpressionContext> value = assignedValue(site, name);
        if (value.isEmpty()) {
          values = null;
          break;
        }
        values.add(value.get());
      }
      if (values == null || values.isEmpty()) {
        continue;
      }
      String qualified = ProjectClasses.join(moduleName, name);
      if (values.stream().allMatch(value -> isTypeVariable(model, value))) {
        typeVariables.add(qualified);
        continue;
      }
      alias(model, moduleName, values).ifPresent(type -> aliases.put(qualified, type));
    }
  }

  /** The one type every binding names (those naming {@code Any} aside), if they agree. */
  private static Optional<TypeExpression> alias(
      ModuleModel model, String moduleName, List<ExpressionContext> values) {
    TypeExpression found = null;
    for (ExpressionContext value : values) {
      if (!mayHaveTypeShape(value) || !TYPE_SHAPE.matcher(value.getText()).matches()) {
        return Optional.empty();
      }
      TypeExpression type = Qualified.annotation(model, moduleName, value);
      if (!(type instanceof TypeExpression.Named named)) {
        return Optional.empty();
      }
      if (ANY.contains(named.name())) {
        continue;
      }
      if (found != null && !found.equals(type)) {
        return Optional.empty();
      }
      found = type;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether the value's first and last characters fit {@link #TYPE_SHAPE}: most values that do not
   * (a table, a call, a string) are then passed over without copying their text.
   */
  private static boolean mayHaveTypeShape(ExpressionContext value) {
    String first = value.getStart().getText();
    String last = value.getStop().getText();
    char end = last.isEmpty() ? ' ' : last.charAt(last.length() - 1);
    return !first.isEmpty()
        && (Character.isLetter(first.charAt(0)) || first.charAt(0) == '_')
        && (Character.isLetterOrDigit(end) || end == '_' || end == ']');
  }

  /** {@code name = value} or {@code name: TypeAlias = value}: the value. */
  private static Optional<ExpressionContext> assignedValue(ParseTree site, String name) {
    if (!(site instanceof ExpressionStatementContext statement)
        || !statement.starExpressions().getText().equals(name)) {
      return Optional.empty();
    }
    AssignedValueContext value = null;
    if (statement.assignmentTail() instanceof AssignmentContext assignment
        && assignment.assignedValue().size() == 1) {
      value = assignment.assignedValue(0);
    } else if (statement.assignmentTail() instanceof AnnotationContext annotated
        && annotated.assignedValue() != null
        && annotated.expression().getText().endsWith("TypeAlias")) {
      value = annotated.assignedValue();
    }
    if (value == null
        || value.starExpressions() == null
        || value.starExpressions().starExpression().size() != 1
        || !value.starExpressions().COMMA().isEmpty()
        || value.starExpressions().starExpression(0).expression() == null) {
      return Optional.empty();
    }
    return Optional.of(value.starExpressions().starExpression(0).expression());
  }

  private static boolean isTypeVariable(ModuleModel model, ExpressionContext value) {
    Optional<PrimaryContext> call = Qualified.soleOperand(value);
    if (call.isEmpty()) {
      return false;
    }
    List<TrailerContext> trailers = call.get().getRuleContexts(TrailerContext.class);
    return !trailers.isEmpty()
        && trailers.get(trailers.size() - 1) instanceof CallContext
        && model
            .qualifiedName(call.get(), trailers.size() - 1)
            .filter(TYPE_VAR::contains)
            .isPresent();
  }
}
