package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.ReturnStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Types the code shows without annotating them, read at index time: a function whose every {@code
 * return} returns a call of the same dotted name ({@code return asyncio.new_event_loop()}), an
 * attribute every assignment of which is such a call ({@code self.loop = self.new_loop()}). Each is
 * a {@link TypeExpression.CallResult}, resolved when asked, across modules.
 */
final class InferredCalls {

  private InferredCalls() {}

  /** What the unannotated function returns, if every {@code return} returns the same call. */
  static Optional<TypeExpression> returned(
      ModuleModel model, String moduleName, FunctionDefContext function) {
    // the tokens tell cheaply whether the function may return a value and may be a generator
    boolean returns = false;
    List<org.antlr.v4.runtime.Token> tokens = model.module().tokens();
    for (int i = function.getStart().getTokenIndex();
        i <= function.getStop().getTokenIndex() && i < tokens.size();
        i++) {
      int type = tokens.get(i).getType();
      if (type == PythonLexer.YIELD) {
        return Optional.empty(); // a generator (or a function inside it is): not inferred
      }
      returns |= type == PythonLexer.RETURN;
    }
    if (!returns) {
      return Optional.empty();
    }
    Set<TypeExpression> found = new HashSet<>();
    if (!sameCallReturned(model, moduleName, function.block(), found)) {
      return Optional.empty(); // a generator, or a return of something else
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * Collects what the function's own returns return; false as soon as one returns anything but a
   * call of a dotted name.
   */
  private static boolean sameCallReturned(
      ModuleModel model, String moduleName, ParseTree block, Set<TypeExpression> found) {
    return OwnStatements.forEach(
        block,
        simple -> {
          if (!(simple.getChild(0) instanceof ReturnStatementContext statement)) {
            return true;
          }
          Optional<TypeExpression> call =
              sole(statement.starExpressions()).flatMap(value -> call(model, moduleName, value));
          if (call.isEmpty()) {
            return false;
          }
          found.add(call.get());
          return found.size() == 1;
        });
  }

  /**
   * What {@code self.name = value} assigns, if the value is a call of a dotted name.
   *
   * @return empty when it is anything else (which makes the attribute unknown)
   */
  static Optional<TypeExpression> assigned(
      ModuleModel model, String moduleName, AssignmentContext assignment) {
    if (assignment.assignedValue().size() != 1) {
      return Optional.empty();
    }
    return sole(assignment.assignedValue(0).starExpressions())
        .flatMap(value -> call(model, moduleName, value));
  }

  private static Optional<ExpressionContext> sole(StarExpressionsContext values) {
    if (values == null
        || values.starExpression().size() != 1
        || !values.COMMA().isEmpty()
        || values.starExpression(0).expression() == null) {
      return Optional.empty();
    }
    return Optional.of(values.starExpression(0).expression());
  }

  /** {@code a.b.c(...)} or {@code self.m(...)}: the call, as a call result. */
  private static Optional<TypeExpression> call(
      ModuleModel model, String moduleName, ExpressionContext value) {
    Optional<PrimaryContext> only = Qualified.soleOperand(value);
    if (only.isEmpty() || !(only.get() instanceof NameAtomContext primary)) {
      return Optional.empty();
    }
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    int last = trailers.size() - 1;
    if (last < 0 || !(trailers.get(last) instanceof CallContext)) {
      return Optional.empty();
    }
    for (int i = 0; i < last; i++) {
      if (!(trailers.get(i) instanceof AttributeContext)) {
        return Optional.empty();
      }
    }
    String head = primary.getStart().getText();
    if (head.equals("self") && last == 1) {
      return selfClass(model, moduleName, primary)
          .map(
              type ->
                  new TypeExpression.CallResult(
                      ((AttributeContext) trailers.get(0)).name().getText(), type));
    }
    Optional<String> callee = Qualified.name(model, moduleName, primary, last);
    if (callee.isEmpty() && last == 0 && moduleName != null) {
      // a function of the module itself
      Optional<Scope> scope = model.bindingScope(head, primary);
      if (scope.isPresent()
          && scope.get().kind() == Scope.Kind.MODULE
          && scope.get().sites(head).stream().allMatch(FunctionDefContext.class::isInstance)) {
        callee = Optional.of(ProjectClasses.join(moduleName, head));
      }
    }
    return callee.map(name -> new TypeExpression.CallResult(name, null));
  }

  /**
   * The qualified name of the class whose method binds {@code self} at the spot, as its first
   * parameter (a local named {@code self} is any value).
   */
  private static Optional<String> selfClass(ModuleModel model, String moduleName, ParseTree at) {
    return moduleName == null
        ? Optional.empty()
        : model
            .selfClass(at)
            .filter(type -> model.scopeAt(type).kind() == Scope.Kind.MODULE)
            .map(type -> ProjectClasses.join(moduleName, type.name().getText()));
  }
}
