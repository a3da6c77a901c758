package dev.asyncwright.semantic;

import dev.asyncwright.python.ParsedModule;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratedContext;
import dev.asyncwright.python.antlr.PythonParser.DecoratorContext;
import dev.asyncwright.python.antlr.PythonParser.ExpressionContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.LambdefContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PlainParameterContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.YieldExpressionContext;
import dev.asyncwright.tree.Attribute;
import dev.asyncwright.tree.Expression;
import dev.asyncwright.tree.Name;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What the names of one module mean: its scopes and their bindings (imports with their aliases, and
 * everything that shadows them), whether a node runs inside a coroutine, and indexes of the nodes
 * the rules look at (calls, functions, dotted references), gathered in one walk.
 */
public final class ModuleModel {

  private final ParsedModule module;
  private final Scope moduleScope;
  private final Map<ParserRuleContext, Scope> scopes;
  private final List<CallSite> calls;
  private final List<FunctionDefContext> functions;
  private final List<PrimaryContext> namePrimaries;
  // Rules ask the same questions about the same nodes: answer each once.
  private final Map<CallSite, Optional<String>> calleeNames = new IdentityHashMap<>();
  private final Map<ParseTree, Scope> scopeCache = new IdentityHashMap<>();
  private List<CallSite> coroutineCalls;
  private Map<String, List<CallSite>> callsByName;
  private final Map<ModuleFact<?>, Object> facts = new IdentityHashMap<>();

  ModuleModel(
      ParsedModule module,
      Scope moduleScope,
      Map<ParserRuleContext, Scope> scopes,
      List<CallSite> calls,
      List<FunctionDefContext> functions,
      List<PrimaryContext> namePrimaries) {
    this.module = module;
    this.moduleScope = moduleScope;
    this.scopes = scopes;
    this.calls = Collections.unmodifiableList(calls);
    this.functions = Collections.unmodifiableList(functions);
    this.namePrimaries = Collections.unmodifiableList(namePrimaries);
  }

  /** Builds the model of a parsed module whose package is not known: relative imports stay so. */
  public static ModuleModel of(ParsedModule module) {
    return of(module, null);
  }

  /**
   * Builds the model of a parsed module in a package ({@link RelativeImports#packageOf}): a name
   * imported relatively ({@code from .a import fetch}) resolves to its absolute name ({@code
   * pkg.a.fetch}).
   */
  public static ModuleModel of(ParsedModule module, String packageName) {
    return new ModelBuilder(module, packageName).build();
  }

  /**
   * The model of a module's declarations only (imports, classes, functions and their signatures; no
   * function body): what the project index needs of a module no rule looks at.
   */
  public static ModuleModel declarationsOf(ParsedModule module, String packageName) {
    return new ModelBuilder(module, packageName, true).build();
  }

  public ParsedModule module() {
    return module;
  }

  public Scope moduleScope() {
    return moduleScope;
  }

  /** Every call in the module, in source order. */
  public List<CallSite> calls() {
    return calls;
  }

  /**
   * The calls that run inside a coroutine, in source order: what the blocking-call rules look at.
   * Most code of most projects is not async, so this list is short.
   */
  public List<CallSite> coroutineCalls() {
    if (coroutineCalls == null) {
      coroutineCalls = calls.stream().filter(call -> call.scope().isCoroutine()).toList();
    }
    return coroutineCalls;
  }

  /** The calls of a method or function of that name ({@code run_until_complete}). */
  public List<CallSite> callsNamed(String name) {
    if (callsByName == null) {
      callsByName = new HashMap<>();
      for (CallSite call : calls) {
        call.calledName()
            .ifPresent(n -> callsByName.computeIfAbsent(n, key -> new ArrayList<>()).add(call));
      }
    }
    return callsByName.getOrDefault(name, List.of());
  }

  /**
   * A fact about this module, computed the first time it is asked and kept with the model. Not
   * {@code computeIfAbsent}: a fact may ask for another while it is computed.
   */
  @SuppressWarnings("unchecked") // each fact's value was computed by that fact
  public <T> T fact(ModuleFact<T> fact) {
    Object known = facts.get(fact);
    if (known == null) {
      known = fact.computeFor(this);
      facts.put(fact, known);
    }
    return (T) known;
  }

  /** Every {@code def} and {@code async def}, in source order. */
  /** Every scope of the module but the module's own, in no particular order. */
  public java.util.Collection<Scope> scopes() {
    return Collections.unmodifiableCollection(scopes.values());
  }

  /** Every class of the module, nested ones included, in no particular order. */
  public List<ClassDefContext> classes() {
    List<ClassDefContext> found = new java.util.ArrayList<>();
    for (ParserRuleContext node : scopes.keySet()) {
      if (node instanceof ClassDefContext type) {
        found.add(type);
      }
    }
    return found;
  }

  public List<FunctionDefContext> functions() {
    return functions;
  }

  /** Every primary that starts with a name ({@code x}, {@code a.b(c)}), in source order. */
  public List<PrimaryContext> namePrimaries() {
    return namePrimaries;
  }

  /** The scope a node is evaluated in. */
  public Scope scopeAt(ParseTree node) {
    Scope cached = scopeCache.get(node);
    if (cached == null) {
      cached = findScope(node);
      scopeCache.put(node, cached);
    }
    return cached;
  }

  private Scope findScope(ParseTree node) {
    ParseTree child = node;
    ParseTree parent = node.getParent();
    while (parent != null) {
      if (parent instanceof FunctionDefContext function && child == function.block()) {
        return scopes.get(function);
      }
      if (parent instanceof ClassDefContext type && child == type.block()) {
        return scopes.get(type);
      }
      if (parent instanceof LambdefContext lambda && child == lambda.expression()) {
        return scopes.get(lambda);
      }
      child = parent;
      parent = parent.getParent();
    }
    return moduleScope;
  }

  /**
   * Whether a node runs inside a coroutine: its innermost enclosing function is an {@code async
   * def} (a nested {@code def}, {@code lambda} or class body is not).
   */
  public boolean inCoroutine(ParseTree node) {
    return scopeAt(node).isCoroutine();
  }

  /** The function whose body holds the node, if any. */
  public Optional<FunctionDefContext> enclosingFunction(ParseTree node) {
    Scope scope = scopeAt(node);
    return scope.node() instanceof FunctionDefContext function
        ? Optional.of(function)
        : Optional.empty();
  }

  /**
   * The class whose instance {@code self} is at the spot: {@code self} is the first parameter of a
   * method defined directly in that class's body (the spot may stand in a function nested in the
   * method, which sees the same {@code self}). Empty anywhere else.
   */
  public Optional<ClassDefContext> selfClass(ParseTree at) {
    Optional<Scope> scope = bindingScope("self", at);
    if (scope.isEmpty()
        || !(scope.get().node() instanceof FunctionDefContext method)
        || method.parameters() == null
        || !(method.parameters().parameter(0) instanceof PlainParameterContext first)
        || !first.name().getText().equals("self")
        || !(scopeAt(method).node() instanceof ClassDefContext type)) {
      return Optional.empty();
    }
    return Optional.of(type);
  }

  /**
   * What a name means where it is used: the qualified name of an import ({@code time.sleep} for
   * {@code pause} after {@code from time import sleep as pause}), {@code builtins.NAME} for a name
   * bound nowhere, or empty for a local name or one that cannot be known (a star import is in
   * reach).
   */
  public Optional<String> resolve(String name, ParseTree at) {
    Lookup found = lookup(name, at);
    if (found == null) {
      return Optional.of("builtins." + name);
    }
    if (found.binding() == null || found.binding().kind() != Binding.Kind.IMPORT) {
      return Optional.empty(); // local, or perhaps bound by a star import
    }
    return Optional.of(found.binding().qualifiedName());
  }

  /**
   * The scope whose binding of a name is the one used at {@code at} (following {@code global} as
   * {@link #resolve} does), or empty for a builtin name and for a name a star import may have
   * bound.
   */
  public Optional<Scope> bindingScope(String name, ParseTree at) {
    Lookup found = lookup(name, at);
    return found == null || found.binding() == null ? Optional.empty() : Optional.of(found.scope());
  }

  /** Where a name's binding was found; a null binding means a star import may bind it. */
  private record Lookup(Scope scope, Binding binding) {}

  /**
   * Python's name lookup from {@code at} outwards: class bodies are skipped from the functions
   * inside them, {@code global} goes to the module, {@code nonlocal} further out. Null when no
   * scope binds the name (a builtin).
   */
  private Lookup lookup(String name, ParseTree at) {
    Scope scope = scopeAt(at);
    boolean first = true;
    while (scope != null) {
      if (scope.kind() == Scope.Kind.CLASS && !first) {
        scope = scope.parent(); // a class body is not visible from functions inside it
        continue;
      }
      Binding binding = scope.binding(name);
      if (binding != null) {
        if (binding.kind() == Binding.Kind.IMPORT || binding.kind() == Binding.Kind.LOCAL) {
          return new Lookup(scope, binding);
        }
        if (binding.kind() == Binding.Kind.GLOBAL) {
          scope = moduleScope;
          first = false;
          continue;
        }
      }
      if (scope.binds(ModelBuilder.STAR_IMPORT)) {
        return new Lookup(scope, null);
      }
      scope = scope.parent();
      first = false;
    }
    return null;
  }

  /**
   * The qualified name a dotted value names ({@code asyncio.CancelledError} after {@code import
   * asyncio}, {@code CancelledError} after {@code from asyncio import CancelledError}); empty for
   * any value other than a name and its attributes.
   */
  public Optional<String> qualifiedName(Expression value) {
    int attributes = 0;
    Expression at = value;
    while (at instanceof Attribute attribute) {
      attributes++;
      at = attribute.object();
    }
    return at instanceof Name name ? qualifiedName(name.context(), attributes) : Optional.empty();
  }

  /**
   * The qualified name of a dotted reference: the primary's name and its first {@code attributes}
   * trailers, which must all be attributes. {@code t.sleep} after {@code import time as t} is
   * {@code time.sleep}.
   */
  public Optional<String> qualifiedName(PrimaryContext primary, int attributes) {
    if (!(primary instanceof NameAtomContext)) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    Optional<String> head = resolve(primary.getStart().getText(), primary);
    if (head.isEmpty()) {
      return head;
    }
    name.append(head.get());
    // Only the first `attributes` trailers are read, not the whole list: in `f()()()...` each
    // call asks, and a list per call made the chain quadratic.
    int seen = 0;
    for (int i = 1; seen < attributes && i < primary.getChildCount(); i++) {
      ParseTree child = primary.getChild(i);
      if (!(child instanceof TrailerContext)) {
        continue;
      }
      if (!(child instanceof AttributeContext attribute)) {
        return Optional.empty();
      }
      name.append('.').append(attribute.name().getText());
      seen++;
    }
    return seen == attributes ? Optional.of(name.toString()) : Optional.empty();
  }

  /** The qualified name of what a call calls, if it is a dotted name we can resolve. */
  public Optional<String> calleeName(CallSite call) {
    return calleeNames.computeIfAbsent(call, c -> qualifiedName(c.primary(), c.callIndex()));
  }

  /**
   * The name under which the module is imported at module level ({@code aio} after {@code import
   * asyncio as aio}), if it is, and if that name still means the module at {@code at}.
   */
  public Optional<String> moduleAlias(String moduleName, ParseTree at) {
    for (Map.Entry<String, Binding> entry : moduleScope.bindings().entrySet()) {
      Binding binding = entry.getValue();
      if (binding.kind() == Binding.Kind.IMPORT
          && binding.qualifiedName().equals(moduleName)
          && resolve(entry.getKey(), at).equals(Optional.of(moduleName))) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the module imports the module named, or anything from it, in any scope ({@code import
   * asyncio}, {@code from asyncio import sleep}, {@code import asyncio.subprocess}).
   */
  public boolean imports(String moduleName) {
    List<Scope> all = new ArrayList<>(scopes.values());
    all.add(moduleScope);
    for (Scope scope : all) {
      for (Binding binding : scope.bindings().values()) {
        if (binding.kind() == Binding.Kind.IMPORT
            && (binding.qualifiedName().equals(moduleName)
                || binding.qualifiedName().startsWith(moduleName + "."))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The local names, in any scope, that import one of these qualified names. */
  public Set<String> namesImporting(Set<String> qualifiedNames) {
    Set<String> names = new HashSet<>();
    List<Scope> all = new ArrayList<>(scopes.values());
    all.add(moduleScope);
    for (Scope scope : all) {
      scope
          .bindings()
          .forEach(
              (name, binding) -> {
                if (binding.kind() == Binding.Kind.IMPORT
                    && qualifiedNames.contains(binding.qualifiedName())) {
                  names.add(name);
                }
              });
    }
    return names;
  }

  /** Whether a name is bound nowhere in reach of {@code at} (so a fix may introduce it). */
  public boolean isFree(String name, ParseTree at) {
    for (Scope scope = scopeAt(at); scope != null; scope = scope.parent()) {
      if (scope.binds(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An {@code async def} whose call gives a coroutine: not an async generator ({@code yield} in its
   * body), and without decorators that could make it something else ({@code @asynccontextmanager});
   * {@code staticmethod}, {@code classmethod} and {@code abstractmethod} are fine.
   */
  public boolean isPlainCoroutineFunction(FunctionDefContext function) {
    return function.ASYNC() != null && undecorated(function) && !yields(function.block());
  }

  /**
   * Whether the function has no decorator that could make it something else: none, or only {@code
   * staticmethod}, {@code classmethod} and {@code abstractmethod}.
   */
  public boolean undecorated(FunctionDefContext function) {
    if (function.getParent() instanceof DecoratedContext decorated) {
      for (DecoratorContext decorator : decorated.decorator()) {
        // by what the name means, not how it is spelled: a local `staticmethod` is not it
        if (!HARMLESS_DECORATORS.contains(decoratorName(decorator).orElse(""))) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> HARMLESS_DECORATORS =
      Set.of("builtins.staticmethod", "builtins.classmethod", "abc.abstractmethod");

  /** The qualified name a decorator's dotted name stands for, if it is one we can resolve. */
  public Optional<String> decoratorName(DecoratorContext decorator) {
    ExpressionContext expression = decorator.namedExpression().expression(0);
    if (decorator.namedExpression().COLONEQUAL() != null
        || expression.lambdef() != null
        || expression.IF() != null
        || expression.operation(0).children.size() != 1
        || !(expression.operation(0).getChild(0) instanceof PrimaryContext primary)) {
      return Optional.empty();
    }
    return qualifiedName(primary, primary.getRuleContexts(TrailerContext.class).size());
  }

  /**
   * Whether a function body yields for its function: a nested function, lambda or class body yields
   * for itself. Decided on the tree alone, not by looking scopes up: a model of declarations only
   * has no scopes for the functions nested in bodies it skipped.
   */
  private static boolean yields(ParseTree node) {
    if (node instanceof YieldExpressionContext) {
      return true;
    }
    ParseTree ownScope =
        node instanceof FunctionDefContext nested
            ? nested.block()
            : node instanceof LambdefContext lambda
                ? lambda.expression()
                : node instanceof ClassDefContext type ? type.block() : null;
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (child != ownScope && yields(child)) {
        return true;
      }
    }
    return false;
  }
}
