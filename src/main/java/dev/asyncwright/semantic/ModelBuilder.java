package dev.asyncwright.semantic;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.antlr.PythonParser;
import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignedValueContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentTailContext;
import dev.asyncwright.python.antlr.PythonParser.AugmentedAssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ComprehensionForContext;
import dev.asyncwright.python.antlr.PythonParser.DottedAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExceptStarClauseContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.GlobalStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ImportAsNameContext;
import dev.asyncwright.python.antlr.PythonParser.ImportFromContext;
import dev.asyncwright.python.antlr.PythonParser.ImportNameContext;
import dev.asyncwright.python.antlr.PythonParser.LambdaParameterContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.ListDisplayContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.NameContext;
import dev.asyncwright.python.antlr.PythonParser.NamedExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.NonlocalStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ParameterContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.TypeAliasContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** The one walk over a module's tree that builds its {@link ModuleModel}. */
final class ModelBuilder {

  /** A pseudo-name bound by {@code from m import *}: after it, unknown names are unknown. */
  static final String STAR_IMPORT = "*";

  private final ParsedModule module;
  private final String packageName;
  private final boolean declarationsOnly;
  private final Map<ParserRuleContext, Scope> scopes = new HashMap<>();
  private final List<CallSite> calls = new ArrayList<>();
  private final List<FunctionDefContext> functions = new ArrayList<>();
  private final List<PrimaryContext> namePrimaries = new ArrayList<>();

  /** {@code packageName}: where the module's relative imports start from; null if unknown. */
  ModelBuilder(ParsedModule module, String packageName) {
    this(module, packageName, false);
  }

  /**
   * @param declarationsOnly skip function bodies: the model then knows the module's imports,
   *     classes and functions (with their signatures), as the project index needs them, at a
   *     fraction of the walk
   */
  ModelBuilder(ParsedModule module, String packageName, boolean declarationsOnly) {
    this.declarationsOnly = declarationsOnly;
    this.module = module;
    this.packageName = packageName;
  }

  ModuleModel build() {
    Scope moduleScope = new Scope(Scope.Kind.MODULE, module.tree(), null, false);
    visit(module.tree(), moduleScope);
    return new ModuleModel(module, moduleScope, scopes, calls, functions, namePrimaries);
  }

  private void visit(ParseTree node, Scope scope) {
    if (!(node instanceof ParserRuleContext context)) {
      return;
    }
    // Most nodes are none of the kinds below: one switch on the rule tells, where a chain of
    // instanceof tests would cost a dozen checks per node.
    switch (context.getRuleIndex()) {
      case PythonParser.RULE_functionDef,
          PythonParser.RULE_classDef,
          PythonParser.RULE_lambdef,
          PythonParser.RULE_primary,
          PythonParser.RULE_importName,
          PythonParser.RULE_importFrom,
          PythonParser.RULE_expressionStatement,
          PythonParser.RULE_forStatement,
          PythonParser.RULE_comprehensionFor,
          PythonParser.RULE_withItem,
          PythonParser.RULE_exceptClause,
          PythonParser.RULE_exceptStarClause,
          PythonParser.RULE_namedExpression,
          PythonParser.RULE_globalStatement,
          PythonParser.RULE_nonlocalStatement,
          PythonParser.RULE_typeAlias ->
          visitSpecial(context, scope);
      default -> visitChildren(context, scope);
    }
  }

  private void visitSpecial(ParserRuleContext node, Scope scope) {
    if (node instanceof FunctionDefContext function) {
      function(function, scope);
      return;
    }
    if (node instanceof ClassDefContext type) {
      scope.bind(type.name().getText(), Binding.LOCAL, type);
      Scope inner = new Scope(Scope.Kind.CLASS, type, scope, false);
      scopes.put(type, inner);
      for (ParseTree child : children(type)) {
        visit(child, child == type.block() ? inner : scope);
      }
      return;
    }
    if (node instanceof LambdefContext lambda) {
      Scope inner = new Scope(Scope.Kind.LAMBDA, lambda, scope, false);
      scopes.put(lambda, inner);
      if (lambda.lambdaParameters() != null) {
        for (LambdaParameterContext parameter : lambda.lambdaParameters().lambdaParameter()) {
          if (parameter.name() != null) {
            inner.bind(parameter.name().getText(), Binding.LOCAL, parameter);
          }
        }
      }
      for (ParseTree child : children(lambda)) {
        visit(child, child == lambda.expression() ? inner : scope);
      }
      return;
    }
    bindings(node, scope);
    if (node instanceof PrimaryContext primary) {
      if (primary instanceof NameAtomContext) {
        namePrimaries.add(primary);
      }
      if (hasCall(primary)) {
        List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
        for (int i = 0; i < trailers.size(); i++) {
          if (trailers.get(i) instanceof CallContext) {
            calls.add(new CallSite(primary, i, trailers, scope));
          }
        }
      }
    }
    visitChildren(node, scope);
  }

  // The walks below index their children rather than iterate them: an iterator per node of a
  // tree this deep is garbage the batch JVM's quick compiler does not optimize away.

  private void visitChildren(ParserRuleContext node, Scope scope) {
    List<ParseTree> children = node.children;
    if (children != null) {
      for (int i = 0; i < children.size(); i++) {
        visit(children.get(i), scope);
      }
    }
  }

  private static boolean hasCall(PrimaryContext primary) {
    for (int i = primary.getChildCount() - 1; i > 0; i--) {
      if (primary.getChild(i) instanceof CallContext) {
        return true;
      }
    }
    return false;
  }

  private void function(FunctionDefContext function, Scope scope) {
    functions.add(function);
    scope.bind(function.name().getText(), Binding.LOCAL, function);
    Scope inner = new Scope(Scope.Kind.FUNCTION, function, scope, function.ASYNC() != null);
    scopes.put(function, inner);
    if (function.parameters() != null) {
      for (ParameterContext parameter : function.parameters().parameter()) {
        NameContext name = parameter.getRuleContext(NameContext.class, 0);
        if (name != null) {
          inner.bind(name.getText(), Binding.LOCAL, parameter);
        }
      }
    }
    for (ParseTree child : children(function)) {
      if (child == function.block() && declarationsOnly) {
        continue; // what a function does inside is not a declaration of the module
      }
      visit(child, child == function.block() ? inner : scope);
    }
  }

  /** Records what a statement or expression binds in its scope. */
  private void bindings(ParseTree node, Scope scope) {
    if (node instanceof ImportNameContext imports) {
      for (DottedAsNameContext name : imports.dottedAsName()) {
        String dotted = name.dottedName().getText();
        if (name.AS() != null) {
          scope.bind(name.name().getText(), Binding.importOf(dotted), imports);
        } else {
          String top = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
          scope.bind(top, Binding.importOf(top), imports);
        }
      }
    } else if (node instanceof ImportFromContext imports) {
      String from = RelativeImports.absolute(imports.relativeModule().getText(), packageName);
      if (imports.importTargets().STAR() != null) {
        scope.bind(STAR_IMPORT, Binding.LOCAL, imports);
        return;
      }
      for (ImportAsNameContext name : imports.importTargets().importAsName()) {
        String imported = name.name(0).getText();
        String bound = name.AS() != null ? name.name(1).getText() : imported;
        // `from . import x` is `.x`, not `..x` (which is `from .. import x`)
        String qualified = from.endsWith(".") ? from + imported : from + "." + imported;
        scope.bind(bound, Binding.importOf(qualified), imports);
      }
    } else if (node instanceof ExpressionStatementContext statement
        && statement.assignmentTail() != null) {
      AssignmentTailContext tail = statement.assignmentTail();
      targets(statement.starExpressions(), scope, statement);
      if (tail instanceof AssignmentContext assignment) {
        List<AssignedValueContext> values = assignment.assignedValue();
        for (AssignedValueContext value : values.subList(0, values.size() - 1)) {
          targets(value, scope, statement);
        }
      } else if (!(tail instanceof AnnotationContext)
          && !(tail instanceof AugmentedAssignmentContext)) {
        throw new IllegalStateException("unknown assignment " + tail.getClass());
      }
    } else if (node instanceof ForStatementContext loop) {
      targets(loop.starTargets(), scope, loop);
    } else if (node instanceof ComprehensionForContext loop) {
      targets(loop.starTargets(), scope, loop);
    } else if (node instanceof WithItemContext item && item.starTarget() != null) {
      targets(item.starTarget(), scope, item);
    } else if (node instanceof ExceptClauseContext handler && handler.name() != null) {
      scope.bind(handler.name().getText(), Binding.LOCAL, handler);
    } else if (node instanceof ExceptStarClauseContext handler && handler.name() != null) {
      scope.bind(handler.name().getText(), Binding.LOCAL, handler);
    } else if (node instanceof NamedExpressionContext named && named.COLONEQUAL() != null) {
      scope.bind(named.expression(0).getText(), Binding.LOCAL, named);
    } else if (node instanceof GlobalStatementContext global) {
      global.name().forEach(name -> scope.bind(name.getText(), Binding.GLOBAL, global));
    } else if (node instanceof NonlocalStatementContext nonlocal) {
      nonlocal.name().forEach(name -> scope.bind(name.getText(), Binding.NONLOCAL, nonlocal));
    } else if (node instanceof TypeAliasContext alias) {
      scope.bind(alias.name().getText(), Binding.LOCAL, alias);
    }
  }

  /**
   * Binds the plain names in an assignment target (tuples and lists unpacked), each with the
   * statement that binds it as its site.
   */
  private void targets(ParseTree target, Scope scope, ParseTree site) {
    if (target instanceof PrimaryContext primary) {
      boolean bare = primary.getRuleContexts(TrailerContext.class).isEmpty();
      if (bare && primary instanceof NameAtomContext) {
        scope.bind(primary.getStart().getText(), Binding.LOCAL, site);
      } else if (bare
          && (primary instanceof ParenthesizedContext || primary instanceof ListDisplayContext)) {
        for (ParseTree child : children(primary)) {
          targets(child, scope, site);
        }
      }
      return; // attributes and subscripts bind nothing
    }
    for (int i = 0; i < target.getChildCount(); i++) {
      targets(target.getChild(i), scope, site);
    }
  }

  private static List<ParseTree> children(ParseTree node) {
    if (node instanceof ParserRuleContext context && context.children != null) {
      return context.children;
    }
    return List.of();
  }
}
