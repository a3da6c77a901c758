package dev.asyncwright.rules.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncwright.engine.FileChecker;
import dev.asyncwright.engine.Settings;
import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.python.SourceFile;
import dev.asyncwright.rules.Finding;
import dev.asyncwright.semantic.ProjectIndex;
import dev.asyncwright.testing.Pythons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * AW003 says what CPython's compiler says: each case is compiled by every Python here (pyenv's 3.8
 * on, and python3), and AW003 at that version must report exactly CPython's error (its message and
 * line), or nothing where CPython compiles the case. Each case holds one error at most: CPython
 * stops at the first.
 */
class AsyncCompileErrorCPythonTest {

  private static final Map<String, String> CASES = new LinkedHashMap<>();

  static {
    CASES.put("await at module level", "await x\n");
    CASES.put("await in a class body", "class C:\n    await x\n");
    CASES.put("await in a def", "def f():\n    await x\n");
    CASES.put("await in a def in a coroutine", "async def f():\n    def g():\n        await x\n");
    CASES.put("await in a lambda in a coroutine", "async def f():\n    g = lambda: await x\n");
    CASES.put(
        "await in a class in a coroutine", "async def f():\n    class C:\n        y = await x\n");
    CASES.put("await in a coroutine", "async def f():\n    await x\n");
    CASES.put("await in a nested coroutine", "def f():\n    async def g():\n        await x\n");
    CASES.put("async for in a def", "def f():\n    async for a in b:\n        pass\n");
    CASES.put("async with in a def", "def f():\n    async with a:\n        pass\n");
    CASES.put("async for at module level", "async for a in b:\n    pass\n");
    CASES.put("async with in a class", "class C:\n    async with a:\n        pass\n");
    CASES.put("async list comprehension in a def", "def f():\n    return [a async for a in b]\n");
    CASES.put(
        "await in a set comprehension in a def", "def f():\n    return {await a for a in b}\n");
    CASES.put(
        "await in a dict comprehension in a def", "def f():\n    return {a: await a for a in b}\n");
    CASES.put("async generator expression in a def", "def f():\n    return (a async for a in b)\n");
    CASES.put(
        "await in a generator expression in a def", "def f():\n    return (await a for a in b)\n");
    CASES.put("generator argument in a def", "def f():\n    return g(await a for a in b)\n");
    CASES.put("async generator expression at module level", "g = (a async for a in b)\n");
    CASES.put("await in a first iterable in a def", "def f():\n    return [a for a in await b]\n");
    CASES.put(
        "await in a first iterable of a generator in a def",
        "def f():\n    return (a for a in await b)\n");
    CASES.put(
        "await in a second iterable of a generator in a def",
        "def f():\n    return (a for c in d for a in await c)\n");
    CASES.put("await in a condition in a def", "def f():\n    return [a for a in b if await a]\n");
    CASES.put(
        "async comprehension in a coroutine", "async def f():\n    return [a async for a in b]\n");
    CASES.put(
        "nested async comprehension in a coroutine",
        "async def f():\n    return [[a async for a in b] for c in d]\n");
    CASES.put(
        "nested async comprehension in a def",
        "def f():\n    return [[a async for a in b] for c in d]\n");
    CASES.put(
        "async comprehension in a generator in a def",
        "def f():\n    return ([a async for a in b] for c in d)\n");
    CASES.put(
        "async generator in a comprehension in a def",
        "def f():\n    return [(a async for a in b) for c in d]\n");
    CASES.put(
        "async comprehension in a class in a coroutine",
        "async def f():\n    class C:\n        y = [a async for a in b]\n");
    CASES.put("await in a default of a coroutine", "async def f(a=await x):\n    pass\n");
    CASES.put(
        "await in a default of a def in a coroutine",
        "async def f():\n    def g(a=await x):\n        pass\n");
    CASES.put(
        "await in a lambda default in a coroutine",
        "async def f():\n    g = lambda a=await x: a\n");
    CASES.put(
        "await in a decorator in a coroutine", "async def f():\n    @await x\n    def g(): pass\n");
    CASES.put(
        "await in class bases in a coroutine",
        "async def f():\n    class C(await x):\n        pass\n");
    CASES.put("yield from in a coroutine", "async def f():\n    yield from x\n");
    CASES.put(
        "yield from in a def in a coroutine",
        "async def f():\n    def g():\n        yield from x\n");
    CASES.put("return value in an async generator", "async def f():\n    yield 1\n    return 2\n");
    CASES.put("bare return in an async generator", "async def f():\n    yield 1\n    return\n");
    CASES.put("return value in a coroutine", "async def f():\n    return 2\n");
    CASES.put(
        "return value beside a nested generator",
        "async def f():\n    def g():\n        yield 1\n    return 2\n");
    CASES.put(
        "return value beside a yielding lambda",
        "async def f():\n    g = lambda: (yield)\n    return 2\n");
  }

  /** Prints, for each case, "ok" or "LINE MESSAGE" as CPython's compiler sees it. */
  private static final String VERDICTS =
      "import json, sys\n"
          + "for source in json.load(sys.stdin):\n"
          + "    try:\n"
          + "        compile(source, 'm.py', 'exec')\n"
          + "        print('ok')\n"
          + "    except SyntaxError as e:\n"
          + "        print(e.lineno, e.msg)\n";

  @Test
  void reportsExactlyWhatEveryCPythonHereRefusesToCompile() throws Exception {
    List<Pythons.Interpreter> pythons = new ArrayList<>(Pythons.pyenv());
    if (pythons.isEmpty()) {
      Pythons.python3().ifPresent(pythons::add);
    }
    Assumptions.assumeFalse(pythons.isEmpty(), "no Python here");
    StringBuilder json = new StringBuilder("[");
    for (String source : CASES.values()) {
      json.append(json.length() > 1 ? "," : "").append(quoted(source));
    }
    json.append("]");
    List<String> names = List.copyOf(CASES.keySet());
    List<String> sources = List.copyOf(CASES.values());
    List<String> differences = new ArrayList<>();
    for (Pythons.Interpreter python : pythons) {
      if (python.minor() < 8) {
        continue;
      }
      List<String> cpython = python.runCode(VERDICTS, List.of(), json.toString()).lines().toList();
      assertEquals(sources.size(), cpython.size(), python + " gave " + cpython);
      for (int i = 0; i < sources.size(); i++) {
        String theirs = cpython.get(i);
        if (theirs.endsWith(" invalid syntax")) {
          continue; // a parse error of that version (3.8's decorators): AW002's, not ours
        }
        String ours = verdict(sources.get(i), new PythonVersion(python.minor()));
        if (theirs.startsWith("0 ")) {
          // 3.8 and 3.9 give a comprehension's error no line: the message must agree
          ours = ours.equals("ok") ? ours : "0" + ours.substring(ours.indexOf(' '));
        }
        if (!ours.equals(theirs)) {
          differences.add(
              "3."
                  + python.minor()
                  + " "
                  + names.get(i)
                  + ": CPython "
                  + cpython.get(i)
                  + ", AW003 "
                  + ours);
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  /** What AW003 says of a source at a target: "ok", or its first finding's line and message. */
  private static String verdict(String text, PythonVersion target) {
    SourceFile source = SourceFile.ofText("m.py", text);
    FileChecker checker =
        new FileChecker(
            new Settings(List.of(new AsyncCompileError()), target, true), ProjectIndex.EMPTY);
    List<Finding> findings = checker.check(source).findings();
    if (findings.isEmpty()) {
      return "ok";
    }
    Finding first = findings.get(0);
    String message = first.message();
    return source.positionOfCodePoint(first.start()).line()
        + " "
        + message.substring(0, message.indexOf(": CPython will not compile"));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
