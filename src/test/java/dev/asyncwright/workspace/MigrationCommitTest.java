package dev.asyncwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration commit step by step on real repositories, and what the next run does with what a
 * killed run left (the kill is played by leaving the journal of a process that has ended).
 */
class MigrationCommitTest {

  private static final String OLD = "import time\n\n\nasync def f():\n    time.sleep(1)\n";
  private static final String NEW =
      "import asyncio\n\n\nasync def f():\n    await asyncio.sleep(1)\n";

  @TempDir Path dir;
  private Git git;
  private Path app;

  @BeforeEach
  void repository() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", "Test Person");
    config.setString("user", null, "email", "test@example.com");
    config.save();
    app = Files.writeString(dir.resolve("app.py"), OLD);
    git.add().addFilepattern(".").call();
    git.commit().setMessage("init").setSign(false).call();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String inHead(String path) throws Exception {
    var repository = git.getRepository();
    ObjectId head = repository.resolve(Constants.HEAD);
    try (TreeWalk walk =
        TreeWalk.forPath(repository, path, repository.parseCommit(head).getTree())) {
      return new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, MigrationCommit.FileBytes> fixOfApp() {
    return Map.of("app.py", new MigrationCommit.FileBytes(bytes(OLD), bytes(NEW)));
  }

  private List<Path> leftovers() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".asyncwright-")).toList();
    }
  }

  /** Makes the journal look as a killed run leaves it: its process has ended. */
  private void killed() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path journal = dir.resolve(".git").resolve(MigrationJournal.NAME);
    String text = Files.readString(journal);
    Files.writeString(journal, text.replaceFirst("pid \\d+", "pid " + ended.pid()));
  }

  @Test
  void aSeriesIsOneCommitPerStepEachOnTheLastAndOneThatDoesNotEndAtTheFilesBytesIsRefused()
      throws Exception {
    String half = "import time\n\n\nasync def f():\n    time.sleep(2)\n";
    Files.writeString(app, NEW); // the fixes were applied: the file holds the last step's bytes
    ObjectId before = git.getRepository().resolve(Constants.HEAD);
    try (GitRepository repository = GitRepository.find(dir)) {
      IllegalArgumentException wrong =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  repository.commitSeries(
                      fixOfApp(),
                      List.of(new MigrationCommit.Step(Map.of("app.py", bytes(half)), "half")),
                      null));
      assertTrue(wrong.getMessage().contains("does not end at the bytes"), wrong.getMessage());
      assertEquals(before, git.getRepository().resolve(Constants.HEAD));
      assertTrue(leftovers().isEmpty(), leftovers().toString());
      repository.commitSeries(
          fixOfApp(),
          List.of(
              new MigrationCommit.Step(Map.of("app.py", bytes(half)), "first\n"),
              new MigrationCommit.Step(Map.of("app.py", bytes(NEW)), "second\n")),
          null);
    }
    var last = git.getRepository().parseCommit(git.getRepository().resolve(Constants.HEAD));
    assertEquals("second", last.getShortMessage());
    var first = git.getRepository().parseCommit(last.getParent(0));
    assertEquals("first", first.getShortMessage());
    assertEquals(before, first.getParent(0));
    assertEquals(NEW, inHead("app.py"));
    assertTrue(git.status().call().isClean(), git.status().call().getModified().toString());
  }

  @Test
  void anEditMadeAfterOurWriteStaysTheUsersAndOutOfTheCommit() throws Exception {
    try (GitRepository repository = GitRepository.find(dir);
        MigrationCommit migration = repository.startMigration(fixOfApp(), null)) {
      AppliedChanges applied =
          AppliedChanges.applyKeepingOld(
              List.of(new AppliedChanges.Change(app, bytes(OLD), bytes(NEW))));
      Files.writeString(app, NEW + "# mine\n"); // the user, between our write and the commit
      migration.commit(
          List.of("app.py"), "Migrate\n", repository.author(true), repository.author(false));
      applied.forgetOld();
      migration.finish();
    }
    assertEquals(NEW, inHead("app.py"), "exactly the bytes we wrote");
    assertEquals(NEW + "# mine\n", Files.readString(app));
    assertEquals(Set.of("app.py"), git.status().call().getModified(), "the edit shows as theirs");
    assertEquals(List.of(), leftovers());
    assertFalse(Files.exists(dir.resolve(".git/index.lock")));
  }

  @Test
  void aFileWithStagedChangesIsRefusedBeforeAnythingIsWritten() throws Exception {
    Files.writeString(app, OLD + "x = 1\n");
    git.add().addFilepattern("app.py").call();
    Files.writeString(app, OLD);
    try (GitRepository repository = GitRepository.find(dir)) {
      WorkspaceException refused =
          assertThrows(WorkspaceException.class, () -> repository.startMigration(fixOfApp(), null));
      assertTrue(refused.getMessage().contains("staged changes of its own"), refused::getMessage);
    }
    assertFalse(Files.exists(dir.resolve(".git/index.lock")), "the lock is given back");
    assertFalse(Files.exists(dir.resolve(".git").resolve(MigrationJournal.NAME)));
  }

  @Test
  void aRunKilledAfterWritingIsUndoneByTheNextOne() throws Exception {
    byte[] index = Files.readAllBytes(dir.resolve(".git/index"));
    ObjectId head = git.getRepository().resolve(Constants.HEAD);
    try (GitRepository repository = GitRepository.find(dir)) {
      repository.startMigration(fixOfApp(), "asyncio"); // holds the index lock from here
      AppliedChanges.applyKeepingOld(
          List.of(new AppliedChanges.Change(app, bytes(OLD), bytes(NEW))));
      killed(); // no commit, no clean-up: the lock, the journal and the old file's name stay
    }
    assertTrue(Files.exists(dir.resolve(".git/index.lock")));
    assertEquals(1, leftovers().size(), "the old file's second name");

    try (GitRepository next = GitRepository.find(dir)) {
      assertEquals(2, next.recovered().size(), next.recovered()::toString);
      assertTrue(next.recovered().get(1).contains("put back"), next.recovered()::toString);
    }
    assertEquals(OLD, Files.readString(app));
    assertEquals(head, git.getRepository().resolve(Constants.HEAD));
    assertEquals("main", git.getRepository().getBranch());
    assertEquals(null, git.getRepository().exactRef("refs/heads/asyncio"));
    assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(dir.resolve(".git/index"))));
    assertEquals(List.of(), leftovers());
    assertFalse(Files.exists(dir.resolve(".git/index.lock")));
    assertFalse(Files.exists(dir.resolve(".git").resolve(MigrationJournal.NAME)));
    assertTrue(git.status().call().isClean());
  }

  @Test
  void aRunKilledAfterItsCommitLandedIsFinishedByTheNextOne() throws Exception {
    byte[] oldIndex = Files.readAllBytes(dir.resolve(".git/index"));
    try (GitRepository repository = GitRepository.find(dir)) {
      MigrationCommit migration = repository.startMigration(fixOfApp(), "asyncio");
      AppliedChanges.applyKeepingOld(
          List.of(new AppliedChanges.Change(app, bytes(OLD), bytes(NEW))));
      migration.commit(
          List.of("app.py"), "Migrate\n", repository.author(true), repository.author(false));
      // killed after the branch moved and before the index was written
      Files.write(dir.resolve(".git/index"), oldIndex);
      killed();
    }
    try (GitRepository next = GitRepository.find(dir)) {
      assertTrue(next.recovered().get(0).contains("finished it"), next.recovered()::toString);
    }
    assertEquals("asyncio", git.getRepository().getBranch());
    assertEquals(NEW, inHead("app.py"));
    assertEquals(NEW, Files.readString(app));
    assertTrue(git.status().call().isClean(), git.status().call().getChanged()::toString);
    assertEquals(List.of(), leftovers());
    assertFalse(Files.exists(dir.resolve(".git").resolve(MigrationJournal.NAME)));
  }

  @Test
  void anotherRunStillCommittingIsNotDisturbed() throws Exception {
    try (GitRepository repository = GitRepository.find(dir)) {
      repository.startMigration(fixOfApp(), null);
    }
    Path journal = dir.resolve(".git").resolve(MigrationJournal.NAME);
    long parent = ProcessHandle.current().parent().orElseThrow().pid(); // alive, not us
    Files.writeString(journal, Files.readString(journal).replaceFirst("pid \\d+", "pid " + parent));
    WorkspaceException refused =
        assertThrows(WorkspaceException.class, () -> GitRepository.find(dir));
    assertTrue(refused.getMessage().contains("another Asyncwright run"), refused::getMessage);
    assertTrue(Files.exists(journal));
  }

  /** Runs the real Git on the test repository (Git's own index formats need it). */
  private void realGit(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, git.waitFor(), output);
  }

  @Test
  void aSplitIndexIsRefusedInWordsAUserCanActOn() throws Exception {
    realGit("update-index", "--split-index");
    WorkspaceException refused =
        assertThrows(WorkspaceException.class, () -> GitRepository.find(dir));
    assertTrue(refused.getMessage().contains("split index"), refused::getMessage);
    assertTrue(refused.getMessage().contains("git update-index --no-split-index"));
  }

  @Test
  void aSparseIndexIsRefusedInWordsAUserCanActOn() throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/conf.py"), "x = 1\n");
    git.add().addFilepattern(".").call();
    git.commit().setMessage("docs").setSign(false).call();
    realGit("sparse-checkout", "init", "--cone", "--sparse-index");
    realGit("sparse-checkout", "set", "src");
    WorkspaceException refused =
        assertThrows(WorkspaceException.class, () -> GitRepository.find(dir));
    assertTrue(refused.getMessage().contains("sparse index"), refused::getMessage);
  }
}
