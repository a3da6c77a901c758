package dev.asyncwright.rules;

import dev.asyncwright.python.antlr.PythonParser.FunctionDefContext;
import dev.asyncwright.python.antlr.PythonParser.PrimaryContext;
import dev.asyncwright.semantic.ModuleFact;
import dev.asyncwright.semantic.ModuleModel;
import dev.asyncwright.semantic.Scope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which names of a module are coroutine functions for sure: bound in their scope by {@code async
 * def}s whose call gives a coroutine (no async generator, no decorator that could make it something
 * else) and by nothing else (no plain {@code def}, assignment, loop variable, {@code del} or
 * walrus). Worked out once per module: AW304 and AW601 ask it call by call.
 */
public final class CoroutineFunctions {

  private static final ModuleFact<Map<Scope, Map<String, Boolean>>> BY_SCOPE =
      new ModuleFact<>(CoroutineFunctions::compute);

  private CoroutineFunctions() {}

  /** Whether {@code name}, in {@code scope}, can only be a coroutine function. */
  public static boolean only(ModuleModel model, Scope scope, String name) {
    return model.fact(BY_SCOPE).getOrDefault(scope, Map.of()).getOrDefault(name, false);
  }

  private static Map<Scope, Map<String, Boolean>> compute(ModuleModel model) {
    Map<Scope, Map<String, Boolean>> byScope = new HashMap<>();
    Set<String> asyncNames = new HashSet<>();
    for (FunctionDefContext function : model.functions()) {
      if (function.ASYNC() != null) {
        asyncNames.add(function.name().getText());
      }
    }
    for (FunctionDefContext function : model.functions()) {
      if (!asyncNames.contains(function.name().getText())) {
        continue; // a plain def of a name no async def binds: nothing to decide
      }
      byScope
          .computeIfAbsent(model.scopeAt(function), key -> new HashMap<>())
          .merge(
              function.name().getText(),
              model.isPlainCoroutineFunction(function),
              Boolean::logicalAnd);
    }
    // Only names still standing as coroutine functions need their other bindings looked for.
    Set<String> names = new HashSet<>();
    byScope
        .values()
        .forEach(
            scope ->
                scope.forEach(
                    (name, only) -> {
                      if (only) {
                        names.add(name);
                      }
                    }));
    for (PrimaryContext use : model.namePrimaries()) {
      String name = use.getStart().getText();
      if (names.contains(name) && Statements.bareName(use).isPresent() && Targets.isTarget(use)) {
        model
            .bindingScope(name, use)
            .map(byScope::get)
            .filter(scope -> scope.containsKey(name))
            .ifPresent(scope -> scope.put(name, false));
      }
    }
    return byScope;
  }
}
