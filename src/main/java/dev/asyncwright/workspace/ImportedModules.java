package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's modules that a scan's files import, directly or through the modules they import,
 * and that the scan does not check itself: {@code check tests} needs the classes of the {@code
 * aiohttp} package its tests import to know what their values are, as {@code check .} knows them.
 * Imports are read from the bytes, generously (a name in a docstring only costs a file read); each
 * module is looked for under the import roots, and taken only where it is a regular file that
 * {@link ImportRoots} names as imported (no symbolic link, nothing outside the roots).
 */
final class ImportedModules {

  /** Larger files are not read for their imports: the checker reports what they are. */
  private static final long MAX_BYTES = 4L << 20;

  private static final Pattern FROM =
      Pattern.compile(
          "[ \\t]*from[ \\t]+(\\.*[A-Za-z_0-9.]*)[ \\t]+import[ \\t]+(\\([^)]*\\)|[^\\n#;]*)");

  private static final Pattern IMPORT = Pattern.compile("[ \\t]*import[ \\t]+([^\\n#;]+)");

  private static final Pattern DOTTED =
      Pattern.compile("[A-Za-z_][A-Za-z_0-9]*(\\.[A-Za-z_][A-Za-z_0-9]*)*");

  private final List<Path> roots;
  private final ImportRoots names;
  private final Predicate<Path> excluded;
  private final Map<String, Optional<Path>> located = new HashMap<>();
  private final Map<Path, Set<String>> topNames = new HashMap<>();

  /**
   * @param roots the folders imports resolve from, in the order they are tried
   * @param excluded files the configuration leaves out (they are not read either)
   */
  ImportedModules(List<Path> roots, ImportRoots names, Predicate<Path> excluded) {
    this.roots = List.copyOf(roots);
    this.names = names;
    this.excluded = excluded;
  }

  /**
   * The files the checked files import, transitively, that are not checked; sorted.
   *
   * @param checkedModules the checked files' module names: an import of one needs no look
   */
  List<Path> of(List<Path> checked, Set<String> checkedModules) {
    Set<Path> seen = new HashSet<>();
    for (Path file : checked) {
      seen.add(file.toAbsolutePath().normalize());
    }
    // the checked files' imports are read on every core (the bulk of the work), in input order
    List<Set<String>> first =
        checked.parallelStream().map(file -> imports(file.toAbsolutePath().normalize())).toList();
    Deque<Set<String>> queue = new ArrayDeque<>(first);
    Set<Path> found = new java.util.TreeSet<>();
    while (!queue.isEmpty()) {
      for (String module : queue.poll()) {
        Path target = checkedModules.contains(module) ? null : locate(module);
        if (target != null && seen.add(target)) {
          found.add(target);
          queue.add(imports(target)); // what it imports is needed too
        }
      }
    }
    return List.copyOf(found);
  }

  /** The absolute module names a file's imports name, with the packages that hold them. */
  private Set<String> imports(Path file) {
    String text;
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
        return Set.of();
      }
      // names in imports are ASCII: a byte per character reads them, whatever the encoding
      text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return Set
          .of(); // the checker reports an unreadable file it checks; a context file is skipped
    }
    String module;
    synchronized (names) {
      module = names.moduleName(file); // ImportRoots caches folders, one thread at a time
    }
    String packageName =
        file.getFileName().toString().equals("__init__.py") ? module : parent(module);
    Set<String> modules = new LinkedHashSet<>();
    Matcher from = FROM.matcher(text);
    Matcher plain = IMPORT.matcher(text);
    List<Integer> fromLines = new ArrayList<>();
    List<Integer> importLines = new ArrayList<>();
    importStatementStarts(text, fromLines, importLines);
    for (int start : fromLines) {
      if (!from.region(start, text.length()).lookingAt()) {
        continue;
      }
      String base = absolute(from.group(1), packageName);
      if (base == null) {
        continue;
      }
      if (!base.isEmpty()) {
        modules.add(base);
      }
      for (String name : from.group(2).replace("(", "").replace(")", "").split(",")) {
        String imported = name.strip().split("\\s+")[0];
        if (DOTTED.matcher(imported).matches()) {
          modules.add(base.isEmpty() ? imported : base + "." + imported); // perhaps a submodule
        }
      }
    }
    for (int start : importLines) {
      if (!plain.region(start, text.length()).lookingAt()) {
        continue;
      }
      for (String name : plain.group(1).split(",")) {
        String imported = name.strip().split("\\s+")[0];
        if (DOTTED.matcher(imported).matches()) {
          modules.add(imported);
        }
      }
    }
    Set<String> withPackages = new LinkedHashSet<>();
    for (String name : modules) {
      for (String at = name; !at.isEmpty(); at = parent(at)) {
        withPackages.add(at); // importing a.b.c runs a/__init__.py and a/b/__init__.py
      }
    }
    return withPackages;
  }

  /**
   * Where the lines that start (after blanks) with {@code from} or {@code import} start: a scan of
   * the text by hand, as a regular expression anchored at every line start is slow on megabytes.
   */
  private static void importStatementStarts(
      String text, List<Integer> fromLines, List<Integer> importLines) {
    int line = 0;
    while (line < text.length()) {
      int at = line;
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
      if (text.startsWith("from", at)) {
        fromLines.add(line);
      } else if (text.startsWith("import", at)) {
        importLines.add(line);
      }
      int end = text.indexOf('\n', at);
      line = end < 0 ? text.length() : end + 1;
    }
  }

  /** {@code ..x} from package {@code a.b.c} is {@code a.b.x}; null when it climbs too far. */
  private static String absolute(String spelled, String packageName) {
    int dots = 0;
    while (dots < spelled.length() && spelled.charAt(dots) == '.') {
      dots++;
    }
    String rest = spelled.substring(dots);
    if (dots == 0) {
      return rest;
    }
    String base = packageName;
    for (int i = 1; i < dots; i++) {
      if (base.isEmpty()) {
        return null;
      }
      base = parent(base);
    }
    if (base.isEmpty()) {
      return rest.isEmpty() ? null : rest;
    }
    return rest.isEmpty() ? base : base + "." + rest;
  }

  private static String parent(String module) {
    int dot = module.lastIndexOf('.');
    return dot < 0 ? "" : module.substring(0, dot);
  }

  /** The file of a module under the roots, if one is there and is named that module. */
  private Path locate(String module) {
    Optional<Path> known = located.get(module);
    if (known == null) {
      known = Optional.ofNullable(find(module));
      located.put(module, known);
    }
    return known.orElse(null);
  }

  private Path find(String module) {
    String path = module.replace('.', '/');
    int dot = module.indexOf('.');
    String head = dot < 0 ? module : module.substring(0, dot);
    for (Path root : roots) {
      if (!topNames(root).contains(head)) {
        continue; // neither head.py nor head/ there: no file to look at
      }
      for (Path candidate :
          List.of(root.resolve(path + ".py"), root.resolve(path).resolve("__init__.py"))) {
        Path file = candidate.normalize();
        if (file.startsWith(root)
            && !inSkippedFolder(root.relativize(file))
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && !excluded.test(file)
            && names.moduleName(file).equals(module)) {
          return file;
        }
      }
    }
    return null;
  }

  /** The module names a root folder could hold at its top: its entries, {@code .py} cut off. */
  private Set<String> topNames(Path root) {
    return topNames.computeIfAbsent(
        root,
        folder -> {
          Set<String> found = new HashSet<>();
          try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            entries.forEach(
                entry -> {
                  String name = entry.getFileName().toString();
                  found.add(name.endsWith(".py") ? name.substring(0, name.length() - 3) : name);
                });
          } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable root holds nothing we can read
          }
          return found;
        });
  }

  /** Whether a folder on the way is one a walk of the tree never enters (a build folder...). */
  private static boolean inSkippedFolder(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (SourceTree.skippedFolder(relative.getName(i).toString())) {
        return true;
      }
    }
    return false;
  }

  /** The folders imports resolve from: each checked file's import root, then the project's. */
  static List<Path> roots(List<Path> checked, ImportRoots names, Path project) {
    Set<Path> roots = new LinkedHashSet<>();
    List<Path> sorted = new ArrayList<>(checked);
    sorted.sort(null);
    for (Path file : sorted) {
      Path root = names.root(file);
      if (root != null) {
        roots.add(root);
      }
    }
    if (project != null) {
      Path absolute = project.toAbsolutePath().normalize();
      roots.add(absolute);
      roots.add(absolute.resolve("src"));
    }
    return List.copyOf(roots);
  }
}
