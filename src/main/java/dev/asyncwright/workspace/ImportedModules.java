package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
          "^[ \\t]*from[ \\t]+(\\.*[A-Za-z_0-9.]*)[ \\t]+import[ \\t]+(\\([^)]*\\)|[^\\n#;]*)",
          Pattern.MULTILINE);

  private static final Pattern IMPORT =
      Pattern.compile("^[ \\t]*import[ \\t]+([^\\n#;]+)", Pattern.MULTILINE);

  private static final Pattern DOTTED =
      Pattern.compile("[A-Za-z_][A-Za-z_0-9]*(\\.[A-Za-z_][A-Za-z_0-9]*)*");

  private final List<Path> roots;
  private final ImportRoots names;
  private final Predicate<Path> excluded;

  /**
   * @param roots the folders imports resolve from, in the order they are tried
   * @param excluded files the configuration leaves out (they are not read either)
   */
  ImportedModules(List<Path> roots, ImportRoots names, Predicate<Path> excluded) {
    this.roots = List.copyOf(roots);
    this.names = names;
    this.excluded = excluded;
  }

  /** The files the checked files import, transitively, that are not checked; sorted. */
  List<Path> of(List<Path> checked) {
    Set<Path> seen = new HashSet<>();
    Deque<Path> queue = new ArrayDeque<>();
    for (Path file : checked) {
      Path absolute = file.toAbsolutePath().normalize();
      seen.add(absolute);
      queue.add(absolute);
    }
    Set<Path> found = new java.util.TreeSet<>();
    while (!queue.isEmpty()) {
      Path file = queue.poll();
      for (String module : imports(file)) {
        Path target = locate(module);
        if (target != null && seen.add(target)) {
          found.add(target);
          queue.add(target);
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
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Set
          .of(); // the checker reports an unreadable file it checks; a context file is skipped
    }
    String module = names.moduleName(file);
    String packageName =
        file.getFileName().toString().equals("__init__.py") ? module : parent(module);
    Set<String> modules = new LinkedHashSet<>();
    Matcher from = FROM.matcher(text);
    while (from.find()) {
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
    Matcher plain = IMPORT.matcher(text);
    while (plain.find()) {
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
    String path = module.replace('.', '/');
    for (Path root : roots) {
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
