package dev.asyncwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code check --fix --commit} on real repositories made by JGit. */
class MigrationCommitTest {

  // `time` has a use besides the sleep, so that the fix keeps its import.
  private static final String SLEEPY =
      "import asyncio\nimport time\n\n\nasync def main():\n    time.sleep(1)\n"
          + "    await asyncio.sleep(0)\n    return time.monotonic()\n";
  private static final String FIXED =
      "import asyncio\nimport time\n\n\nasync def main():\n    await asyncio.sleep(1)\n"
          + "    await asyncio.sleep(0)\n    return time.monotonic()\n";

  @TempDir Path dir;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", "Test Person");
    config.setString("user", null, "email", "test@example.com");
    config.setBoolean("commit", null, "gpgsign", false);
    config.save();
  }

  private record Run(int status, String out, String err) {}

  private static Run run(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = AsyncwrightCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int status =
        line.execute(java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private void commitAll(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setSign(false).call();
  }

  private String inHead(String path) throws IOException {
    var repository = git.getRepository();
    ObjectId head = repository.resolve(Constants.HEAD);
    try (TreeWalk walk =
        TreeWalk.forPath(repository, path, repository.parseCommit(head).getTree())) {
      return walk == null
          ? null
          : new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void commitsOnlyTheFixedFilesAndLeavesTheUsersChangesAlone() throws Exception {
    write("app.py", SLEEPY);
    write("mine.py", "x = 1\n");
    commitAll("init");
    write("mine.py", "x = 1\ny = 2\n");
    git.add().addFilepattern("mine.py").call(); // staged
    write("mine.py", "x = 1\ny = 2\nz = 3\n"); // and more, unstaged
    write("untracked.py", "w = 4\n");

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(0, run.status(), run::toString);
    assertTrue(run.out().contains("] Modernise asyncio usage (1 fix in 1 file)"), run::toString);

    RevCommit head = git.log().setMaxCount(1).call().iterator().next();
    assertEquals(
        "Modernise asyncio usage (1 fix in 1 file)\n\nAW101 blocking-sleep: 1\n\n"
            + "Target Python: 3.10\n",
        head.getFullMessage());
    assertEquals("Test Person", head.getAuthorIdent().getName());
    assertEquals(FIXED, inHead("app.py"));
    assertEquals("x = 1\n", inHead("mine.py"), "the user's change is not in our commit");
    assertEquals(null, inHead("untracked.py"));
    var status = git.status().call();
    assertEquals(
        java.util.Set.of("mine.py"), status.getChanged(), "the staged change stays staged");
    assertEquals(java.util.Set.of("mine.py"), status.getModified(), "the unstaged one too");
    assertEquals(java.util.Set.of("untracked.py"), status.getUntracked());
    assertEquals("x = 1\ny = 2\nz = 3\n", Files.readString(dir.resolve("mine.py")));
  }

  // ---- a hostile repository: nothing of its configuration runs ----

  /** A shell command that leaves a file behind, to show it ran. */
  private String marking(String name) {
    return "touch '" + dir.resolve(name) + "'";
  }

  private void hook(Path folder, String name, String body) throws IOException {
    Files.createDirectories(folder);
    Path hook = folder.resolve(name);
    Files.writeString(hook, "#!/bin/sh\n" + body + "\n");
    hook.toFile().setExecutable(true);
  }

  @Test
  void theRepositorysHooksNeverRun() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    Path hooks = dir.resolve(".git/hooks");
    for (String name : java.util.List.of("pre-commit", "commit-msg", "post-commit")) {
      hook(hooks, name, marking(name + ".ran"));
    }
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(0, run.status(), run::toString);
    assertEquals(FIXED, inHead("app.py"));
    for (String name : java.util.List.of("pre-commit", "commit-msg", "post-commit")) {
      assertFalse(Files.exists(dir.resolve(name + ".ran")), name + " ran");
    }

    // core.hooksPath, pointing anywhere, changes nothing (set after the test's own commit,
    // which runs hooks)
    write("more.py", SLEEPY);
    commitAll("more");
    StoredConfig config = git.getRepository().getConfig();
    config.setString("core", null, "hooksPath", dir.resolve("elsewhere").toString());
    config.save();
    hook(dir.resolve("elsewhere"), "post-commit", marking("elsewhere.ran"));
    Run again = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(0, again.status(), again::toString);
    assertFalse(Files.exists(dir.resolve("elsewhere.ran")), "core.hooksPath's hook ran");
  }

  @Test
  void aFileBehindAFilterCommandIsLeftAloneAndTheCommandNeverRuns() throws Exception {
    write("app.py", SLEEPY);
    write("other.py", SLEEPY);
    write(".gitattributes", "app.py filter=evil\n");
    commitAll("init");
    StoredConfig config = git.getRepository().getConfig();
    config.setString("filter", "evil", "clean", marking("clean.ran") + "; cat");
    config.save();

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(1, run.status(), "the file left alone keeps its finding: " + run);
    assertTrue(run.err().contains("app.py: goes through the Git filter 'evil'"), run::toString);
    assertEquals(SLEEPY, Files.readString(dir.resolve("app.py")));
    assertEquals(FIXED, inHead("other.py"), "the other file is fixed and committed");
    assertFalse(Files.exists(dir.resolve("clean.ran")), "the filter command ran");
  }

  @Test
  void aFileWithHiddenLocalEditsIsLeftAlone() throws Exception {
    write("settings.py", SLEEPY);
    write("shown.py", SLEEPY);
    commitAll("init");
    var repository = git.getRepository();
    var index = repository.lockDirCache();
    index.getEntry("settings.py").setAssumeValid(true);
    index.write();
    index.commit();
    String secret = SLEEPY + "PASSWORD = 'hunter2'\n";
    write("settings.py", secret); // Git does not look: the edit stays out of commits

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(1, run.status(), "the file left alone keeps its finding: " + run);
    assertTrue(run.err().contains("settings.py: is marked assume-unchanged"), run::toString);
    assertEquals(secret, Files.readString(dir.resolve("settings.py")));
    assertEquals(SLEEPY, inHead("settings.py"), "the hidden edit is not committed");
    assertEquals(FIXED, inHead("shown.py"));
  }

  @Test
  void aSymbolicLinkNamedOnTheCommandLineIsNeverWrittenThrough(@TempDir Path elsewhere)
      throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("target.py"), SLEEPY);
    Path inside = write("real.py", SLEEPY);
    Path toOutside = Files.createSymbolicLink(dir.resolve("out.py"), outside);
    Path toInside = Files.createSymbolicLink(dir.resolve("in.py"), inside);
    commitAll("init");
    write("real.py", SLEEPY + "# my own edit\n");

    // as a pre-commit hook passes them: $(git ls-files '*.py')
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", toOutside, toInside);
    assertTrue(
        run.err().contains("out.py: is a symbolic link: the commit records the link"),
        run::toString);
    assertTrue(
        run.err().contains("in.py: is a symbolic link: the commit records the link"),
        run::toString);
    assertEquals(SLEEPY, Files.readString(outside), "the file outside is untouched");
    assertEquals(SLEEPY + "# my own edit\n", Files.readString(inside));
    assertTrue(run.out().contains("Nothing fixed: no commit made."), run::toString);
  }

  @Test
  void anIgnoredFileNamedOnTheCommandLineIsLeftAloneAndTheRestIsCommitted() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    Path generated = write("generated.py", SLEEPY);
    Files.createDirectories(dir.resolve(".git/info"));
    Files.writeString(dir.resolve(".git/info/exclude"), "generated.py\n");
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir.resolve("app.py"), generated);
    assertTrue(run.err().contains("generated.py: is ignored by Git"), run::toString);
    assertEquals(SLEEPY, Files.readString(generated));
    assertEquals(FIXED, inHead("app.py"), "the commit went through: " + run);
  }

  @Test
  void aRepositoryAnotherUserOwnsIsRefusedAsGitRefusesIt() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        SystemReader.getInstance().getUserConfig().getStringList("safe", null, "directory").length
            == 0,
        "this machine's Git configuration names safe directories");
    try {
      Files.setOwner(
          dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("cannot give the folder away here: " + e);
    }
    try {
      Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
      assertEquals(2, run.status(), run::toString);
      assertTrue(run.err().contains("dubious ownership: " + dir), run::toString);
      assertTrue(run.err().contains("safe.directory " + dir), run::toString);
      assertEquals(SLEEPY, Files.readString(dir.resolve("app.py")), "nothing written");
    } finally {
      Files.setOwner(
          dir,
          dir.getFileSystem()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName(System.getProperty("user.name")));
    }
  }

  @Test
  void aFileWithChangesOfItsOwnIsNotFixedNorCommitted() throws Exception {
    Path app = write("app.py", SLEEPY);
    write("other.py", SLEEPY);
    commitAll("init");
    Files.writeString(app, SLEEPY + "# my edit\n");

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertTrue(run.err().contains("app.py: has uncommitted changes of its own"), run::toString);
    assertEquals(SLEEPY + "# my edit\n", Files.readString(app));
    assertEquals(SLEEPY, inHead("app.py"));
    assertEquals(FIXED, inHead("other.py"));
    assertEquals(1, run.status(), "app.py keeps its finding: " + run);
  }

  @Test
  void aFileOutsideTheWorkingTreeIsNotFixed(@TempDir Path elsewhere) throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    Path outside = Files.writeString(elsewhere.resolve("other.py"), SLEEPY);

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir, outside);
    assertEquals(1, run.status(), run::toString); // the file left unfixed keeps its finding
    assertTrue(
        run.err()
            .contains(
                "other.py: is outside the Git working tree, so a commit cannot hold it; not fixed"),
        run::toString);
    assertEquals(SLEEPY, Files.readString(outside));
    assertEquals(FIXED, inHead("app.py"));
  }

  @Test
  void autocrlfKeepsTheRepositoryInLfAndTheWorkingTreeInCrlf() throws Exception {
    StoredConfig config = git.getRepository().getConfig();
    config.setString("core", null, "autocrlf", "true");
    config.save();
    Path app = write("app.py", SLEEPY.replace("\n", "\r\n"));
    commitAll("init");
    assertEquals(SLEEPY, inHead("app.py"), "the repository holds LF");

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(0, run.status(), run::toString);
    assertEquals(FIXED, inHead("app.py"), "only the fix changed, endings not flipped");
    assertEquals(FIXED.replace("\n", "\r\n"), Files.readString(app));
    assertTrue(git.status().call().isClean(), "nothing left over: " + git.status().call());
  }

  @Test
  void nestedRepositoriesAreSkippedAndSaidSo() throws Exception {
    write("app.py", SLEEPY);
    Path inner = write("vendor/lib/inner.py", SLEEPY);
    Git.init().setDirectory(dir.resolve("vendor/lib").toFile()).call().close();
    Run run = run("check", dir);
    assertTrue(run.err().contains("a nested Git repository or submodule; skipped"), run::toString);
    assertTrue(run.out().contains("app.py:6:5: AW101"), run::toString);
    assertTrue(!run.out().contains("inner.py"), run::toString);
    assertEquals(SLEEPY, Files.readString(inner));
  }

  @Test
  void aMissingIdentityIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path app = write("app.py", SLEEPY);
    commitAll("init");
    StoredConfig config = git.getRepository().getConfig();
    config.unsetSection("user", null);
    config.save();
    // No user or system configuration in reach either: the identity is missing for real.
    SystemReader original = SystemReader.getInstance();
    SystemReader.setInstance(
        new SystemReader.Delegate(original) {
          @Override
          public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, dir.resolve("no-user-config").toFile(), fs);
          }

          @Override
          public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, dir.resolve("no-system-config").toFile(), fs);
          }
        });
    try {
      Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
      assertEquals(2, run.status(), run::toString);
      assertTrue(run.err().contains("no Git identity"), run::toString);
      assertEquals(SLEEPY, Files.readString(app));
    } finally {
      SystemReader.setInstance(original);
    }
  }

  @Test
  void aLockedIndexRefusesTheCommitBeforeAnythingIsWritten() throws Exception {
    Path app = write("app.py", SLEEPY);
    commitAll("init");
    // another Git process holds the index: the index is locked before any file is touched
    Files.writeString(dir.resolve(".git/index.lock"), "");
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("cannot commit, nothing written"), run::toString);
    assertTrue(
        run.err().contains("another Git process holds " + dir.resolve(".git/index.lock")),
        run::toString);
    assertEquals(SLEEPY, Files.readString(app));
  }

  @Test
  void aFailedCommitOnANewBranchLeavesNoBranchAndHeadWhereItWas() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    ObjectId before = git.getRepository().resolve(Constants.HEAD);
    Files.writeString(dir.resolve(".git/index.lock"), ""); // the checkout fails after the branch
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", "--branch", "asyncio", dir);
    assertEquals(2, run.status(), run::toString);
    assertEquals("main", git.getRepository().getBranch());
    assertEquals(null, git.getRepository().exactRef("refs/heads/asyncio"), "no branch left");
    assertEquals(before, git.getRepository().resolve(Constants.HEAD));
    Files.delete(dir.resolve(".git/index.lock"));

    Run retry = run("check", "--fix", "--unsafe-fixes", "--commit", "--branch", "asyncio", dir);
    assertEquals(0, retry.status(), "the retry is not refused: " + retry);
    assertEquals("asyncio", git.getRepository().getBranch());
  }

  @Test
  void aCommitThatFailsAtTheRefLeavesNothingStaged() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    byte[] index = Files.readAllBytes(dir.resolve(".git/index"));
    // another Git process holds the branch: the index is written, then the ref update fails
    Files.writeString(dir.resolve(".git/refs/heads/main.lock"), "");
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(2, run.status(), run::toString);
    assertEquals(SLEEPY, Files.readString(dir.resolve("app.py")));
    assertTrue(
        java.util.Arrays.equals(index, Files.readAllBytes(dir.resolve(".git/index"))),
        "the index is as it was: nothing of ours staged");
    Files.delete(dir.resolve(".git/refs/heads/main.lock"));
    assertTrue(git.status().call().isClean(), git.status().call().getChanged().toString());
  }

  @Test
  void aCherryPickStoppedBetweenCommitsIsRefusedAndNothingIsWritten() throws Exception {
    Path app = write("app.py", SLEEPY);
    commitAll("init");
    Files.createDirectories(dir.resolve(".git/sequencer"));
    Files.writeString(dir.resolve(".git/sequencer/todo"), "pick 1234567 next\n");
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("cherry-pick or revert of several commits"), run::toString);
    assertEquals(SLEEPY, Files.readString(app));
  }

  @Test
  void aMergeInProgressIsRefusedAndNothingIsWritten() throws Exception {
    Path app = write("app.py", SLEEPY);
    commitAll("init");
    ObjectId head = git.getRepository().resolve(Constants.HEAD);
    Files.writeString(dir.resolve(".git/MERGE_HEAD"), head.name() + "\n");

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(2, run.status(), run::toString);
    assertTrue(
        run.err().contains("cannot commit, nothing written: a merge is in progress"),
        run::toString);
    assertEquals(SLEEPY, Files.readString(app));
  }

  @Test
  void requiredSigningIsRefusedAndNothingIsWritten() throws Exception {
    Path app = write("app.py", SLEEPY);
    commitAll("init");
    StoredConfig config = git.getRepository().getConfig();
    config.setBoolean("commit", null, "gpgsign", true);
    config.save();

    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("commit.gpgsign"), run::toString);
    assertEquals(SLEEPY, Files.readString(app));
  }

  @Test
  void theFirstCommitOfAnUnbornRepository() throws Exception {
    write("app.py", SLEEPY);
    write("staged.py", "x = 1\n"); // staged by the user, nothing to fix: not ours to commit
    git.add().addFilepattern("app.py").addFilepattern("staged.py").call();
    Path loose = write("notes.py", SLEEPY); // untracked: not the project's yet
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", "--message", "Start", dir);
    assertEquals(1, run.status(), "notes.py keeps its finding: " + run);
    assertEquals(FIXED, inHead("app.py"));
    assertEquals("Start", git.log().call().iterator().next().getShortMessage());
    assertEquals(null, inHead("notes.py"));
    assertEquals(null, inHead("staged.py"), "the user's staged file is not swept in");
    assertEquals(java.util.Set.of("staged.py"), git.status().call().getAdded(), "still staged");
    assertEquals(SLEEPY, Files.readString(loose), "an untracked file is not fixed with --commit");
  }

  @Test
  void onANewBranch() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", "--branch", "asyncio", dir);
    assertEquals(0, run.status(), run::toString);
    assertEquals("asyncio", git.getRepository().getBranch());
    assertEquals(FIXED, inHead("app.py"));
    assertEquals(FIXED, Files.readString(dir.resolve("app.py")));

    Run again = run("check", "--fix", "--unsafe-fixes", "--commit", "--branch", "asyncio", dir);
    assertEquals(2, again.status(), "the branch exists: " + again);
  }

  @Test
  void aDetachedHeadIsSaidSo() throws Exception {
    write("app.py", SLEEPY);
    commitAll("init");
    ObjectId head = git.getRepository().resolve(Constants.HEAD);
    git.checkout().setName(head.name()).call();
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", dir);
    assertEquals(0, run.status(), run::toString);
    assertTrue(run.out().contains("detached HEAD"), run::toString);
    assertEquals(FIXED, inHead("app.py"));
  }

  @Test
  void commitNeedsFixAndARepository(@TempDir Path elsewhere) throws Exception {
    write("app.py", SLEEPY);
    assertEquals(2, run("check", "--commit", dir).status());
    assertEquals(2, run("check", "--fix", "--branch", "x", dir).status());
    Path loose = Files.writeString(elsewhere.resolve("app.py"), SLEEPY);
    Run run = run("check", "--fix", "--unsafe-fixes", "--commit", elsewhere);
    assertEquals(2, run.status(), run::toString);
    assertTrue(run.err().contains("not in a Git working tree"), run::toString);
    assertEquals(SLEEPY, Files.readString(loose));
  }
}
