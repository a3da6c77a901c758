package dev.asyncwright.semantic.types;

import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.semantic.Qualified;
import dev.asyncwright.semantic.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The class of a value, as far as the code itself says, with no guessing: a name's class is known
 * only when every binding of it in its scope gives the same known class (a constructor call of a
 * class of the tree or of {@link ApiKnowledge}, an annotation naming one, {@code Optional[X]} and
 * {@code X | None} included, what a known function returns, another such name); {@code self.x}'s
 * when every assignment to it in the class's methods does. Anything else is unknown, and a rule
 * asking gets nothing.
 */
public final class ValueTypes {

  /** How deep one name's value may lead to another's before the answer is unknown. */
  private static final int MAX_DEPTH = 6;

  private final ModuleModel model;
  private final ProjectIndex project;
  private final ApiKnowledge api;
  private final String moduleName;
  private final Runnable mayChange;
  private final Map<ClassDefContext, Map<String, Optional<String>>> selfAttributes =
      new HashMap<>();
  private Map<Scope, java.util.Set<String>> rebound;

  /**
   * @param moduleName the module's dotted name in the tree (null: unknown)
   * @param mayChange told when an answer rests on modules of the tree not indexed yet
   */
  public ValueTypes(
      ModuleModel model,
      ProjectIndex project,
      ApiKnowledge api,
      String moduleName,
      Runnable mayChange) {
    this.model = model;
    this.project = project;
    this.api = api;
    this.moduleName = moduleName;
    this.mayChange = mayChange;
  }

  /** The class of the value the bare name has at a spot, if known. */
  public Optional<String> ofName(String name, ParseTree at) {
    return ofName(name, at, 0);
  }

  private Optional<String> ofName(String name, ParseTree at, int depth) {
    Optional<Scope> scope = model.bindingScope(name, at);
    if (depth > MAX_DEPTH || scope.isEmpty() || scope.get().kind() == Scope.Kind.CLASS) {
      return Optional.empty();
    }
    List<ParseTree> sites = scope.get().sites(name);
    if (reboundElsewhere(scope.get()).contains(name)) {
      return Optional.empty(); // a nested function's `nonlocal`, or a `global`, rebinds it
    }
    if (scope.get().kind() == Scope.Kind.FUNCTION
        && sites.stream().noneMatch(site -> before(site, at))) {
      return Optional.empty(); // used before any binding: unbound, not of any class
    }
    String found = null;
    for (ParseTree site : sites) {
      Optional<String> type = atSite(site, name, depth);
      if (type.isEmpty() || (found != null && !found.equals(type.get()))) {
        return Optional.empty();
      }
      found = type.get();
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether calling the method on a value of the class gives a coroutine: the tree's own classes
   * first (along their bases), then the knowledge of libraries; empty when unknown.
   */
  public Optional<Boolean> givesCoroutine(String className, String method) {
    if (project.isClass(className)) {
      // only a base in a module not indexed yet can change a no
      return project.methodGivesCoroutine(
          className,
          method,
          base -> {
            if (project.mayStillDeclare(base)) {
              mayChange.run();
            }
          });
    }
    Optional<Boolean> known = api.givesCoroutine(className, method);
    if (known.isEmpty() && project.mayStillDeclare(className)) {
      mayChange.run();
    }
    return known;
  }

  /**
   * The class of the receiver of a method call, if known: {@code x.m()} on a local or parameter
   * {@code x}, or {@code self.a.m()} on an attribute of the method's class.
   */
  public Optional<String> receiverOf(CallSite call) {
    List<TrailerContext> trailers = call.trailers();
    PrimaryContext primary = call.primary();
    if (!(primary instanceof NameAtomContext)) {
      return Optional.empty();
    }
    String head = primary.getStart().getText();
    if (call.callIndex() == 1
        && trailers.get(0) instanceof AttributeContext
        && !head.equals("self")
        && model.bindingScope(head, primary).isPresent()
        && model.resolve(head, primary).isEmpty()) {
      return ofName(head, primary);
    }
    if (call.callIndex() == 2
        && head.equals("self")
        && trailers.get(0) instanceof AttributeContext field
        && trailers.get(1) instanceof AttributeContext) {
      return ofSelfAttribute(primary, field.name().getText());
    }
    return Optional.empty();
  }

  /** The class of {@code self.attribute} in the method holding the spot, if known. */
  public Optional<String> ofSelfAttribute(PrimaryContext at, String attribute) {
    Optional<ClassDefContext> type = selfClass(at);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    return selfAttributes
        .computeIfAbsent(type.get(), key -> new HashMap<>())
        .computeIfAbsent(attribute, name -> selfAttribute(type.get(), name));
  }

  /** The class a method's {@code self} is an instance of, by its qualified name. */
  public Optional<String> selfClassName(PrimaryContext at) {
    return selfClass(at).flatMap(this::className);
  }

  private Optional<String> className(ClassDefContext type) {
    if (moduleName == null || model.scopeAt(type).kind() != Scope.Kind.MODULE) {
      return Optional.empty();
    }
    String name = type.name().getText();
    return Optional.of(moduleName.isEmpty() ? name : moduleName + "." + name);
  }

  /** Whether a binding site starts before a spot. */
  private static boolean before(ParseTree site, ParseTree at) {
    return site instanceof org.antlr.v4.runtime.ParserRuleContext node
        && at instanceof org.antlr.v4.runtime.ParserRuleContext spot
        && node.getStart().getTokenIndex() < spot.getStart().getTokenIndex();
  }

  /**
   * The names of a scope that other scopes rebind: by {@code nonlocal} in a function nested in it,
   * by {@code global} anywhere for the module's.
   */
  private java.util.Set<String> reboundElsewhere(Scope scope) {
    if (rebound == null) {
      rebound = new HashMap<>();
      for (Scope inner : model.scopes()) {
        for (Scope outer = inner.parent(); outer != null; outer = outer.parent()) {
          for (String name : inner.declared(dev.asyncwright.semantic.Binding.Kind.NONLOCAL)) {
            rebound.computeIfAbsent(outer, key -> new java.util.HashSet<>()).add(name);
          }
        }
        for (String name : inner.declared(dev.asyncwright.semantic.Binding.Kind.GLOBAL)) {
          rebound.computeIfAbsent(model.moduleScope(), key -> new java.util.HashSet<>()).add(name);
        }
      }
    }
    return rebound.getOrDefault(scope, java.util.Set.of());
  }

  // ---- where a name is bound

  private Optional<String> atSite(ParseTree site, String name, int depth) {
    if (site instanceof PlainParameterContext parameter) {
      FunctionDefContext function = (FunctionDefContext) parameter.getParent().getParent();
      if (function.parameters().parameter(0) == parameter
          && model.scopeAt(function).kind() == Scope.Kind.CLASS) {
        return Optional.empty(); // self or cls: the class may be a subclass
      }
      return parameter.expression().isEmpty() || parameter.getChild(1).getText().equals("=")
          ? Optional.empty()
          : annotation(parameter.expression(0));
    }
    if (!(site instanceof ExpressionStatementContext statement)) {
      return Optional.empty(); // for, with, except, walrus, import, def...
    }
    if (statement.assignmentTail() instanceof AnnotationContext annotated) {
      return annotation(annotated.expression());
    }
    if (!(statement.assignmentTail() instanceof AssignmentContext assignment)
        || assignment.assignedValue().size() != 1
        || assignment.assignedValue(0).starExpressions() == null) {
      return Optional.empty();
    }
    StarExpressionsContext value = assignment.assignedValue(0).starExpressions();
    List<String> targets = targetNames(statement.starExpressions());
    if (targets == null) {
      return Optional.empty();
    }
    List<String> types = valueTypes(value, depth);
    if (types == null || types.size() != targets.size()) {
      return Optional.empty();
    }
    int index = targets.indexOf(name);
    return index < 0 || targets.lastIndexOf(name) != index
        ? Optional.empty()
        : Optional.ofNullable(types.get(index));
  }

  /** The bare names of a target list ({@code a} or {@code a, b} or {@code (a, b)}); else null. */
  private static List<String> targetNames(StarExpressionsContext targets) {
    List<String> names = new ArrayList<>();
    List<StarExpressionContext> items = targets.starExpression();
    if (items.size() == 1 && targets.COMMA().isEmpty() && items.get(0).expression() != null) {
      Optional<PrimaryContext> only = Qualified.soleOperand(items.get(0).expression());
      if (only.isPresent() && only.get() instanceof ParenthesizedContext group) {
        return group.elements() == null ? null : tupleNames(group.elements().getText());
      }
    }
    for (StarExpressionContext item : items) {
      Optional<String> bare =
          item.expression() == null
              ? Optional.empty()
              : Qualified.soleOperand(item.expression()).flatMap(ValueTypes::bareName);
      if (bare.isEmpty()) {
        return null;
      }
      names.add(bare.get());
    }
    return names;
  }

  /** {@code a,b} as text: names only, else null. */
  private static List<String> tupleNames(String text) {
    List<String> names = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (!part.matches("[A-Za-z_][A-Za-z_0-9]*")) {
        return null;
      }
      names.add(part);
    }
    return names;
  }

  private static Optional<String> bareName(PrimaryContext primary) {
    return primary instanceof NameAtomContext
            && primary.getRuleContexts(TrailerContext.class).isEmpty()
        ? Optional.of(primary.getStart().getText())
        : Optional.empty();
  }

  // ---- what a value is

  /** The classes of an assigned value: one, or one per element of a tuple; null when unknown. */
  private List<String> valueTypes(StarExpressionsContext value, int depth) {
    if (value.starExpression().size() != 1
        || !value.COMMA().isEmpty()
        || value.starExpression(0).expression() == null) {
      return null;
    }
    ExpressionContext expression = value.starExpression(0).expression();
    if (expression.lambdef() != null || expression.IF() != null) {
      return null;
    }
    OperationContext operation = expression.operation(0);
    boolean awaited =
        operation.children.size() == 2
            && operation.getChild(0) instanceof TerminalNode terminal
            && terminal.getText().equals("await");
    if (operation.children.size() != 1 && !awaited) {
      return null;
    }
    if (!(operation.getChild(operation.children.size() - 1) instanceof PrimaryContext primary)) {
      return null;
    }
    return valueOf(primary, awaited, depth);
  }

  private List<String> valueOf(PrimaryContext primary, boolean awaited, int depth) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    if (!(primary instanceof NameAtomContext)) {
      return null;
    }
    if (trailers.isEmpty()) {
      return awaited
          ? null
          : ofName(primary.getStart().getText(), primary, depth + 1).map(List::of).orElse(null);
    }
    if (!awaited
        && trailers.size() == 1
        && primary.getStart().getText().equals("self")
        && trailers.get(0) instanceof AttributeContext attribute) {
      return ofSelfAttribute(primary, attribute.name().getText()).map(List::of).orElse(null);
    }
    if (!(trailers.get(trailers.size() - 1) instanceof CallContext)) {
      return null;
    }
    if (trailers.size() == 2
        && trailers.get(0) instanceof AttributeContext method
        && primary.getStart().getText().equals("self")) {
      // a method of the class itself: what it is annotated to return
      return selfClassName(primary)
          .map(type -> returnedByProject(type + "." + method.name().getText(), awaited))
          .orElse(null);
    }
    if (trailers.size() == 2
        && trailers.get(0) instanceof AttributeContext method
        && model.bindingScope(primary.getStart().getText(), primary).isPresent()
        && model.resolve(primary.getStart().getText(), primary).isEmpty()) {
      // a method of a local whose class is known: what the method is annotated to return
      return ofName(primary.getStart().getText(), primary, depth + 1)
          .map(type -> returnedByProject(type + "." + method.name().getText(), awaited))
          .orElse(null);
    }
    for (int i = 0; i < trailers.size() - 1; i++) {
      if (!(trailers.get(i) instanceof AttributeContext)) {
        return null;
      }
    }
    Optional<String> callee =
        Qualified.name(model, moduleName, primary, trailers.size() - 1).map(project::canonical);
    if (callee.isEmpty()) {
      return null;
    }
    if (!awaited && (project.isClass(callee.get()) || api.classNamed(callee.get()).isPresent())) {
      return List.of(
          api.classNamed(callee.get()).map(ApiKnowledge.LibraryClass::name).orElse(callee.get()));
    }
    Optional<List<String>> returned = api.returnsOf(callee.get());
    if (returned.isPresent() && awaited == api.isCoroutineFunction(callee.get())) {
      return returned.get();
    }
    return returnedByProject(callee.get(), awaited);
  }

  /**
   * The class a function of the tree is annotated to return: awaited for an {@code async def},
   * called for a plain one (whose result an {@code await} would not give).
   */
  private List<String> returnedByProject(String function, boolean awaited) {
    Optional<String> annotated = project.returnAnnotation(function);
    if (annotated.isEmpty() && project.mayStillDeclare(function)) {
      mayChange.run();
    }
    if (awaited != project.isCoroutineFunction(function)) {
      return null;
    }
    return annotated.flatMap(this::known).map(List::of).orElse(null);
  }

  /** The class an annotation names: {@code X}, {@code Optional[X]}, {@code X | None}. */
  private Optional<String> annotation(ExpressionContext expression) {
    return Qualified.annotatedName(model, moduleName, expression).flatMap(this::known);
  }

  /** The class a qualified name stands for, if it is one of the tree's or a known library's. */
  private Optional<String> known(String name) {
    String canonical = project.canonical(name);
    if (project.isClass(canonical)) {
      return Optional.of(canonical);
    }
    Optional<String> library = api.classNamed(canonical).map(ApiKnowledge.LibraryClass::name);
    if (library.isEmpty()
        && (project.mayStillDeclare(name) || project.mayStillDeclare(canonical))) {
      mayChange.run(); // a module not indexed yet may define or re-export it
    }
    return library;
  }

  // ---- self

  private Optional<ClassDefContext> selfClass(PrimaryContext at) {
    return model
        .bindingScope("self", at)
        .map(Scope::node)
        .filter(FunctionDefContext.class::isInstance)
        .map(FunctionDefContext.class::cast)
        .filter(
            method ->
                method.parameters() != null
                    && method.parameters().parameter(0) instanceof PlainParameterContext first
                    && first.name().getText().equals("self")
                    && model.scopeAt(method).node() instanceof ClassDefContext)
        .map(method -> (ClassDefContext) model.scopeAt(method).node());
  }

  /**
   * What the class declares {@code self.name} to be ({@code self.name: T = ...} in a method, or
   * {@code name: T} in its body: the declared type wins, as in a type checker), else what every
   * {@code self.name = value} of its methods (and its body) agrees on.
   */
  private Optional<String> selfAttribute(ClassDefContext type, String name) {
    Scope body = model.scopeAt(type.block());
    Optional<String> declared = declaredAttribute(type, body, name);
    if (declared != null) {
      return declared;
    }
    String found = null;
    boolean any = false;
    for (ParseTree site : body.sites(name)) {
      Optional<String> value = atSite(site, name, 0);
      if (value.isEmpty() || (found != null && !found.equals(value.get()))) {
        return Optional.empty();
      }
      found = value.get();
      any = true;
    }
    for (FunctionDefContext method : model.functions()) {
      if (model.scopeAt(method) != body) {
        continue;
      }
      for (ExpressionStatementContext statement : assignmentsTo(method, name)) {
        Optional<String> value = selfAssigned(statement, method);
        if (value.isEmpty() || (found != null && !found.equals(value.get()))) {
          return Optional.empty();
        }
        found = value.get();
        any = true;
      }
    }
    return any ? Optional.ofNullable(found) : Optional.empty();
  }

  /**
   * The class every annotation of the attribute names (empty: they disagree or name none we know);
   * null when the attribute is not annotated.
   */
  private Optional<String> declaredAttribute(ClassDefContext type, Scope body, String name) {
    List<ExpressionContext> annotations = new ArrayList<>();
    for (ParseTree site : body.sites(name)) {
      if (site instanceof ExpressionStatementContext statement
          && statement.assignmentTail() instanceof AnnotationContext annotated) {
        annotations.add(annotated.expression());
      }
    }
    for (FunctionDefContext method : model.functions()) {
      if (model.scopeAt(method) != body) {
        continue;
      }
      for (ExpressionStatementContext statement : assignmentsTo(method, name)) {
        if (statement.assignmentTail() instanceof AnnotationContext annotated
            && statement.starExpressions().getText().equals("self." + name)) {
          annotations.add(annotated.expression());
        }
      }
    }
    if (annotations.isEmpty()) {
      return null;
    }
    String found = null;
    for (ExpressionContext annotation : annotations) {
      Optional<String> named = annotation(annotation);
      if (named.isEmpty() || (found != null && !found.equals(named.get()))) {
        return Optional.empty();
      }
      found = named.get();
    }
    return Optional.of(found);
  }

  /** The statements of a method that assign to {@code <first parameter>.name}, or delete it. */
  private static List<ExpressionStatementContext> assignmentsTo(
      FunctionDefContext method, String name) {
    List<ExpressionStatementContext> found = new ArrayList<>();
    collect(method.block(), name, found);
    return found;
  }

  private static void collect(ParseTree node, String name, List<ExpressionStatementContext> found) {
    if (node instanceof ExpressionStatementContext statement
        && statement.assignmentTail() != null
        && java.util.regex.Pattern.compile(
                "\\." + java.util.regex.Pattern.quote(name) + "(?![A-Za-z0-9_])")
            .matcher(statement.starExpressions().getText())
            .find()) {
      found.add(statement);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), name, found);
    }
  }

  /**
   * The class assigned by {@code self.name = value}; empty when the statement assigns it otherwise
   * (unpacking, augmented, another object's attribute of that name...), which makes the attribute
   * unknown.
   */
  private Optional<String> selfAssigned(
      ExpressionStatementContext statement, FunctionDefContext m) {
    StarExpressionsContext targets = statement.starExpressions();
    if (!(statement.assignmentTail() instanceof AssignmentContext assignment)
        || assignment.assignedValue().size() != 1
        || targets.starExpression().size() != 1
        || targets.starExpression(0).expression() == null) {
      return Optional.empty();
    }
    Optional<PrimaryContext> target = Qualified.soleOperand(targets.starExpression(0).expression());
    if (target.isEmpty()
        || !(target.get() instanceof NameAtomContext)
        || !target.get().getStart().getText().equals("self")
        || target.get().getRuleContexts(TrailerContext.class).size() != 1
        || model.scopeAt(target.get()).node() != m) {
      return Optional.empty();
    }
    List<String> types =
        assignment.assignedValue(0).starExpressions() == null
            ? null
            : valueTypes(assignment.assignedValue(0).starExpressions(), 0);
    return types == null || types.size() != 1
        ? Optional.empty()
        : Optional.ofNullable(types.get(0));
  }
}
