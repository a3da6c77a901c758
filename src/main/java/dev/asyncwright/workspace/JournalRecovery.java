package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Finishes or undoes the migration commit of a run that was killed halfway, from the {@link
 * MigrationJournal} it left: when the commit reached its branch, the rest is done (HEAD, the index,
 * the old files' second names); otherwise everything is put back (the files we wrote get their old
 * bytes, a branch we made goes). Either way our temporary files and the locks the run held go, and
 * the repository is exactly as before or exactly as committed.
 */
final class JournalRecovery {

  /**
   * How long after the journal's last write a lock can still be the killed run's: it takes the
   * index lock when it starts (the journal says when) and the branch lock just after its last
   * journal write.
   */
  private static final long LOCK_WINDOW_MILLIS = 60_000;

  private JournalRecovery() {}

  /**
   * Recovers what a killed run left, if anything.
   *
   * @return what was done, in words for the user (empty: nothing to recover)
   * @throws WorkspaceException if another run is still making its commit here, or the journal
   *     cannot be read or acted on
   */
  static List<String> recover(Repository repository) throws WorkspaceException {
    Path gitDir = repository.getDirectory().toPath();
    Path journalFile = MigrationJournal.of(gitDir);
    try {
      Files.deleteIfExists(gitDir.resolve(MigrationJournal.NAME + ".tmp"));
      MigrationJournal journal = MigrationJournal.read(gitDir);
      if (journal == null) {
        return List.of();
      }
      if (journal.pid() == ProcessHandle.current().pid()) {
        return List.of(); // our own commit, under way in another thread
      }
      if (stillRunning(journal)) {
        throw new WorkspaceException(
            "another Asyncwright run (pid "
                + journal.pid()
                + ") is making a migration commit in this repository; if none runs, delete "
                + journalFile);
      }
      long written = Files.getLastModifiedTime(journalFile).toMillis();
      List<String> notes = new ArrayList<>();
      removeOurLocks(repository, journal, written, notes);
      Path workTree = repository.getWorkTree().toPath();
      if (landed(repository, journal)) {
        finishLanded(repository, journal, workTree);
        notes.add(
            "a run that was stopped had made its migration commit "
                + journal.commit().abbreviate(7).name()
                + "; finished it (HEAD, index)");
      } else {
        MigrationCommit.putBranchBack(
            repository,
            journal.headRef(),
            journal.headCommit(),
            journal.newBranch(),
            journal.commit() == null ? ObjectId.zeroId() : journal.commit());
        int restored = journal.filesOurs() ? putFilesBack(repository, journal, workTree) : 0;
        notes.add(
            "a run that was stopped before its migration commit was made left "
                + restored
                + (restored == 1 ? " file" : " files")
                + " fixed; put back as they were");
      }
      removeOurFiles(journal, workTree);
      Files.delete(journalFile);
      return notes;
    } catch (IOException | RuntimeException e) {
      throw new WorkspaceException(
          "cannot finish or undo what a stopped Asyncwright run left ("
              + journalFile
              + "): "
              + e.getMessage());
    }
  }

  /**
   * Whether the run that wrote the journal still runs: its process exists, is no zombie (a killed
   * process nobody has reaped yet, as in a container without an init), and started before the
   * journal did (a process that got the same number later is another).
   */
  private static boolean stillRunning(MigrationJournal journal) {
    Optional<ProcessHandle> process = ProcessHandle.of(journal.pid());
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(journal.pid()), "stat"));
      int end = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
      if (end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z') {
        return false;
      }
    } catch (IOException | RuntimeException noProc) {
      // no /proc here: the process handle's word stands
    }
    Optional<java.time.Instant> start = process.get().info().startInstant();
    return start.isEmpty() || start.get().toEpochMilli() <= journal.started() + 1_000;
  }

  /** Whether the killed run's commit is on its branch: then the commit was made. */
  private static boolean landed(Repository repository, MigrationJournal journal)
      throws IOException {
    if (journal.commit() == null) {
      return false;
    }
    String ref =
        journal.newBranch() != null
            ? Constants.R_HEADS + journal.newBranch()
            : journal.headRef().equals("detached") ? Constants.HEAD : journal.headRef();
    Ref now = repository.exactRef(ref);
    return now != null && journal.commit().equals(now.getObjectId());
  }

  private static void finishLanded(Repository repository, MigrationJournal journal, Path workTree)
      throws IOException {
    if (journal.newBranch() != null) {
      repository.updateRef(Constants.HEAD).link(Constants.R_HEADS + journal.newBranch());
    }
    DirCache index = repository.lockDirCache();
    try {
      Map<String, ObjectId> blobs = new java.util.LinkedHashMap<>();
      Map<String, byte[]> paths = new java.util.LinkedHashMap<>();
      for (MigrationJournal.Entry file : journal.files()) {
        org.eclipse.jgit.dircache.DirCacheEntry entry = index.getEntry(file.gitPath());
        // only entries the killed run had not updated yet, and nobody else has since
        if (entry != null && entry.getObjectId().equals(file.before())) {
          blobs.put(file.gitPath(), file.after());
          paths.put(file.gitPath(), null);
        }
      }
      MigrationCommit.updateIndex(index, paths, blobs, workTree);
      index.write();
      if (!index.commit()) {
        throw new IOException("cannot write the Git index");
      }
    } finally {
      index.unlock();
    }
  }

  /** Gives the files we wrote their old bytes; a file someone changed since stays theirs. */
  private static int putFilesBack(Repository repository, MigrationJournal journal, Path workTree)
      throws IOException {
    int restored = 0;
    for (MigrationJournal.Entry file : journal.files()) {
      Path path = workTree.resolve(file.gitPath());
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      byte[] now = Files.readAllBytes(path);
      if (!MigrationCommit.blobId(now).equals(file.newWorking())) {
        continue; // never written, or edited since: not ours to change
      }
      Path kept = keptOld(path.getParent(), file.oldWorking());
      if (kept != null) {
        AtomicWriter.restore(path, kept);
      } else {
        byte[] before = repository.open(file.oldWorking(), Constants.OBJ_BLOB).getBytes();
        try {
          AtomicWriter.replace(path, now, before);
        } catch (AtomicWriter.WriteRefused refused) {
          throw new IOException(refused.getMessage(), refused);
        }
      }
      restored++;
    }
    return restored;
  }

  /** The second name our write kept of a file with the given blob, in a folder, if any. */
  private static Path keptOld(Path folder, ObjectId blob) throws IOException {
    for (Path candidate : ours(folder, AtomicWriter.KEPT_SUFFIX)) {
      if (MigrationCommit.blobId(Files.readAllBytes(candidate)).equals(blob)) {
        return candidate;
      }
    }
    return null;
  }

  /** Our temporary files and the old files' second names in the folders of the journal's files. */
  private static void removeOurFiles(MigrationJournal journal, Path workTree) throws IOException {
    Set<ObjectId> olds = new java.util.HashSet<>();
    Set<Path> folders = new TreeSet<>();
    for (MigrationJournal.Entry file : journal.files()) {
      folders.add(workTree.resolve(file.gitPath()).getParent());
      olds.add(file.oldWorking());
    }
    for (Path folder : folders) {
      for (Path temporary : ours(folder, ".tmp")) {
        Files.deleteIfExists(temporary);
      }
      for (Path kept : ours(folder, AtomicWriter.KEPT_SUFFIX)) {
        if (olds.contains(MigrationCommit.blobId(Files.readAllBytes(kept)))) {
          Files.deleteIfExists(kept);
        }
      }
    }
  }

  private static List<Path> ours(Path folder, String suffix) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return found;
    }
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(folder, ".asyncwright-*" + suffix)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          found.add(entry);
        }
      }
    }
    found.sort(null);
    return found;
  }

  /**
   * Removes the lock files the killed run held: the index's and those of the refs it moved, when
   * made in its lifetime (after the killed run, any Git command would have failed on them, so none
   * can have made them since).
   */
  private static void removeOurLocks(
      Repository repository, MigrationJournal journal, long written, List<String> notes)
      throws IOException {
    Path gitDir = repository.getDirectory().toPath();
    List<Path> locks = new ArrayList<>();
    locks.add(gitDir.resolve("index.lock"));
    locks.add(gitDir.resolve("HEAD.lock"));
    if (!journal.headRef().equals("detached")) {
      locks.add(gitDir.resolve(journal.headRef() + ".lock"));
    }
    if (journal.newBranch() != null) {
      locks.add(gitDir.resolve(Constants.R_HEADS + journal.newBranch() + ".lock"));
    }
    for (Path lock : locks) {
      if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      long made = Files.getLastModifiedTime(lock).toMillis();
      if (made >= journal.started() - 2_000 && made <= written + LOCK_WINDOW_MILLIS) {
        Files.delete(lock);
        notes.add("removed " + lock + ", left by a run that was stopped");
      }
    }
  }
}
