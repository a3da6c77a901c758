package dev.asyncwright.workspace;

import dev.asyncwright.config.Glob;
import dev.asyncwright.engine.Checker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The Python files to check under some paths: {@code *.py} files in the folders walked, every file
 * named explicitly. Always skipped: {@code .git}, {@code __pycache__} and virtual environments (a
 * folder holding {@code pyvenv.cfg}, or named {@code .venv}, {@code venv}, {@code .tox}, {@code
 * .nox}); in a Git working tree, what {@code .gitignore} files and {@code .git/info/exclude}
 * ignore; and what the configured exclude globs match (relative to the configuration's folder).
 * Symbolic links are not followed.
 */
public final class SourceTree {

  /** Ruff's default excludes, which users of Python linters expect. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(
          ".bzr",
          ".direnv",
          ".eggs",
          ".git",
          ".git-rewrite",
          ".hg",
          ".ipynb_checkpoints",
          ".mypy_cache",
          ".nox",
          ".pants.d",
          ".pyenv",
          ".pytest_cache",
          ".pytype",
          ".ruff_cache",
          ".svn",
          ".tox",
          ".venv",
          ".vscode",
          "__pycache__",
          "__pypackages__",
          "_build",
          "buck-out",
          "build",
          "dist",
          "node_modules",
          "site-packages",
          "venv");

  /** The globs compiled so far: a scan asks the same few for every file. */
  private static final Map<String, Glob> GLOBS = new ConcurrentHashMap<>();

  private SourceTree() {}

  /** A file found, and the path to show for it (as found under the path given). */
  public record Found(Path file, String displayPath) {}

  /**
   * The files under the paths, sorted by display path, each once.
   *
   * @param excludeRoot the folder exclude globs are relative to (the configuration's)
   */
  public static List<Found> find(List<Path> paths, List<String> excludes, Path excludeRoot)
      throws IOException {
    return find(paths, excludes, excludeRoot, note -> {});
  }

  /**
   * The same, telling {@code notes} what was left out that a user would not expect: nested Git
   * repositories and submodules, which belong to another project.
   */
  public static List<Found> find(
      List<Path> paths, List<String> excludes, Path excludeRoot, Consumer<String> notes)
      throws IOException {
    List<String> excluded = List.copyOf(excludes);
    List<Found> found = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        walk(path, excluded, excludeRoot, found, notes);
      } else {
        found.add(new Found(path, path.toString()));
      }
    }
    // Each file once, however it was reached (src and /abs/src/a.py name the same file).
    Map<Path, Found> unique = new LinkedHashMap<>();
    for (Found file : found) {
      unique.putIfAbsent(file.file().toAbsolutePath().normalize(), file);
    }
    List<Found> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparing(Found::displayPath));
    return sorted;
  }

  private static void walk(
      Path root, List<String> excluded, Path excludeRoot, List<Found> found, Consumer<String> notes)
      throws IOException {
    Path gitTop = gitTop(root.toAbsolutePath().normalize());
    Deque<Ignores> ignores = new ArrayDeque<>();
    if (gitTop != null) {
      // Rules of the folders above the one walked apply too.
      Path absolute = root.toAbsolutePath().normalize();
      List<Path> chain = new ArrayList<>();
      for (Path dir = absolute.getParent();
          dir != null && dir.startsWith(gitTop);
          dir = dir.getParent()) {
        chain.add(0, dir);
      }
      ignores.push(Ignores.of(gitTop, gitTop.resolve(".git").resolve("info").resolve("exclude")));
      for (Path dir : chain) {
        ignores.push(Ignores.of(dir, dir.resolve(".gitignore")));
      }
    }
    // A folder named through a symbolic link is walked: the walk starts at the folder it points
    // to (`link/.`), and the files are shown under the name given. Links met inside are not
    // followed.
    Path start = Files.isSymbolicLink(root) ? root.resolve(".") : root;
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            if (!dir.equals(start)) {
              String name = dir.getFileName().toString();
              if (!name.equals(".git") && Files.exists(dir.resolve(".git"))) {
                notes.accept(display(dir) + ": a nested Git repository or submodule; skipped");
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (SKIPPED_FOLDERS.contains(name)
                  || Files.exists(dir.resolve("pyvenv.cfg"))
                  || ignored(dir, true)
                  || excludedPath(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
            }
            if (gitTop != null) {
              ignores.push(Ignores.of(dir.toAbsolutePath().normalize(), dir.resolve(".gitignore")));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (gitTop != null) {
              ignores.pop();
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && file.getFileName().toString().endsWith(".py")
                && !ignored(file, false)
                && !excludedPath(file)) {
              Path shown = start == root ? file : root.resolve(start.relativize(file));
              found.add(new Found(file, display(shown)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                || file.getFileName().toString().endsWith(".py")) {
              // checked like a file, it gets a finding saying why it cannot be read: a check that
              // could not read part of the tree has not passed
              Path shown = start == root ? file : root.resolve(start.relativize(file));
              found.add(new Found(file, display(shown)));
            } else {
              notes.accept(display(file) + ": cannot be read (" + Checker.reason(e) + "); skipped");
            }
            return FileVisitResult.CONTINUE;
          }

          private boolean ignored(Path path, boolean directory) {
            if (gitTop == null) {
              return false;
            }
            Path absolute = path.toAbsolutePath().normalize();
            // The nearest .gitignore with a rule for the path decides.
            for (Ignores level : ignores) {
              Boolean verdict = level.check(absolute, directory);
              if (verdict != null) {
                return verdict;
              }
            }
            return false;
          }

          private boolean excludedPath(Path path) {
            if (excluded.isEmpty() || excludeRoot == null) {
              return false;
            }
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(excludeRoot)) {
              return false;
            }
            Path relative = excludeRoot.relativize(absolute);
            return excluded.stream().anyMatch(glob -> matches(glob, relative));
          }
        });
  }

  /**
   * Whether a walk of the tree never enters a folder of this name ({@code build}, {@code .tox}...).
   */
  static boolean skippedFolder(String name) {
    return SKIPPED_FOLDERS.contains(name);
  }

  /** Whether the configuration's excludes leave the file out. */
  static boolean excluded(Path file, List<String> excludes, Path excludeRoot) {
    Path absolute = file.toAbsolutePath().normalize();
    if (excludes.isEmpty() || excludeRoot == null || !absolute.startsWith(excludeRoot)) {
      return false;
    }
    Path relative = excludeRoot.relativize(absolute);
    return excludes.stream().anyMatch(glob -> matches(glob, relative));
  }

  /**
   * Whether a glob matches a path relative to the configuration's folder. As in Ruff and
   * .gitignore, a pattern without a slash names a file or folder at any depth ({@code generated}
   * skips {@code pkg/generated/}); one with a slash is matched from the top.
   */
  public static boolean matches(String glob, Path relative) {
    Glob compiled = GLOBS.computeIfAbsent(glob, Glob::of);
    if (!glob.contains("/")) {
      for (Path part : relative) {
        if (compiled.matches(part.toString())) {
          return true;
        }
      }
      return false;
    }
    return compiled.matches(relative.toString().replace('\\', '/'));
  }

  /** The path as found under the path given, without a leading {@code ./}. */
  private static String display(Path file) {
    String text = file.toString();
    return text.startsWith("./") ? text.substring(2) : text;
  }

  /** The top of the Git working tree holding a folder, if any. */
  static Path gitTop(Path dir) {
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve(".git"))) {
        return candidate;
      }
    }
    return null;
  }

  /** The rules of one ignore file, and the folder they are relative to. */
  private record Ignores(Path base, IgnoreNode node) {

    static Ignores of(Path base, Path file) {
      IgnoreNode node = new IgnoreNode();
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          node.parse(in);
        } catch (IOException e) {
          // an unreadable ignore file ignores nothing
        }
      }
      return new Ignores(base, node);
    }

    Boolean check(Path absolute, boolean directory) {
      if (!absolute.startsWith(base) || absolute.equals(base)) {
        return null;
      }
      String relative = base.relativize(absolute).toString().replace('\\', '/');
      return node.checkIgnored(relative, directory);
    }
  }
}
