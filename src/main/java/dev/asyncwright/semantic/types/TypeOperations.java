package dev.asyncwright.semantic.types;

import dev.asyncwright.semantic.ClassDeclaration;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.semantic.TypeExpression;
import dev.asyncwright.semantic.TypeExpression.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a type checker does with a known type, as far as the tree's annotations and {@link
 * ApiKnowledge} say: qualify it (re-exports, aliases, type variables bound by the arguments), find
 * a member along the bases, and tell what awaiting, calling, entering or iterating a value of it
 * gives. Every answer is empty when anything on the way is unknown.
 */
final class TypeOperations {

  private static final int MAX_DEPTH = 12;

  private static final Set<String> COROUTINES =
      Set.of("typing.Coroutine", "collections.abc.Coroutine", "types.CoroutineType");

  /** Awaitable forms, and which argument is what awaiting gives. */
  private static final Map<String, Integer> AWAITABLES =
      Map.of(
          "typing.Coroutine", 2,
          "collections.abc.Coroutine", 2,
          "typing.Awaitable", 0,
          "collections.abc.Awaitable", 0,
          "asyncio.Future", 0,
          "asyncio.Task", 0,
          "asyncio.futures.Future", 0,
          "asyncio.tasks.Task", 0);

  private static final Set<String> CALLABLES =
      Set.of("typing.Callable", "collections.abc.Callable");

  private static final Set<String> ITERABLES =
      Set.of(
          "builtins.list",
          "builtins.set",
          "builtins.frozenset",
          "typing.List",
          "typing.Set",
          "typing.FrozenSet",
          "typing.Iterable",
          "typing.Iterator",
          "typing.Sequence",
          "typing.MutableSequence",
          "typing.Collection",
          "typing.Generator",
          "typing.Deque",
          "collections.deque",
          "collections.abc.Iterable",
          "collections.abc.Iterator",
          "collections.abc.Sequence",
          "collections.abc.MutableSequence",
          "collections.abc.Collection",
          "collections.abc.Generator");

  private static final Set<String> ASYNC_ITERABLES =
      Set.of(
          "typing.AsyncIterator",
          "typing.AsyncIterable",
          "typing.AsyncGenerator",
          "collections.abc.AsyncIterator",
          "collections.abc.AsyncIterable",
          "collections.abc.AsyncGenerator");

  private static final Set<String> TUPLES = Set.of("builtins.tuple", "typing.Tuple");

  private static final Set<String> SELF = Set.of("typing.Self", "typing_extensions.Self");

  /** Bases outside the tree that define none of the members asked about here. */
  private static final Set<String> EMPTY_BASES =
      Set.of(
          "builtins.object",
          "typing.Generic",
          "typing.Protocol",
          "typing_extensions.Protocol",
          "abc.ABC");

  /** A member found on a type: a method (its function's name) or an attribute (its type). */
  record Member(
      String function,
      boolean async,
      Optional<Named> type,
      TypeExpression returns,
      Map<String, TypeExpression> bindings) {

    boolean isMethod() {
      return function != null;
    }
  }

  private final ProjectIndex project;
  private final ApiKnowledge api;
  private final Runnable mayChange;
  private final String moduleName;

  /**
   * @param moduleName the module being checked (null: unknown), whose own declarations are in the
   *     index before its rules ask
   */
  TypeOperations(ProjectIndex project, ApiKnowledge api, Runnable mayChange, String moduleName) {
    this.project = project;
    this.api = api;
    this.mayChange = mayChange;
    this.moduleName = moduleName;
  }

  /**
   * The type an expression stands for, its names followed to classes (re-exports, aliases) and its
   * type variables replaced by what {@code bindings} binds them to; empty when it is not known.
   */
  Optional<Named> resolve(TypeExpression type, Map<String, TypeExpression> bindings) {
    return resolve(type, bindings, 0);
  }

  private Optional<Named> resolve(
      TypeExpression type, Map<String, TypeExpression> bindings, int depth) {
    if (depth <= MAX_DEPTH && type instanceof TypeExpression.CallResult call) {
      return call.receiver() == null
          ? calling(call.callee(), depth + 1)
          : member(Named.of(call.receiver()), call.callee())
              .filter(Member::isMethod)
              .flatMap(this::callResult);
    }
    if (depth > MAX_DEPTH || !(type instanceof Named named)) {
      return Optional.empty();
    }
    if (named.name().isEmpty()) {
      return Optional.of(named); // Callable's parameter list
    }
    String name = settled(named.name());
    TypeExpression bound = bindings.getOrDefault(named.name(), bindings.get(name));
    if (bound != null) {
      return resolve(bound, Map.of(), depth + 1);
    }
    if (project.isTypeVariable(name) || SELF.contains(name)) {
      return Optional.empty(); // a type variable nothing binds
    }
    String aliased = name;
    Optional<TypeExpression> alias = project.typeAlias(name).or(() -> api.typeAlias(aliased));
    if (alias.isPresent()) {
      return resolve(alias.get(), bindings, depth + 1);
    }
    Optional<ApiKnowledge.LibraryClass> library = api.classNamed(name);
    if (library.isPresent()) {
      name = library.get().name();
    } else if (!project.isClass(name) && project.mayStillDeclare(name, moduleName)) {
      mayChange.run(); // a module not indexed yet may define it
    }
    List<TypeExpression> arguments =
        named.arguments().stream()
            .map(
                argument ->
                    (TypeExpression)
                        resolve(argument, bindings, depth + 1)
                            .map(TypeExpression.class::cast)
                            .orElse(TypeExpression.UNREADABLE))
            .toList();
    return Optional.of(new Named(name, arguments));
  }

  /**
   * The name a qualified name stands for once re-exports are followed, told to {@code mayChange}
   * when a module not indexed yet may still define or re-export it: until then any answer about it
   * (even the library knowledge's, which a re-export of the tree's own class would override) may
   * change.
   */
  String settled(String qualifiedName) {
    String name = project.canonical(qualifiedName);
    if (project.mayStillDeclare(qualifiedName, moduleName)
        || project.mayStillDeclare(name, moduleName)) {
      mayChange.run();
    }
    return name;
  }

  /** What calling a qualified name gives: an instance of a class, what a function returns. */
  private Optional<Named> calling(String callee, int depth) {
    String name = settled(callee);
    if (project.isClass(name)) {
      return Optional.of(Named.of(name));
    }
    Optional<ApiKnowledge.LibraryClass> library = api.classNamed(name);
    if (library.isPresent()) {
      return Optional.of(Named.of(library.get().name()));
    }
    Optional<List<String>> known = api.returnsOf(name);
    if (known.isPresent()) {
      return known.get().size() == 1
          ? wrap(api.isCoroutineFunction(name), Optional.of(Named.of(known.get().get(0))))
          : Optional.empty();
    }
    Optional<TypeExpression> returns = project.returnAnnotation(name);
    boolean async = project.isCoroutineFunction(name);
    if (returns.isEmpty() && !async) {
      if (project.mayStillDeclare(callee, moduleName)
          || project.mayStillDeclare(name, moduleName)) {
        mayChange.run();
      }
      return Optional.empty();
    }
    return wrap(async, returns.flatMap(type -> resolve(type, Map.of(), depth + 1)));
  }

  /** A function's result: itself, or for a coroutine function a coroutine of it. */
  private static Optional<Named> wrap(boolean async, Optional<Named> result) {
    if (!async) {
      return result;
    }
    return Optional.of(
        new Named(
            "typing.Coroutine",
            List.of(
                TypeExpression.UNREADABLE,
                TypeExpression.UNREADABLE,
                result.isPresent() ? result.get() : TypeExpression.UNREADABLE)));
  }

  /**
   * Whether a value of the type is a coroutine: a {@code Coroutine}, or a class derived from one.
   */
  boolean isCoroutine(Named type) {
    return COROUTINES.contains(type.name()) || derivesFrom(type, COROUTINES, new HashSet<>(), 0);
  }

  private boolean derivesFrom(Named type, Set<String> forms, Set<String> seen, int depth) {
    Optional<ClassDeclaration> declared = project.classDeclaration(type.name());
    if (depth > MAX_DEPTH || declared.isEmpty() || !seen.add(type.name())) {
      return false;
    }
    for (TypeExpression base : declared.get().baseTypes()) {
      if (base instanceof Named named) {
        String name = settled(named.name());
        if (forms.contains(name)
            || derivesFrom(new Named(name, named.arguments()), forms, seen, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What awaiting a value of the type gives. */
  Optional<Named> awaited(Named type) {
    return awaited(type, 0);
  }

  private Optional<Named> awaited(Named type, int depth) {
    Integer result = AWAITABLES.get(type.name());
    if (result != null) {
      return type.argument(result).named().filter(named -> !named.name().isEmpty());
    }
    Optional<ClassDeclaration> declared = project.classDeclaration(type.name());
    if (depth > MAX_DEPTH || declared.isEmpty()) {
      return Optional.empty();
    }
    Optional<Member> dunder = member(type, "__await__");
    if (dunder.isPresent() && dunder.get().isMethod()) {
      // __await__ returns Generator[yielded, sent, result]
      return resolve(dunder.get().returns(), dunder.get().bindings())
          .filter(generator -> generator.name().endsWith(".Generator"))
          .flatMap(generator -> generator.argument(2).named());
    }
    Map<String, TypeExpression> bindings = bindings(type, declared.get());
    for (TypeExpression base : declared.get().baseTypes()) {
      Optional<Named> resolved = resolve(base, bindings);
      if (resolved.isPresent() && !EMPTY_BASES.contains(resolved.get().name())) {
        Optional<Named> found = awaited(resolved.get(), depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** What calling a value of the type gives: a {@code Callable}'s result, a {@code __call__}'s. */
  Optional<Named> called(Named type) {
    if (CALLABLES.contains(type.name())) {
      return type.argument(1).named();
    }
    return member(type, "__call__").filter(Member::isMethod).flatMap(this::callResult);
  }

  /** What calling a method gives: a coroutine of its result for an {@code async def}. */
  Optional<Named> callResult(Member method) {
    return wrap(method.async(), resolve(method.returns(), method.bindings()));
  }

  /** The value {@code with} ({@code async with}) binds to its target for a context of the type. */
  Optional<Named> entered(Named type, boolean async) {
    Optional<Member> enter = member(type, async ? "__aenter__" : "__enter__");
    if (enter.isEmpty() || !enter.get().isMethod()) {
      return Optional.empty();
    }
    Optional<Named> result = callResult(enter.get());
    return async ? result.flatMap(this::awaited) : result;
  }

  /** The elements a {@code for} ({@code async for}) loop over a value of the type goes through. */
  Optional<Named> element(Named type, boolean async) {
    if ((async ? ASYNC_ITERABLES : ITERABLES).contains(type.name())) {
      return type.argument(0).named();
    }
    if (!async
        && TUPLES.contains(type.name())
        && type.arguments().size() == 2
        && type.argument(1) instanceof Named rest
        && rest.name().equals("builtins.Ellipsis")) {
      return type.argument(0).named();
    }
    Optional<Member> iterate = member(type, async ? "__aiter__" : "__iter__");
    if (iterate.isEmpty() || !iterate.get().isMethod() || iterate.get().async()) {
      return Optional.empty();
    }
    Optional<Named> iterator = callResult(iterate.get());
    if (iterator.isPresent() && iterator.get().equals(type)) {
      // returns itself: the next method says what each step gives
      Optional<Member> next = member(type, async ? "__anext__" : "__next__");
      Optional<Named> step = next.filter(Member::isMethod).flatMap(this::callResult);
      return async ? step.flatMap(this::awaited) : step;
    }
    return iterator.flatMap(
        found ->
            (async ? ASYNC_ITERABLES : ITERABLES).contains(found.name())
                ? found.argument(0).named()
                : Optional.empty());
  }

  /**
   * A member of instances of the type, looked up along the bases (the first class that binds the
   * name has it); empty when a class on the way is not known.
   */
  Optional<Member> member(Named type, String name) {
    // a file asks about the same few members again and again (`self.assertEqual` in a test)
    return members.get(type, name, this::lookUp);
  }

  private final Memo<Named, String, Optional<Member>> members = new Memo<>(null);

  private Optional<Member> lookUp(Named type, String name) {
    Lookup found = look(type, name, type, new HashSet<>(), 0);
    if ((found == null || found.member() == null)
        && project.classDeclaration(type.name()).isPresent()) {
      // the tree's own copy of a library class (CPython's asyncio scanned as a project): what the
      // knowledge says of the library fills what its code leaves unknown
      found = libraryMember(type.name(), name);
    }
    return found == null ? Optional.empty() : Optional.ofNullable(found.member());
  }

  /** A member found (null member: known not to be there), or null when it cannot be told. */
  private record Lookup(Member member) {}

  private static final Lookup ABSENT = new Lookup(null);

  private Lookup look(Named type, String name, Named self, Set<String> seen, int depth) {
    if (EMPTY_BASES.contains(type.name())) {
      return ABSENT;
    }
    if (depth > MAX_DEPTH || !seen.add(type.name())) {
      return null;
    }
    Optional<ClassDeclaration> declared = project.classDeclaration(type.name());
    if (declared.isEmpty()) {
      return libraryMember(type.name(), name);
    }
    ClassDeclaration declaration = declared.get();
    Map<String, TypeExpression> bindings = bindings(type, declaration);
    for (String form : SELF) {
      bindings.put(form, self);
    }
    String function = project.canonical(type.name()) + "." + name;
    TypeExpression attribute = declaration.attributes().get(name);
    if (declaration.properties().contains(name)) {
      TypeExpression returns = project.returnAnnotation(function).orElse(TypeExpression.UNREADABLE);
      return new Lookup(
          new Member(null, false, resolve(returns, bindings), TypeExpression.UNREADABLE, bindings));
    }
    if (attribute != null) {
      return new Lookup(
          new Member(
              null, false, resolve(attribute, bindings), TypeExpression.UNREADABLE, bindings));
    }
    Boolean async = declaration.members().get(name);
    if (async != null) {
      return new Lookup(
          new Member(
              function,
              async,
              Optional.empty(),
              project.returnAnnotation(function).orElse(TypeExpression.UNREADABLE),
              bindings));
    }
    if (declaration.members().containsKey("__getattr__")) {
      return null; // any other name may be made up on the fly
    }
    for (TypeExpression base : declaration.baseTypes()) {
      Optional<Named> resolved = resolve(base, bindings);
      if (resolved.isEmpty()) {
        return null;
      }
      if (AWAITABLES.containsKey(resolved.get().name())
          || CALLABLES.contains(resolved.get().name())) {
        continue; // an abstract form: what it declares, the class defines (or is abstract)
      }
      Lookup found = look(resolved.get(), name, self, seen, depth + 1);
      if (found == null || found.member() != null) {
        return found;
      }
    }
    return declaration.bases().size() == declaration.baseTypes().size() ? ABSENT : null;
  }

  /** A member of a library class, as far as the knowledge says. */
  private Lookup libraryMember(String className, String name) {
    Optional<ApiKnowledge.LibraryClass> library = api.classNamed(className);
    if (library.isEmpty()) {
      if (project.mayStillDeclare(className, moduleName)) {
        mayChange.run();
      }
      return null;
    }
    String attribute = library.get().attributes().get(name);
    if (attribute != null) {
      return new Lookup(
          new Member(
              null,
              false,
              resolve(Named.of(attribute), Map.of()),
              TypeExpression.UNREADABLE,
              Map.of()));
    }
    Boolean async = library.get().methods().get(name);
    if (async == null) {
      return null;
    }
    String returns = library.get().returns().get(name);
    return new Lookup(
        new Member(
            library.get().name() + "." + name,
            async,
            Optional.empty(),
            returns == null ? TypeExpression.UNREADABLE : Named.of(returns),
            Map.of()));
  }

  /** The class's type parameters bound to the type's arguments, where they line up. */
  private Map<String, TypeExpression> bindings(Named type, ClassDeclaration declaration) {
    Map<String, TypeExpression> bindings = new HashMap<>();
    List<String> parameters =
        declaration.parameters().stream().filter(project::isTypeVariable).toList();
    if (parameters.size() == type.arguments().size()) {
      for (int i = 0; i < parameters.size(); i++) {
        bindings.put(parameters.get(i), type.arguments().get(i));
        bindings.put(project.canonical(parameters.get(i)), type.arguments().get(i));
      }
    }
    return bindings;
  }
}
