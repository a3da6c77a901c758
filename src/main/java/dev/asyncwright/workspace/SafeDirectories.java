package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * Git's refusal of a repository of "dubious ownership": one whose working tree or {@code .git}
 * another user owns, such as a {@code /tmp/.git} planted above the folder a user checks. Its
 * configuration is someone else's, and the user's Git would not touch it either, unless the user
 * names it in {@code safe.directory} (in the global or system configuration, never the repository's
 * own), or writes {@code *} there.
 */
final class SafeDirectories {

  private SafeDirectories() {}

  /** Why the repository is not trusted, in Git's terms and with Git's remedy, or empty. */
  static Optional<String> whyNotTrusted(Repository repository) {
    Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    Path gitDir = repository.getDirectory().toPath().toAbsolutePath().normalize();
    String user = System.getProperty("user.name");
    try {
      for (Path path : List.of(workTree, gitDir)) {
        String owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(user) && !listed(workTree, safeDirectories())) {
          return Optional.of(
              "dubious ownership: "
                  + path
                  + " belongs to "
                  + owner
                  + ", not to you ("
                  + user
                  + "), and Git refuses such a repository; if you trust it, run: git config"
                  + " --global --add safe.directory "
                  + workTree);
        }
      }
    } catch (IOException e) {
      return Optional.of("cannot tell who owns " + workTree + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Whether a {@code safe.directory} value admits the working tree. */
  static boolean listed(Path workTree, List<String> values) {
    boolean safe = false;
    for (String value : values) {
      if (value.isEmpty()) {
        safe = false; // an empty value resets the list, as in Git
      } else if (value.equals("*")) {
        safe = true;
      } else if (value.endsWith("/*")) {
        safe |= workTree.startsWith(Path.of(value.substring(0, value.length() - 2)));
      } else {
        safe |= workTree.equals(Path.of(value).toAbsolutePath().normalize());
      }
    }
    return safe;
  }

  /**
   * The {@code safe.directory} values of the system and global configurations and the command line,
   * in order: Git never takes them from the repository's own.
   */
  private static List<String> safeDirectories() throws IOException {
    return GitConfiguration.userLevels().getAll("safe.directory");
  }
}
