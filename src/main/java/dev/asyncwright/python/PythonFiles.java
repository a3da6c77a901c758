package dev.asyncwright.python;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the Python files under a path: {@code *.py}, symbolic links not followed. */
public final class PythonFiles {

  private PythonFiles() {}

  /**
   * The {@code *.py} files under {@code root} (or {@code root} itself if it is a file), sorted,
   * each named as {@code root} joined with its relative path.
   *
   * @param unreadable receives the directories that could not be listed
   */
  public static List<Path> under(Path root, List<Path> unreadable) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      found.add(root);
      return found;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".py")) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Path::toString));
    return found;
  }
}
