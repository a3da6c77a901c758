package dev.asyncwright.semantic.types;

import dev.asyncwright.python.antlr.PythonParser.AnnotationContext;
import dev.asyncwright.python.antlr.PythonParser.AssignmentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.CallContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionStatementContext;
import dev.asyncwright.python.antlr.PythonParser.ForStatementContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.OperationContext;
import dev.asyncwright.python.antlr.PythonParser.ParenthesizedContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SimpleStatementContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.StarExpressionsContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.WithItemContext;
import dev.asyncwright.python.antlr.PythonParser.WithStatementContext;
import dev.asyncwright.semantic.CallSite;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.NoneAssignments;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.semantic.Qualified;
import dev.asyncwright.semantic.Scope;
import dev.asyncwright.semantic.TypeExpression;
import dev.asyncwright.semantic.TypeExpression.Named;
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
  private final TypeOperations operations;
  private final Memo<ClassDefContext, String, Optional<Named>> selfAttributes =
      new Memo<>(Optional.empty());
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
    this.operations = new TypeOperations(project, api, mayChange, moduleName);
  }

  /** The class of the value the bare name has at a spot, if known. */
  public Optional<String> ofName(String name, ParseTree at) {
    return typeOfName(name, at, 0).map(Named::name);
  }

  private Optional<Named> typeOfName(String name, ParseTree at, int depth) {
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
    // what the bindings give depends on the scope, the name and the depth left, not on the spot:
    // a name used many times (a test's `client`) is worked out once
    NameInScope key = new NameInScope(scope.get(), name, depth);
    Optional<Named> known = boundTypes.get(key);
    if (known == null) {
      known = boundType(sites, name, depth);
      boundTypes.put(key, known);
    }
    return known;
  }

  private record NameInScope(Scope scope, String name, int depth) {}

  private final Map<NameInScope, Optional<Named>> boundTypes = new HashMap<>();

  /** The one class every binding of the name gives (None aside), if they agree. */
  private Optional<Named> boundType(List<ParseTree> sites, String name, int depth) {
    Named found = null;
    for (ParseTree site : sites) {
      if (NoneAssignments.assignsNone(site)) {
        continue; // `x = None` first: where it still is None, no method call on it works
      }
      Optional<Named> type = atSite(site, name, depth);
      if (type.isEmpty() || (found != null && !found.equals(type.get()))) {
        return Optional.empty();
      }
      found = type.get();
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether the call gives a coroutine, by the types of what it is called on: {@code
   * client.get(...)} on a {@code client} whose class's {@code get} is an {@code async def} or is
   * annotated to return a coroutine; empty when that cannot be told.
   */
  public Optional<Boolean> callGivesCoroutine(CallSite call) {
    return evaluate(call.primary(), call.callIndex() + 1, 0)
        .filter(Instance.class::isInstance)
        .map(value -> operations.isCoroutine(((Instance) value).type()));
  }

  /**
   * Whether calling the method on a value of the class gives a coroutine: the tree's own classes
   * first (along their bases), then the knowledge of libraries; empty when unknown.
   */
  public Optional<Boolean> givesCoroutine(String className, String method) {
    // asked for every `self.assertEqual(...)` of a test file: worked out once per class and method
    // (a first answer that could still change has told mayChange already)
    return methodAnswers.get(className, method, this::methodGivesCoroutine);
  }

  private final Memo<String, String, Optional<Boolean>> methodAnswers = new Memo<>(null);

  private Optional<Boolean> methodGivesCoroutine(String className, String method) {
    if (project.isClass(className)) {
      // only a base in a module not indexed yet can change a no
      return project.methodGivesCoroutine(
          className,
          method,
          base -> {
            if (project.mayStillDeclare(base, moduleName)) {
              mayChange.run();
            }
          });
    }
    Optional<Boolean> known = api.givesCoroutine(className, method);
    if (known.isEmpty() && project.mayStillDeclare(className, moduleName)) {
      mayChange.run();
    }
    return known;
  }

  /**
   * The class of the receiver of a method call, if known: {@code x.m()} on a local or parameter
   * {@code x}, {@code self.a.m()} on an attribute of the method's class, any chain whose value the
   * types tell ({@code self.pool.session().get()}).
   */
  public Optional<String> receiverOf(CallSite call) {
    int method = call.callIndex() - 1;
    if (!(call.primary() instanceof NameAtomContext)
        || method < 0
        || !(call.trailers().get(method) instanceof AttributeContext)) {
      return Optional.empty();
    }
    return instance(evaluate(call.primary(), method, 0)).map(Named::name);
  }

  /** The class of {@code self.attribute} in the method holding the spot, if known. */
  public Optional<String> ofSelfAttribute(PrimaryContext at, String attribute) {
    return selfClass(at).flatMap(type -> attributeOf(type, attribute)).map(Named::name);
  }

  /** The type of {@code self.attribute} in methods of a class of this module. */
  private Optional<Named> attributeOf(ClassDefContext type, String attribute) {
    // while it is computed, an attribute asked again (a cycle) is unknown
    return selfAttributes.get(type, attribute, this::selfAttribute);
  }

  /** The class a method's {@code self} is an instance of, by its qualified name. */
  public Optional<String> selfClassName(PrimaryContext at) {
    return selfClass(at).flatMap(this::className);
  }

  private Optional<String> className(ClassDefContext type) {
    if (model.scopeAt(type).kind() != Scope.Kind.MODULE) {
      return Optional.empty();
    }
    // a module of unknown name (a file checked on its own) names its classes as a top module does
    String name = type.name().getText();
    return Optional.of(moduleName == null || moduleName.isEmpty() ? name : moduleName + "." + name);
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

  private Optional<Named> atSite(ParseTree site, String name, int depth) {
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
    if (site instanceof WithItemContext item) {
      // `with E as name`: what E's __enter__ (or __aenter__, awaited) gives
      return item.starTarget().getText().equals(name)
              && item.getParent() instanceof WithStatementContext with
          ? instance(evaluate(item.expression(), depth))
              .flatMap(type -> operations.entered(type, with.ASYNC() != null))
          : Optional.empty();
    }
    if (site instanceof ForStatementContext loop) {
      StarExpressionsContext iterable = loop.starExpressions();
      return loop.starTargets().getText().equals(name)
              && iterable.starExpression().size() == 1
              && iterable.COMMA().isEmpty()
              && iterable.starExpression(0).expression() != null
          ? instance(evaluate(iterable.starExpression(0).expression(), depth))
              .flatMap(type -> operations.element(type, loop.ASYNC() != null))
          : Optional.empty();
    }
    if (!(site instanceof ExpressionStatementContext statement)) {
      return Optional.empty(); // except, walrus, import, def...
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
    List<Named> types = valueTypes(value, depth);
    if (types != null && targets.size() > 1 && types.size() == 1) {
      types = tupleItems(types.get(0));
    }
    if (types == null || types.size() != targets.size()) {
      return Optional.empty();
    }
    int index = targets.indexOf(name);
    return index < 0 || targets.lastIndexOf(name) != index
        ? Optional.empty()
        : Optional.ofNullable(types.get(index));
  }

  /** The items of a fixed-length tuple type ({@code tuple[A, B]}); null for anything else. */
  private static List<Named> tupleItems(Named type) {
    if (!type.name().equals("builtins.tuple") && !type.name().equals("typing.Tuple")) {
      return null;
    }
    List<Named> items = new ArrayList<>();
    for (TypeExpression item : type.arguments()) {
      if (!(item instanceof Named named) || named.name().equals("builtins.Ellipsis")) {
        return null;
      }
      items.add(named);
    }
    return items;
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

  /** What an expression's value is while it is evaluated: an instance, a class, a function. */
  private sealed interface Value permits Instance, ClassObject, Callee {}

  /** An instance of a type. */
  private record Instance(Named type) implements Value {}

  /** A class itself, which calling makes an instance of. */
  private record ClassObject(String name) implements Value {}

  /** A function, or a method bound to its instance. */
  private record Callee(TypeOperations.Member function) implements Value {}

  private static Optional<Named> instance(Optional<Value> value) {
    return value.filter(Instance.class::isInstance).map(found -> ((Instance) found).type());
  }

  /** The types of an assigned value: one; null when unknown. */
  private List<Named> valueTypes(StarExpressionsContext value, int depth) {
    if (value.starExpression().size() != 1
        || !value.COMMA().isEmpty()
        || value.starExpression(0).expression() == null) {
      return null;
    }
    return instance(evaluate(value.starExpression(0).expression(), depth))
        .map(List::of)
        .orElse(null);
  }

  /** The value of an expression that is a primary, perhaps awaited. */
  private Optional<Value> evaluate(ExpressionContext expression, int depth) {
    if (expression.lambdef() != null || expression.IF() != null) {
      return Optional.empty();
    }
    OperationContext operation = expression.operation(0);
    boolean awaited =
        operation.children.size() == 2
            && operation.getChild(0) instanceof TerminalNode terminal
            && terminal.getText().equals("await");
    if ((operation.children.size() != 1 && !awaited)
        || !(operation.getChild(operation.children.size() - 1) instanceof PrimaryContext primary)) {
      return Optional.empty();
    }
    int trailers = primary.getRuleContexts(TrailerContext.class).size();
    Optional<Value> value = evaluate(primary, trailers, depth);
    return awaited ? instance(value).flatMap(operations::awaited).map(Instance::new) : value;
  }

  /** The value of a primary's name and its first {@code count} trailers. */
  private Optional<Value> evaluate(PrimaryContext primary, int count, int depth) {
    if (!(primary instanceof NameAtomContext) || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    String head = primary.getStart().getText();
    Optional<Value> value;
    int next = 0;
    if (head.equals("self") && selfClass(primary).isPresent()) {
      value = selfClassName(primary).map(name -> new Instance(Named.of(name)));
    } else if (model.bindingScope(head, primary).isPresent()
        && model.resolve(head, primary).isEmpty()) {
      value = local(head, primary, depth);
    } else {
      // the longest dotted prefix that names a class or function we know: `web.Response`
      next = Math.min(count, leadingAttributes(trailers));
      value = Optional.empty();
      while (next >= 0) {
        value = Qualified.name(model, moduleName, primary, next).flatMap(this::global);
        if (value.isPresent()) {
          break;
        }
        next--;
      }
    }
    for (int i = next; i < count && value.isPresent(); i++) {
      value = apply(value.get(), trailers.get(i), primary, depth);
    }
    return value;
  }

  private static int leadingAttributes(List<TrailerContext> trailers) {
    int count = 0;
    while (count < trailers.size() && trailers.get(count) instanceof AttributeContext) {
      count++;
    }
    return count;
  }

  /** A name of this module's scopes: a class or function defined at the top, or a local value. */
  private Optional<Value> local(String head, PrimaryContext at, int depth) {
    Scope scope = model.bindingScope(head, at).orElseThrow();
    List<ParseTree> sites = scope.sites(head);
    if (scope.kind() == Scope.Kind.MODULE && moduleName != null) {
      String qualified = moduleName.isEmpty() ? head : moduleName + "." + head;
      if (sites.stream().allMatch(ClassDefContext.class::isInstance)) {
        return Optional.of(new ClassObject(qualified));
      }
      if (sites.stream().allMatch(FunctionDefContext.class::isInstance)) {
        return function(qualified);
      }
    }
    return typeOfName(head, at, depth + 1).map(Instance::new);
  }

  /** What a qualified name outside the module's scopes is: a known class or function. */
  private Optional<Value> global(String name) {
    String canonical = operations.settled(name);
    if (project.isClass(canonical)) {
      return Optional.of(new ClassObject(canonical));
    }
    Optional<ApiKnowledge.LibraryClass> library = api.classNamed(canonical);
    if (library.isPresent()) {
      return Optional.of(new ClassObject(library.get().name()));
    }
    Optional<List<String>> returned = api.returnsOf(canonical);
    if (returned.isPresent()) {
      List<TypeExpression> types =
          returned.get().stream().map(type -> (TypeExpression) Named.of(type)).toList();
      TypeExpression result = types.size() == 1 ? types.get(0) : new Named("builtins.tuple", types);
      return Optional.of(
          new Callee(
              new TypeOperations.Member(
                  canonical,
                  api.isCoroutineFunction(canonical),
                  Optional.empty(),
                  result,
                  Map.of())));
    }
    if (project.mayStillDeclare(name, moduleName)
        || project.mayStillDeclare(canonical, moduleName)) {
      mayChange.run(); // a module not indexed yet may define or re-export it
    }
    return function(canonical);
  }

  /** A function of the tree, if the index knows what calling it gives. */
  private Optional<Value> function(String qualified) {
    boolean async = project.isCoroutineFunction(qualified);
    Optional<TypeExpression> returns = project.returnAnnotation(qualified);
    if (!async && returns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Callee(
            new TypeOperations.Member(
                qualified,
                async,
                Optional.empty(),
                returns.orElse(TypeExpression.UNREADABLE),
                Map.of())));
  }

  /** What one trailer makes of a value. */
  private Optional<Value> apply(Value value, TrailerContext trailer, PrimaryContext at, int depth) {
    if (trailer instanceof AttributeContext attribute && value instanceof Instance instance) {
      String name = attribute.name().getText();
      Optional<TypeOperations.Member> member = operations.member(instance.type(), name);
      if (member.isPresent()) {
        return member.get().isMethod()
            ? Optional.of(new Callee(member.get()))
            : member.get().type().map(Instance::new);
      }
      Optional<ClassDefContext> own = ownClass(instance.type().name());
      if (own.isEmpty()) {
        return Optional.empty();
      }
      Optional<TypeOperations.Member> method = ownMethod(own.get(), name);
      return method.isPresent()
          ? Optional.of(new Callee(method.get()))
          : attributeOf(own.get(), name).map(Instance::new);
    }
    if (!(trailer instanceof CallContext)) {
      return Optional.empty();
    }
    if (value instanceof ClassObject type) {
      return Optional.of(new Instance(Named.of(type.name())));
    }
    if (value instanceof Callee callee) {
      return operations.callResult(callee.function()).map(Instance::new);
    }
    return operations.called(((Instance) value).type()).map(Instance::new);
  }

  /**
   * A method a class of this module defines once, undecorated, read from the tree: what the index
   * would say of it, for a module it does not hold (a file of unknown module name).
   */
  private Optional<TypeOperations.Member> ownMethod(ClassDefContext type, String name) {
    Scope body = model.scopeAt(type.block());
    List<ParseTree> sites = body.sites(name);
    if (sites.size() != 1
        || !(sites.get(0) instanceof FunctionDefContext function)
        || function.getParent()
            instanceof dev.asyncwright.python.antlr.PythonParser.DecoratedContext) {
      return Optional.empty();
    }
    return Optional.of(
        new TypeOperations.Member(
            name,
            model.isPlainCoroutineFunction(function),
            Optional.empty(),
            function.expression() == null
                ? TypeExpression.UNREADABLE
                : Qualified.annotation(model, moduleName, function.expression()),
            Map.of()));
  }

  /** The class definition of this module with the qualified name, if there is one. */
  private Optional<ClassDefContext> ownClass(String qualified) {
    if (ownClasses == null) {
      ownClasses = new HashMap<>();
      for (ClassDefContext type : model.classes()) {
        className(type).ifPresent(name -> ownClasses.putIfAbsent(name, type));
      }
    }
    return Optional.ofNullable(ownClasses.get(qualified));
  }

  private Map<String, ClassDefContext> ownClasses;

  /** The type an annotation names: {@code X}, {@code Optional[X]}, {@code X | None}, generics. */
  private Optional<Named> annotation(ExpressionContext expression) {
    return operations.resolve(Qualified.annotation(model, moduleName, expression), Map.of());
  }

  // ---- self

  private Optional<ClassDefContext> selfClass(PrimaryContext at) {
    return model.selfClass(at);
  }

  /**
   * What the class declares {@code self.name} to be ({@code self.name: T = ...} in a method, or
   * {@code name: T} in its body: the declared type wins, as in a type checker), else what every
   * {@code self.name = value} of its methods (and its body) agrees on.
   */
  private Optional<Named> selfAttribute(ClassDefContext type, String name) {
    Scope body = model.scopeAt(type.block());
    Optional<Named> declared = declaredAttribute(type, body, name);
    if (declared != null) {
      return declared;
    }
    Named found = null;
    boolean any = false;
    for (ParseTree site : body.sites(name)) {
      Optional<Named> value = atSite(site, name, 0);
      if (value.isEmpty() || (found != null && !found.equals(value.get()))) {
        return Optional.empty();
      }
      found = value.get();
      any = true;
    }
    for (FunctionDefContext method : methodsOf(body)) {
      for (ExpressionStatementContext statement : assignmentsTo(method, name)) {
        if (NoneAssignments.assignsNone(statement)) {
          continue;
        }
        Optional<Named> value = selfAssigned(statement, method);
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
  private Optional<Named> declaredAttribute(ClassDefContext type, Scope body, String name) {
    List<ExpressionContext> annotations = new ArrayList<>();
    for (ParseTree site : body.sites(name)) {
      if (site instanceof ExpressionStatementContext statement
          && statement.assignmentTail() instanceof AnnotationContext annotated) {
        annotations.add(annotated.expression());
      }
    }
    for (FunctionDefContext method : methodsOf(body)) {
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
    Named found = null;
    for (ExpressionContext annotation : annotations) {
      Optional<Named> named = annotation(annotation);
      if (named.isEmpty() || (found != null && !found.equals(named.get()))) {
        return Optional.empty();
      }
      found = named.get();
    }
    return Optional.of(found);
  }

  private Map<Scope, List<FunctionDefContext>> methods;

  /** The functions defined directly in a class body, all classes' found in one pass. */
  private List<FunctionDefContext> methodsOf(Scope body) {
    if (methods == null) {
      methods = new HashMap<>();
      for (FunctionDefContext function : model.functions()) {
        methods.computeIfAbsent(model.scopeAt(function), key -> new ArrayList<>()).add(function);
      }
    }
    return methods.getOrDefault(body, List.of());
  }

  /** The statements of a method that assign to {@code <first parameter>.name}, or delete it. */
  private List<ExpressionStatementContext> assignmentsTo(FunctionDefContext method, String name) {
    List<ExpressionStatementContext> found = new ArrayList<>();
    for (Assignment assignment : assignments(method)) {
      if (namesAttribute(assignment.targets(), name)) {
        found.add(assignment.statement());
      }
    }
    return found;
  }

  /** Whether the text holds {@code .name} not followed by more of a name. */
  private static boolean namesAttribute(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if (at > 0
          && text.charAt(at - 1) == '.'
          && (end == text.length() || !isNameCharacter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** An assignment statement of a method, and its targets' text. */
  private record Assignment(ExpressionStatementContext statement, String targets) {}

  private final Map<FunctionDefContext, List<Assignment>> assignments = new HashMap<>();

  /** The assignment statements of a method, read once for all the attributes asked about. */
  private List<Assignment> assignments(FunctionDefContext method) {
    List<Assignment> found = assignments.get(method);
    if (found == null) {
      found = new ArrayList<>();
      collect(method.block(), found);
      assignments.put(method, found);
    }
    return found;
  }

  private static void collect(ParseTree node, List<Assignment> found) {
    if (node instanceof SimpleStatementContext simple) {
      if (simple.getChild(0) instanceof ExpressionStatementContext statement
          && statement.assignmentTail() != null
          && statement.starExpressions().getStart() != statement.starExpressions().getStop()) {
        // (a target of one token, a plain name, assigns no attribute)
        found.add(new Assignment(statement, statement.starExpressions().getText()));
      }
      return; // a simple statement holds no statement: its expressions need no walk
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), found);
    }
  }

  /**
   * The class assigned by {@code self.name = value}; empty when the statement assigns it otherwise
   * (unpacking, augmented, another object's attribute of that name...), which makes the attribute
   * unknown.
   */
  private Optional<Named> selfAssigned(ExpressionStatementContext statement, FunctionDefContext m) {
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
    List<Named> types =
        assignment.assignedValue(0).starExpressions() == null
            ? null
            : valueTypes(assignment.assignedValue(0).starExpressions(), 0);
    return types == null || types.size() != 1
        ? Optional.empty()
        : Optional.ofNullable(types.get(0));
  }
}
