package dev.asyncwright.engine;

import dev.asyncwright.semantic.RelativeImports;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An order to check files in that puts a module before the modules that import it, as far as a
 * quick look at each file's lines tells.
 *
 * <p>A file whose rules ask the project index about a module not indexed yet is checked a second
 * time once every file has been (see {@link Checker}); checked after what it imports, few files
 * need that. The order only saves work: results never depend on it (the checker collects them by
 * input position, and an answer that could still change is always rechecked). So the look at the
 * lines may be wrong (an import in a docstring, a multi-line import's later names) at no cost to
 * correctness.
 */
final class ImportOrder {

  private ImportOrder() {}

  /**
   * The modules the file's lines seem to import, absolute: {@code import a.b} gives {@code a} and
   * {@code a.b}; {@code from .c import d} in package {@code p} gives {@code p}, {@code p.c} and
   * {@code p.c.d} (which may be a submodule).
   */
  static List<String> importedModules(byte[] bytes, String packageName) {
    List<String> found = new ArrayList<>();
    int line = 0;
    while (line < bytes.length) {
      int end = line;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      readLine(bytes, line, end, packageName, found);
      line = end + 1;
    }
    return found;
  }

  private static void readLine(
      byte[] bytes, int start, int end, String packageName, List<String> found) {
    int at = skipBlanks(bytes, start, end);
    if (startsWithWord(bytes, at, end, "import")) {
      at += "import".length();
      while (at < end) {
        at = skipBlanks(bytes, at, end);
        int nameEnd = dottedEnd(bytes, at, end);
        if (nameEnd == at) {
          return;
        }
        addWithParents(text(bytes, at, nameEnd), found);
        at = skipPast(bytes, nameEnd, end, ',');
      }
    } else if (startsWithWord(bytes, at, end, "from")) {
      at = skipBlanks(bytes, at + "from".length(), end);
      int moduleEnd = dottedEnd(bytes, at, end);
      if (moduleEnd == at) {
        return;
      }
      String module = RelativeImports.absolute(text(bytes, at, moduleEnd), packageName);
      if (module.startsWith(".")) {
        return; // a relative import that cannot be resolved
      }
      addWithParents(module, found);
      at = skipBlanks(bytes, moduleEnd, end);
      if (!startsWithWord(bytes, at, end, "import")) {
        return;
      }
      at += "import".length();
      while (at < end) {
        at = skipBlanks(bytes, at, end);
        while (at < end && bytes[at] == '(') {
          at = skipBlanks(bytes, at + 1, end);
        }
        int nameEnd = dottedEnd(bytes, at, end);
        if (nameEnd == at) {
          return;
        }
        found.add(module + "." + text(bytes, at, nameEnd));
        at = skipPast(bytes, nameEnd, end, ',');
      }
    }
  }

  private static void addWithParents(String dotted, List<String> found) {
    for (int dot = dotted.indexOf('.'); dot > 0; dot = dotted.indexOf('.', dot + 1)) {
      found.add(dotted.substring(0, dot));
    }
    if (!dotted.isEmpty()) {
      found.add(dotted);
    }
  }

  private static int skipBlanks(byte[] bytes, int at, int end) {
    while (at < end && (bytes[at] == ' ' || bytes[at] == '\t')) {
      at++;
    }
    return at;
  }

  /** Past the next {@code stop} byte, or the end of the line if there is none. */
  private static int skipPast(byte[] bytes, int at, int end, char stop) {
    while (at < end && bytes[at] != stop) {
      at++;
    }
    return at + 1;
  }

  private static boolean startsWithWord(byte[] bytes, int at, int end, String word) {
    if (end - at <= word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (bytes[at + i] != word.charAt(i)) {
        return false;
      }
    }
    byte next = bytes[at + word.length()];
    return next == ' ' || next == '\t' || next == '(' || next == '.';
  }

  /** The end of the dotted name (leading dots of a relative import included) starting here. */
  private static int dottedEnd(byte[] bytes, int at, int end) {
    while (at < end
        && (bytes[at] == '.'
            || bytes[at] == '_'
            || (bytes[at] >= 'a' && bytes[at] <= 'z')
            || (bytes[at] >= 'A' && bytes[at] <= 'Z')
            || (bytes[at] >= '0' && bytes[at] <= '9')
            || bytes[at] < 0)) { // a byte of a non-ASCII letter
      at++;
    }
    return at;
  }

  private static String text(byte[] bytes, int start, int end) {
    return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The positions of the inputs in the order to check them: each input after the inputs whose
   * modules it imports (an import cycle is broken where the input order first meets it), ties in
   * input order, so that the same inputs always give the same order.
   *
   * @param modules each input's module name (null: none)
   * @param imports each input's imported modules
   */
  static int[] order(List<String> modules, List<List<String>> imports) {
    Map<String, Integer> byModule = new HashMap<>();
    for (int i = 0; i < modules.size(); i++) {
      if (modules.get(i) != null) {
        byModule.putIfAbsent(modules.get(i), i);
      }
    }
    int[] order = new int[modules.size()];
    int placed = 0;
    byte[] state = new byte[modules.size()]; // 0 unseen, 1 on the way, 2 placed
    for (int first = 0; first < modules.size(); first++) {
      if (state[first] != 0) {
        continue;
      }
      // depth first, iteratively: a long chain of imports must not overflow the stack
      Deque<int[]> stack = new ArrayDeque<>();
      stack.push(new int[] {first, 0});
      state[first] = 1;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        List<String> imported = imports.get(top[0]);
        if (top[1] < imported.size()) {
          Integer next = byModule.get(imported.get(top[1]++));
          if (next != null && state[next] == 0) {
            state[next] = 1;
            stack.push(new int[] {next, 0});
          }
        } else {
          stack.pop();
          state[top[0]] = 2;
          order[placed++] = top[0];
        }
      }
    }
    return order;
  }
}
