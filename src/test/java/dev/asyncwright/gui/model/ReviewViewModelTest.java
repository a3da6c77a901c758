package dev.asyncwright.gui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's view models without a screen: scan, review, apply, undo and commit on a real Git
 * repository, every step run on the test's thread by {@link InlineTasks}.
 */
class ReviewViewModelTest {

  private static final String WAITS =
      "import asyncio\n\n\nasync def %s(event):\n    try:\n"
          + "        await asyncio.sleep(1)\n"
          + "    except asyncio.TimeoutError:\n        return None\n";

  @TempDir Path project;
  private ReviewViewModel model;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    git = Git.init().setDirectory(project.toFile()).call();
    Files.writeString(
        project.resolve("pyproject.toml"), "[project]\nrequires-python = \">=3.11\"\n");
    Files.writeString(project.resolve("first.py"), WAITS.formatted("first"));
    Files.writeString(project.resolve("second.py"), WAITS.formatted("second"));
    git.add().addFilepattern(".").call();
    git.commit().setMessage("start").setSign(false).call();
    model = new ReviewViewModel(2, new InlineTasks());
    model.scanner().open(project);
  }

  @AfterEach
  void close() {
    model.shutdown();
    git.close();
  }

  @Test
  void aScanFillsTheReviewAndSaysWhatItFound() {
    assertFalse(model.scanner().scanningProperty().get());
    assertEquals(2, model.scanner().filesScannedProperty().get());
    assertEquals(List.of("first.py", "second.py"), paths(model.review().findings()));
    assertTrue(
        model.activity().statusProperty().get().startsWith("Scanned 2 files in "),
        model.activity().statusProperty().get());
    assertNull(model.activity().errorProperty().get());
    assertFalse(model.applier().canUndoProperty().get());
    assertEquals(
        "nothing applied yet: accept fixes and apply them first", model.committer().whyNoCommit());
  }

  @Test
  void anApplyWritesTheAcceptedFixesOnlyAndAnUndoPutsTheBytesAndTheAcceptanceBack()
      throws Exception {
    byte[] firstBefore = Files.readAllBytes(project.resolve("first.py"));
    byte[] secondBefore = Files.readAllBytes(project.resolve("second.py"));
    model.review().acceptSafe(List.of(findingIn("first.py")));
    assertEquals(1, model.review().acceptedProperty().get());
    model.applier().apply();
    assertTrue(
        Files.readString(project.resolve("first.py")).contains("except TimeoutError:"),
        Files.readString(project.resolve("first.py")));
    assertArrayEquals(secondBefore, Files.readAllBytes(project.resolve("second.py")));
    assertEquals("Applied 1 fix to 1 file", model.activity().statusProperty().get());
    // the file was checked again: its finding is gone, the other file's stays
    assertEquals(List.of("second.py"), paths(model.review().findings()));
    assertTrue(model.applier().canUndoProperty().get());
    assertTrue(model.committer().canCommitProperty().get());

    model.applier().undo();
    assertArrayEquals(firstBefore, Files.readAllBytes(project.resolve("first.py")));
    assertEquals(List.of("first.py", "second.py"), paths(model.review().findings()));
    assertTrue(findingIn("first.py").isAccepted(), "the undo took the write back, not the review");
    assertEquals(1, model.review().acceptedProperty().get());
    assertFalse(model.applier().canUndoProperty().get());
    assertFalse(model.committer().canCommitProperty().get());
  }

  @Test
  void aFileChangedOnDiskSinceTheScanIsNotWrittenAndTheBannerSaysSo() throws Exception {
    model.review().acceptSafe(model.review().findings());
    String mine = WAITS.formatted("first") + "# the user's own line\n";
    Files.writeString(project.resolve("first.py"), mine);
    model.applier().apply();
    assertEquals(mine, Files.readString(project.resolve("first.py")));
    assertTrue(Files.readString(project.resolve("second.py")).contains("except TimeoutError:"));
    String banner = model.activity().errorProperty().get();
    assertTrue(banner.startsWith("Applied 1 fix to 1 file: second.py."), banner);
    assertTrue(banner.contains("Not written: first.py: "), banner);
    assertTrue(model.activity().rescanAdvisedProperty().get());
  }

  @Test
  void aCommitHoldsOurFixesOnlyAndEndsTheUndoHistory() throws Exception {
    Files.writeString(project.resolve("notes.txt"), "the user's own file\n");
    model.review().acceptSafe(model.review().findings());
    model.applier().apply();
    CommitDraft draft = model.committer().commitDraft();
    assertEquals(
        List.of("first.py", "second.py"),
        draft.files().stream().map(CommitDraft.FileChange::gitPath).toList());
    model.committer().commit(draft.subject(), draft.body(), null);
    assertNull(model.activity().errorProperty().get());
    RevCommit head = git.log().setMaxCount(1).call().iterator().next();
    assertEquals(draft.subject(), head.getShortMessage());
    // the user's untracked file stays untracked, and nothing of ours is left uncommitted
    assertEquals(java.util.Set.of("notes.txt"), git.status().call().getUntracked());
    assertTrue(git.status().call().getModified().isEmpty());
    assertFalse(model.applier().canUndoProperty().get());
    assertFalse(model.committer().canCommitProperty().get());
  }

  @Test
  void splitTheMigrationIsOneCommitForTheSafeFixesThenOnePerUnsafeRule() throws Exception {
    Path timed = project.resolve("timed.py");
    Files.writeString(timed, TIMED);
    commitAll("a timed wait");
    model.scanner().scan();
    model.review().acceptAll(model.review().findings());
    model.applier().apply();
    String fixed = Files.readString(timed);
    CommitDraft draft = model.committer().commitDraft();
    RevCommit before = head();
    model.committer().commit(draft.subject(), draft.body(), null, true);
    assertNull(model.activity().errorProperty().get());
    RevCommit unsafe = head();
    RevCommit safe = unsafe.getParent(0);
    assertEquals(before, safe.getParent(0));
    assertEquals(
        "Modernise asyncio usage: safe fixes (3 fixes in 3 files)", safe.getShortMessage());
    assertTrue(
        safe.getFullMessage().contains("AW502 timeout-error-alias: 3\n"), safe.getFullMessage());
    assertEquals(
        "Modernise asyncio usage: AW501 wait-for (1 fix in 1 file)", unsafe.getShortMessage());
    assertTrue(
        unsafe.getFullMessage().contains("\n\nUnsafe: the timeout now also covers"),
        unsafe.getFullMessage());
    // the safe commit holds the safe fix alone; the last one the file as the apply wrote it
    String afterSafe = blob(safe, "timed.py");
    assertTrue(afterSafe.contains("except TimeoutError:"), afterSafe);
    assertTrue(afterSafe.contains("asyncio.wait_for("), afterSafe);
    assertEquals(fixed, blob(unsafe, "timed.py"));
    assertTrue(git.status().call().isClean(), git.status().call().getModified().toString());
  }

  @Test
  void aFileFixedOverTwoAppliesIsNotSplitAndNothingIsCommitted() throws Exception {
    Path timed = project.resolve("timed.py");
    Files.writeString(timed, TIMED);
    commitAll("a timed wait");
    model.scanner().scan();
    model.review().acceptSafe(model.review().findings());
    model.applier().apply();
    model.review().acceptAll(model.review().findings());
    model.applier().apply();
    RevCommit before = head();
    CommitDraft draft = model.committer().commitDraft();
    model.committer().commit(draft.subject(), draft.body(), null, true);
    String error = model.activity().errorProperty().get();
    assertTrue(
        error.startsWith("cannot make one commit per rule: timed.py was fixed in more than one"),
        error);
    assertEquals(before, head());
    // committed whole, it goes in as one commit
    model.committer().commit(draft.subject(), draft.body(), null, false);
    assertEquals(before, head().getParent(0));
  }

  private static final String TIMED =
      "import asyncio\n\n\nasync def timed(event):\n    try:\n"
          + "        await asyncio.wait_for(event.wait(), 1)\n"
          + "    except asyncio.TimeoutError:\n        return None\n";

  private void commitAll(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setSign(false).call();
  }

  private RevCommit head() throws Exception {
    return git.log().setMaxCount(1).call().iterator().next();
  }

  private String blob(RevCommit commit, String path) throws Exception {
    try (org.eclipse.jgit.treewalk.TreeWalk walk =
        org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
      return new String(
          git.getRepository().open(walk.getObjectId(0)).getBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFolderInsideGitsOwnFolderIsRefusedWithWhatToOpenInstead() {
    model.scanner().open(project.resolve(".git"));
    String error = model.activity().errorProperty().get();
    assertTrue(error.contains("is inside Git's own folder, not a working tree: open "), error);
    assertFalse(model.activity().busyProperty().get());
    assertTrue(model.review().findings().isEmpty());
  }

  @Test
  void aFileEditedOnDiskIsCheckedAgainAndItsFindingsFollowIt() throws Exception {
    Path first = project.resolve("first.py");
    Files.writeString(
        first, "import asyncio\n\n\nasync def first():\n    await asyncio.sleep(1)\n");
    changed(first);
    assertEquals(List.of("second.py"), paths(model.review().findings()));
    assertEquals(
        "Changed on disk, checked again: first.py", model.activity().statusProperty().get());
  }

  @Test
  void anAcceptanceInAFileEditedOnDiskIsNotCarriedOverAndTheStatusSaysSo() throws Exception {
    Path first = project.resolve("first.py");
    model.review().acceptSafe(List.of(findingIn("first.py")));
    Files.writeString(first, "# a comment of the user's\n" + WAITS.formatted("first"));
    changed(first);
    assertFalse(findingIn("first.py").isAccepted());
    assertEquals(0, model.review().acceptedProperty().get());
    assertTrue(
        model
            .activity()
            .statusProperty()
            .get()
            .endsWith(
                "1 accepted fix there no longer accepted: the file is not what they were"
                    + " made for"),
        model.activity().statusProperty().get());
  }

  @Test
  void ourOwnWritesAndFilesSavedUnchangedAreNotCheckedAgain() throws Exception {
    model.review().acceptSafe(List.of(findingIn("first.py")));
    model.applier().apply();
    Path second = project.resolve("second.py");
    Files.write(second, Files.readAllBytes(second)); // a save without change
    FindingItem kept = findingIn("second.py");
    changed(project.resolve("first.py"), second);
    assertEquals("Applied 1 fix to 1 file", model.activity().statusProperty().get());
    assertTrue(kept == findingIn("second.py"), "the finding was not replaced");
  }

  @Test
  void aReviewedFileReplacedByAFifoIsCheckedAgainWithoutReadingIt() throws Exception {
    Path first = project.resolve("first.py");
    Files.delete(first);
    Process mkfifo = new ProcessBuilder("mkfifo", first.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    // reading a FIFO to compare it with the review would wait forever for a writer
    changed(first);
    assertEquals(List.of("second.py"), paths(model.review().findings()));
    assertTrue(
        model.review().problems().stream().anyMatch(p -> p.path().equals("first.py")),
        model.review().problems().toString());
  }

  /** Reports the files changed as the scan's watch of the disk does. */
  private void changed(Path... files) {
    model.scanner().filesChanged(java.util.Set.of(files), model.scanner().generation());
  }

  private FindingItem findingIn(String path) {
    List<FindingItem> found = model.review().findings(item -> item.path().equals(path));
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private static List<String> paths(List<FindingItem> items) {
    return items.stream().map(FindingItem::path).toList();
  }
}
