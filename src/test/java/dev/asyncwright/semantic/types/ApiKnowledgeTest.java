package dev.asyncwright.semantic.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.asyncwright.testing.Pythons;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the library knowledge against the library itself: a method said to give a
 * coroutine must be a coroutine function for {@code inspect}, one said not to must not be, every
 * name of a class must be that class, and every function must exist. Checked on each Python found
 * (python3 and pyenv's); a library that is not installed there is skipped, asyncio never.
 */
class ApiKnowledgeTest {

  private static final String CHECK =
      String.join(
          "\n",
          "import importlib, inspect, sys",
          "def resolve(name):",
          "    parts = name.split('.')",
          "    for i in range(len(parts), 0, -1):",
          "        try:",
          "            obj = importlib.import_module('.'.join(parts[:i]))",
          "        except ImportError:",
          "            continue",
          "        try:",
          "            for p in parts[i:]:",
          "                obj = getattr(obj, p)",
          "            return obj",
          "        except AttributeError:",
          "            return None",
          "    return None",
          "def installed(name):",
          "    try:",
          "        importlib.import_module(name.split('.')[0])",
          "        return True",
          "    except ImportError:",
          "        return False",
          "for line in sys.stdin.read().splitlines():",
          "    kind, name, *rest = line.split(' ')",
          "    if not installed(name):",
          "        continue",
          "    obj = resolve(name)",
          "    if kind == 'type':",
          "        # a type alias: one of its names (as versions export it) is the library's",
          "        if obj is None and all(resolve(other) is None for other in rest):",
          "            print('missing', name)",
          "        print('checked', kind, name, *rest); continue",
          "    if obj is None:",
          "        print('missing', name); continue",
          "    if kind == 'alias':",
          "        if resolve(rest[0]) is not obj: print('not the same class', name, rest[0])",
          "    elif kind == 'coroutine-function':",
          "        if not inspect.iscoroutinefunction(obj): print('not a coroutine function', name)",
          "    elif kind == 'function' and inspect.iscoroutinefunction(obj):",
          "        print('a coroutine function', name)",
          "    elif kind == 'attribute':",
          "        if rest[0] not in inspect.getsource(obj): print('no attribute', name, rest[0])",
          "    elif kind in ('coroutine', 'plain'):",
          "        method = getattr(obj, rest[0], None)",
          "        if method is None:",
          "            try:",
          "                method = getattr(obj(), rest[0], None)",
          "            except Exception:",
          "                pass",
          "        if method is None:",
          "            print('missing', name, rest[0])",
          "        elif inspect.iscoroutinefunction(method) != (kind == 'coroutine'):",
          "            print('wrong', kind, name, rest[0])",
          "    print('checked', kind, name, *rest)",
          "");

  /** One line per fact for the script: {@code coroutine CLASS METHOD}, {@code alias ...}. */
  private static String facts() {
    List<String> lines = new ArrayList<>();
    ApiKnowledge knowledge = ApiKnowledge.bundled();
    for (ApiKnowledge.LibraryClass type : knowledge.classes()) {
      type.aliases().forEach(alias -> lines.add("alias " + alias + " " + type.name()));
      type.attributes()
          .forEach((attribute, of) -> lines.add("attribute " + type.name() + " " + attribute));
      type.returns().values().forEach(returned -> lines.add("function " + returned));
      type.methods()
          .forEach(
              (method, coroutine) ->
                  lines.add((coroutine ? "coroutine " : "plain ") + type.name() + " " + method));
    }
    for (Map.Entry<String, List<String>> function : knowledge.functions().entrySet()) {
      lines.add(
          (knowledge.isCoroutineFunction(function.getKey()) ? "coroutine-function " : "function ")
              + function.getKey());
      function.getValue().forEach(type -> lines.add("function " + type));
    }
    // a type alias with all its names: some version of the library has one of them
    Map<Object, List<String>> aliasNames = new java.util.TreeMap<>();
    knowledge
        .typeAliases()
        .forEach(
            (name, type) ->
                aliasNames.computeIfAbsent(type.toString(), key -> new ArrayList<>()).add(name));
    aliasNames
        .values()
        .forEach(names -> lines.add("type " + String.join(" ", names.stream().sorted().toList())));
    lines.sort(null);
    return String.join("\n", lines) + "\n";
  }

  @Test
  void everyEntryIsWhatTheLibrarySays() throws Exception {
    Set<Pythons.Interpreter> interpreters = new LinkedHashSet<>(Pythons.pyenv());
    Pythons.python3().ifPresent(interpreters::add);
    assumeFalse(interpreters.isEmpty(), "no Python here");
    String facts = facts();
    for (Pythons.Interpreter python : interpreters) {
      if (python.minor() < 11) {
        continue; // asyncio.Barrier and friends are 3.11's; the knowledge is of 3.11 on
      }
      String out = Pythons.run(python.executable(), List.of("-c", CHECK), facts);
      List<String> wrong = out.lines().filter(line -> !line.startsWith("checked ")).toList();
      assertEquals(List.of(), wrong, python + " disagrees");
      assertTrue(out.contains("checked coroutine asyncio.Lock acquire"), python + ": " + out);
    }
  }
}
