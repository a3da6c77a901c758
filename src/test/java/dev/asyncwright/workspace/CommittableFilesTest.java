package dev.asyncwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one answer the CLI's {@code --commit} and the window's commit give to "may our fix of this
 * file go into the migration commit?", on a real repository.
 */
class CommittableFilesTest {

  @TempDir Path dir;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    for (String name : new String[] {"clean.py", "edited.py", "hidden.py", "target.py"}) {
      Files.writeString(dir.resolve(name), "x = 1\n");
    }
    Files.createSymbolicLink(dir.resolve("link.py"), dir.resolve("target.py"));
    Files.writeString(dir.resolve(".gitignore"), "ignored.py\n");
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage("init")
        .setAuthor("Test Person", "test@example.com")
        .setCommitter("Test Person", "test@example.com")
        .setSign(false)
        .call();
    Files.writeString(dir.resolve("edited.py"), "x = 2\n");
    Files.writeString(dir.resolve("new.py"), "x = 1\n");
    Files.writeString(dir.resolve("ignored.py"), "x = 1\n");
    // as a user hides a local edit from Git (JGit cannot set the flag)
    Process hide =
        new ProcessBuilder(
                "git", "-C", dir.toString(), "update-index", "--skip-worktree", "hidden.py")
            .redirectErrorStream(true)
            .start();
    hide.getInputStream().readAllBytes();
    assertEquals(0, hide.waitFor());
    Files.writeString(dir.resolve("hidden.py"), "secret = 1\n");
  }

  private Optional<String> why(Path file) throws Exception {
    try (GitRepository repository = GitRepository.find(dir)) {
      return repository.whyNotCommittable(file);
    }
  }

  @Test
  void aCleanTrackedFileMayBeCommitted() throws Exception {
    assertEquals(Optional.empty(), why(dir.resolve("clean.py")));
  }

  @Test
  void theUsersOwnChangesKeepAFileOut() throws Exception {
    String own = "has uncommitted changes of its own, which must stay out of the migration commit";
    assertEquals(Optional.of(own), why(dir.resolve("edited.py")));
    assertEquals(Optional.of(own), why(dir.resolve("new.py")), "untracked");
  }

  @Test
  void eachOtherReasonIsNamed(@TempDir Path elsewhere) throws Exception {
    assertEquals(
        Optional.of(
            "is marked skip-worktree: its working copy is yours, kept out of commits on purpose"),
        why(dir.resolve("hidden.py")));
    assertEquals(
        Optional.of("is ignored by Git: a commit cannot hold it"), why(dir.resolve("ignored.py")));
    assertEquals(
        Optional.of(
            "is a symbolic link: the commit records the link and not the file it points to (check"
                + " that file itself)"),
        why(dir.resolve("link.py")));
    assertEquals(
        Optional.of("is outside the Git working tree, so a commit cannot hold it"),
        why(Files.writeString(elsewhere.resolve("other.py"), "x = 1\n")));
  }
}
