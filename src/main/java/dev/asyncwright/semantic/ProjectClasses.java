package dev.asyncwright.semantic;

import dev.asyncwright.python.antlr.PythonParser.ArgumentContext;
import dev.asyncwright.python.antlr.PythonParser.AttributeContext;
import dev.asyncwright.python.antlr.PythonParser.ClassDefContext;
import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.ImportFromContext;
import dev.asyncwright.python.antlr.PythonParser.ImportNameContext;
import dev.asyncwright.python.antlr.PythonParser.NameAtomContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.python.antlr.PythonParser.SubscriptContext;
import dev.asyncwright.python.antlr.PythonParser.TrailerContext;
import dev.asyncwright.python.antlr.PythonParser.ValueArgumentContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The classes of the scanned tree, by qualified name, as far as their modules say: their bases
 * (qualified, or unknown) and, for each name their bodies bind, whether it is bound by plain {@code
 * async def}s only. Also the names each module re-exports ({@code from .web_ws import
 * WebSocketResponse} in {@code aiohttp/web.py} makes {@code aiohttp.web.WebSocketResponse} that
 * class). A method is looked up along the bases as Python does for simple hierarchies; where the
 * answer depends on what is not known (a base outside the tree, two bases defining it), there is
 * none. Safe to fill from several threads.
 */
final class ProjectClasses {

  /**
   * Bases outside the tree that define no coroutine method and none that shadows one: a method not
   * found before them is not there.
   */
  private static final Set<String> NOTHING_ASYNC =
      Set.of(
          "builtins.object",
          "builtins.Exception",
          "builtins.BaseException",
          "abc.ABC",
          "typing.Generic",
          "typing.Protocol",
          "typing_extensions.Protocol");

  private final Map<String, ClassDeclaration> classes = new ConcurrentHashMap<>();
  private final Map<String, String> aliases = new ConcurrentHashMap<>();
  private final Map<String, TypeExpression> returns = new ConcurrentHashMap<>();
  private final Set<String> typeVariables = ConcurrentHashMap.newKeySet();
  private final Map<String, TypeExpression> typeAliases = new ConcurrentHashMap<>();

  /** Adds a module's classes and re-exports. */
  void add(String moduleName, ModuleModel model) {
    Scope module = model.moduleScope();
    for (Map.Entry<String, Binding> entry : module.bindings().entrySet()) {
      if (entry.getValue().kind() == Binding.Kind.IMPORT
          && module.sites(entry.getKey()).stream()
              .allMatch(s -> s instanceof ImportFromContext || s instanceof ImportNameContext)) {
        // relative imports come resolved from the model; one that could not be names nothing
        String target = entry.getValue().qualifiedName();
        if (!target.startsWith(".")) {
          aliases.put(join(moduleName, entry.getKey()), target);
        }
      }
    }
    returns.putAll(FunctionReturns.of(model, moduleName));
    ModuleTypeNames.of(model, moduleName, typeVariables, typeAliases);
    // each class's own methods, found in one pass (not one pass over all functions per class)
    Map<ParseTree, List<FunctionDefContext>> methods = new HashMap<>();
    for (FunctionDefContext function : model.functions()) {
      if (model.scopeAt(function).node() instanceof ClassDefContext owner) {
        methods.computeIfAbsent(owner, key -> new ArrayList<>()).add(function);
      }
    }
    for (ClassDefContext type : model.classes()) {
      List<FunctionDefContext> own = methods.getOrDefault(type, List.of());
      String name = qualifiedName(type);
      if (name == null) {
        continue;
      }
      List<String> bases = new ArrayList<>();
      if (type.arguments() != null) {
        for (ArgumentContext argument : type.arguments().argument()) {
          if (argument instanceof ValueArgumentContext keyword
              && keyword.getChildCount() == 3
              && keyword.getChild(1).getText().equals("=")) {
            continue; // metaclass=..., not a base
          }
          bases.add(baseName(model, moduleName, argument));
        }
      }
      Scope body = model.scopeAt(type.block());
      List<TypeExpression> baseTypes = new ArrayList<>();
      if (type.arguments() != null) {
        for (ArgumentContext argument : type.arguments().argument()) {
          if (argument instanceof ValueArgumentContext value && value.getChildCount() == 1) {
            baseTypes.add(Qualified.annotation(model, moduleName, value.expression(0)));
          }
        }
      }
      Map<String, Boolean> members = new HashMap<>();
      for (Map.Entry<String, Binding> entry : body.bindings().entrySet()) {
        List<ParseTree> sites = body.sites(entry.getKey());
        boolean onlyAsync =
            !sites.isEmpty()
                && sites.stream()
                    .allMatch(
                        site ->
                            site instanceof FunctionDefContext function
                                && model.isPlainCoroutineFunction(function));
        members.put(entry.getKey(), onlyAsync);
      }
      classes.put(
          join(moduleName, name),
          new ClassDeclaration(
              bases,
              baseTypes,
              typeParameters(baseTypes),
              members,
              ClassAttributes.declared(model, moduleName, type, own),
              FunctionReturns.properties(model, own)));
    }
  }

  /**
   * What a function of the tree is annotated to return, if it says and nothing decorates it away.
   */
  Optional<TypeExpression> returnAnnotation(String function) {
    return Optional.ofNullable(returns.get(canonical(function)));
  }

  /** A class of the tree, by its qualified name (re-exports followed). */
  Optional<ClassDeclaration> classInfo(String qualifiedName) {
    return Optional.ofNullable(classes.get(canonical(qualifiedName)));
  }

  /** Whether the name is a module-level {@code TypeVar} of the tree. */
  boolean isTypeVariable(String qualifiedName) {
    return typeVariables.contains(canonical(qualifiedName));
  }

  /** What a module-level type alias of the tree stands for ({@code X = Base[Response]}). */
  Optional<TypeExpression> typeAlias(String qualifiedName) {
    return Optional.ofNullable(typeAliases.get(canonical(qualifiedName)));
  }

  /**
   * The names a class's type parameters may have: {@code Generic[...]}'s or {@code Protocol[...]}'s
   * arguments if a base is one, else every bare name its bases' arguments hold, in order (which of
   * them are type variables only the whole index tells).
   */
  private static List<String> typeParameters(List<TypeExpression> baseTypes) {
    for (TypeExpression base : baseTypes) {
      if (base instanceof TypeExpression.Named named
          && GENERIC_BASES.contains(named.name())
          && !named.arguments().isEmpty()) {
        return bareNames(named.arguments());
      }
    }
    List<String> found = new ArrayList<>();
    for (TypeExpression base : baseTypes) {
      if (base instanceof TypeExpression.Named named) {
        collectBareNames(named.arguments(), found);
      }
    }
    return found.stream().distinct().toList();
  }

  private static final Set<String> GENERIC_BASES =
      Set.of("typing.Generic", "typing.Protocol", "typing_extensions.Protocol");

  private static List<String> bareNames(List<TypeExpression> arguments) {
    List<String> names = new ArrayList<>();
    for (TypeExpression argument : arguments) {
      names.add(
          argument instanceof TypeExpression.Named named && named.arguments().isEmpty()
              ? named.name()
              : "");
    }
    return names;
  }

  private static void collectBareNames(List<TypeExpression> arguments, List<String> found) {
    for (TypeExpression argument : arguments) {
      if (argument instanceof TypeExpression.Named named) {
        if (named.arguments().isEmpty()) {
          found.add(named.name());
        } else {
          collectBareNames(named.arguments(), found);
        }
      }
    }
  }

  /** Whether the qualified name (after re-exports) is a class of the tree. */
  boolean isClass(String qualifiedName) {
    return classes.containsKey(canonical(qualifiedName));
  }

  /** The name a qualified name stands for once re-exports are followed. */
  String canonical(String qualifiedName) {
    return canonical(qualifiedName, module -> true);
  }

  /** The same, following only the re-exports of modules {@code through} accepts. */
  String canonical(String qualifiedName, java.util.function.Predicate<String> through) {
    String name = qualifiedName;
    for (int hop = 0; hop < 8; hop++) {
      int dot = name.lastIndexOf('.');
      if (dot < 0 || !through.test(name.substring(0, dot))) {
        return name;
      }
      String next = aliases.get(name);
      if (next == null || next.equals(name)) {
        return name;
      }
      name = next;
    }
    return name;
  }

  /**
   * Whether calling the method on an instance of the class gives a coroutine: the first class along
   * the bases that binds the name decides; empty when that cannot be told.
   */
  Optional<Boolean> givesCoroutine(
      String className, String method, java.util.function.Consumer<String> unknown) {
    Set<Boolean> answers = new HashSet<>();
    boolean known = look(canonical(className), method, answers, new HashSet<>(), 0, unknown);
    return known && answers.size() == 1 ? Optional.of(answers.iterator().next()) : Optional.empty();
  }

  /**
   * Collects what the classes binding the method say; false when some path ends unknown, each class
   * not known (yet) told to {@code unknown}.
   */
  private boolean look(
      String name,
      String method,
      Set<Boolean> answers,
      Set<String> seen,
      int depth,
      java.util.function.Consumer<String> unknown) {
    if (name == null || depth > 20) {
      return false;
    }
    if (NOTHING_ASYNC.contains(name)) {
      return true; // bases outside the tree known to define no method a rule asks about
    }
    ClassDeclaration type = classes.get(name);
    if (type == null) {
      unknown.accept(name);
      return false;
    }
    if (!seen.add(name)) {
      return true;
    }
    Boolean member = type.members().get(method);
    if (member != null) {
      answers.add(member);
      return true;
    }
    boolean known = true;
    for (String base : type.bases()) {
      known &=
          look(base == null ? null : canonical(base), method, answers, seen, depth + 1, unknown);
    }
    return known;
  }

  /** {@code Outer.Inner} for a class in classes only; null otherwise. */
  private static String qualifiedName(ClassDefContext type) {
    List<String> parts = new ArrayList<>();
    for (ParseTree node = type; node != null; node = node.getParent()) {
      if (node instanceof FunctionDefContext) {
        return null;
      }
      if (node instanceof ClassDefContext outer) {
        parts.add(0, outer.name().getText());
      }
    }
    return String.join(".", parts);
  }

  /** A base class's qualified name; null when it is not a plain dotted name we can name. */
  private static String baseName(ModuleModel model, String moduleName, ArgumentContext argument) {
    if (!(argument instanceof ValueArgumentContext value) || value.getChildCount() != 1) {
      return null;
    }
    return Qualified.soleOperand(value.expression(0))
        .filter(NameAtomContext.class::isInstance)
        .flatMap(primary -> Qualified.name(model, moduleName, primary, unsubscripted(primary)))
        .orElse(null);
  }

  /**
   * How many attributes name the base: all its trailers, or all but a last subscript ({@code
   * BaseRunner[Request]} and {@code Generic[T]} are their classes); -1 for anything else.
   */
  private static int unsubscripted(PrimaryContext primary) {
    List<TrailerContext> trailers = primary.getRuleContexts(TrailerContext.class);
    int named = trailers.size();
    if (named > 0 && trailers.get(named - 1) instanceof SubscriptContext) {
      named--;
    }
    for (int i = 0; i < named; i++) {
      if (!(trailers.get(i) instanceof AttributeContext)) {
        return -1;
      }
    }
    return named;
  }

  static String join(String moduleName, String name) {
    return moduleName == null || moduleName.isEmpty() ? name : moduleName + "." + name;
  }
}
