package dev.asyncwright.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.CoreConfig.EolStreamType;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.io.EolStreamTypeUtil;

/**
 * The migration commit of exactly the bytes we write, made so that a kill at any moment leaves the
 * repository as it was or as committed.
 *
 * <p>In order: the index is locked (another Git process holding it refuses the commit before
 * anything is written); the new contents go into Git's object database (a full disk stops us here,
 * before any file is touched); a {@link MigrationJournal} names what is about to change; the caller
 * writes the files; then the commit object, the branch, and the index. The commit's tree is HEAD's
 * with our blobs in place: nothing is read back from the working tree, so an edit made after our
 * write stays the user's, an unstaged change, instead of riding in our commit. What a killed run
 * leaves, the next run finishes or undoes ({@link JournalRecovery}).
 */
public final class MigrationCommit implements AutoCloseable {

  /** A file's bytes in the working tree before and after our fix. */
  public record FileBytes(byte[] before, byte[] after) {}

  /**
   * One commit of a series: the working-tree bytes some files hold at that point (by Git path), and
   * its message. The series' last state of each file must be the bytes it is to hold.
   */
  public record Step(Map<String, byte[]> contents, String message) {}

  /** One file of the commit: its index entry (as HEAD has it) and its bytes. */
  private record Planned(String gitPath, ObjectId before, FileMode mode, FileBytes bytes) {}

  private final Repository repository;
  private DirCache index;
  private final Map<String, Planned> files;
  private final Map<String, ObjectId> blobs = new LinkedHashMap<>();
  private final ObjectId headCommit;
  private final String headRef;
  private final String newBranch;
  private MigrationJournal journal;
  private Map<String, EolStreamType> conversions = Map.of();
  private boolean done;

  private MigrationCommit(
      Repository repository,
      Map<String, Planned> files,
      ObjectId headCommit,
      String headRef,
      String newBranch) {
    this.repository = repository;
    this.files = files;
    this.headCommit = headCommit;
    this.headRef = headRef;
    this.newBranch = newBranch;
  }

  /**
   * Writes the journal, locks the index and stores the new contents as blobs. The journal comes
   * first: whatever a kill leaves from here on (a lock, objects, files) the next run finds named
   * there.
   *
   * @param contents the bytes each file (by Git path) holds and is to hold
   * @param filesOurs whether the caller writes the files after this (and so a killed run's files
   *     are ours to put back), rather than having written them already
   * @throws WorkspaceException if a file cannot be committed so (not tracked, staged changes of its
   *     own, not a plain file); nothing is then written
   * @throws IOException if the index is locked or the objects cannot be written; nothing is then
   *     written but objects Git's gc removes
   */
  static MigrationCommit start(
      Repository repository, Map<String, FileBytes> contents, boolean filesOurs, String newBranch)
      throws IOException, WorkspaceException {
    long started = System.currentTimeMillis();
    DirCache seen = repository.readDirCache();
    ObjectId headCommit = repository.resolve(Constants.HEAD + "^{commit}");
    String full = repository.getFullBranch();
    String headRef = full != null && full.startsWith(Constants.R_REFS) ? full : "detached";
    Map<String, Planned> files = new LinkedHashMap<>();
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit head = headCommit == null ? null : walk.parseCommit(headCommit);
      for (Map.Entry<String, FileBytes> file : contents.entrySet()) {
        files.put(file.getKey(), plan(repository, seen, head, file.getKey(), file.getValue()));
      }
    }
    MigrationCommit migration =
        new MigrationCommit(repository, files, headCommit, headRef, newBranch);
    Map<String, byte[]> stored = migration.asGitStoresThem();
    List<MigrationJournal.Entry> entries = new ArrayList<>();
    for (Planned file : files.values()) {
      entries.add(
          new MigrationJournal.Entry(
              file.before(),
              migration.blobs.get(file.gitPath()),
              blobId(file.bytes().before()),
              blobId(file.bytes().after()),
              file.gitPath()));
    }
    migration.journal =
        new MigrationJournal(
            ProcessHandle.current().pid(),
            started,
            headRef,
            headCommit,
            newBranch,
            filesOurs,
            entries,
            null);
    migration.journal.write(repository.getDirectory().toPath());
    try {
      migration.index = repository.lockDirCache();
      for (Planned file : files.values()) {
        DirCacheEntry entry = migration.index.getEntry(file.gitPath());
        if (entry == null || !entry.getObjectId().equals(file.before())) {
          throw new WorkspaceException(
              file.gitPath() + ": staged by another Git command meanwhile; nothing written");
        }
      }
      migration.insert(stored);
      return migration;
    } catch (IOException | WorkspaceException | RuntimeException e) {
      migration.close();
      throw e;
    }
  }

  /** A file's place in the commit, or why it has none. */
  private static Planned plan(
      Repository repository, DirCache index, RevCommit head, String gitPath, FileBytes bytes)
      throws IOException, WorkspaceException {
    DirCacheEntry entry = index.getEntry(gitPath);
    if (entry == null) {
      throw new WorkspaceException(gitPath + ": not tracked by Git; cannot be committed");
    }
    FileMode mode = entry.getFileMode();
    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
      throw new WorkspaceException(gitPath + ": not a plain file in Git (" + mode + ")");
    }
    if (head != null) {
      try (TreeWalk walk = TreeWalk.forPath(repository, gitPath, head.getTree())) {
        if (walk == null || !walk.getObjectId(0).equals(entry.getObjectId())) {
          throw new WorkspaceException(
              gitPath + ": has staged changes of its own; they stay out of the migration commit");
        }
      }
    }
    return new Planned(gitPath, entry.getObjectId(), mode, bytes);
  }

  /**
   * Our bytes as {@code git add} would store them, by path; their blob ids go in {@link #blobs}.
   */
  private Map<String, byte[]> asGitStoresThem() throws IOException {
    conversions = checkinConversions();
    Map<String, byte[]> stored = new LinkedHashMap<>();
    for (Planned file : files.values()) {
      byte[] bytes = asGitStores(file.gitPath(), file.bytes().after());
      stored.put(file.gitPath(), bytes);
      blobs.put(file.gitPath(), blobId(bytes));
    }
    return stored;
  }

  /** A file's bytes as {@code git add} would store them. */
  private byte[] asGitStores(String gitPath, byte[] working) throws IOException {
    EolStreamType conversion = conversions.getOrDefault(gitPath, EolStreamType.DIRECT);
    try (ObjectReader reader = repository.newObjectReader()) {
      if (conversion == EolStreamType.AUTO_LF && hasCrLf(reader, files.get(gitPath).before())) {
        // as Git does: a file the repository already holds with CRLF keeps them
        conversion = EolStreamType.DIRECT;
      }
    }
    try (InputStream in =
        EolStreamTypeUtil.wrapInputStream(new ByteArrayInputStream(working), conversion)) {
      return in.readAllBytes();
    }
  }

  /**
   * Stores the blobs of the commit, and the old working bytes too, for a run that must put a file
   * back after a kill.
   */
  private void insert(Map<String, byte[]> stored) throws IOException {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      for (Planned file : files.values()) {
        inserter.insert(Constants.OBJ_BLOB, stored.get(file.gitPath()));
        inserter.insert(Constants.OBJ_BLOB, file.bytes().before());
      }
      inserter.flush();
    }
  }

  /**
   * The end-of-line conversion {@code git add} would apply to each file (core.autocrlf, core.eol,
   * the text and eol attributes): the commit must hold what Git would store, not our bytes as
   * written in a CRLF working tree.
   */
  private Map<String, EolStreamType> checkinConversions() throws IOException {
    Map<String, EolStreamType> conversions = new LinkedHashMap<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.setAttributesNodeProvider(repository.createAttributesNodeProvider());
      walk.addTree(new FileTreeIterator(repository));
      walk.setFilter(PathFilterGroup.createFromStrings(files.keySet()));
      walk.setRecursive(true);
      while (walk.next()) {
        conversions.put(
            walk.getPathString(), walk.getEolStreamType(TreeWalk.OperationType.CHECKIN_OP));
      }
    }
    return conversions;
  }

  private static boolean hasCrLf(ObjectReader reader, ObjectId blob) throws IOException {
    if (blob == null) {
      return false;
    }
    byte[] bytes = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(MAX_BLOB_BYTES);
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Files we fix are at most a few megabytes (Checker.MAX_FILE_BYTES); this bounds a read. */
  private static final int MAX_BLOB_BYTES = 64 << 20;

  /**
   * Makes the commit of the files named (those the caller managed to write: a subset of what {@link
   * #start} was given), moves the branch (or makes the new one and checks it out), and updates
   * their index entries. When a step fails, the branch and HEAD are put back and the index is left
   * as it was.
   */
  public RevCommit commit(
      List<String> gitPaths, String message, PersonIdent author, PersonIdent committer)
      throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    gitPaths.forEach(path -> contents.put(path, files.get(path).bytes().after()));
    return commitSeries(List.of(new Step(contents, message)), author, committer);
  }

  /**
   * Makes a series of commits, each on the one before (the first on HEAD), each holding its step's
   * files at its step's bytes on top of the last; the branch moves once, to the last, and the index
   * entries of the files are updated as {@link #commit} does. The files of the steps must be among
   * those {@link #start} was given, and each must end at the bytes it was given there.
   */
  public RevCommit commitSeries(List<Step> steps, PersonIdent author, PersonIdent committer)
      throws IOException {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a series of no commits");
    }
    Map<String, ObjectId> reached = new LinkedHashMap<>();
    ObjectId made = headCommit;
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      for (Step step : steps) {
        for (Map.Entry<String, byte[]> file : step.contents().entrySet()) {
          if (!files.containsKey(file.getKey())) {
            throw new IllegalArgumentException(file.getKey() + " is not part of this migration");
          }
          reached.put(
              file.getKey(),
              inserter.insert(Constants.OBJ_BLOB, asGitStores(file.getKey(), file.getValue())));
        }
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree(reached, inserter));
        if (made != null) {
          commit.setParentId(made);
        }
        commit.setAuthor(author);
        commit.setCommitter(committer);
        commit.setMessage(step.message());
        made = inserter.insert(commit);
      }
      inserter.flush();
    }
    for (Map.Entry<String, ObjectId> file : reached.entrySet()) {
      if (!file.getValue().equals(blobs.get(file.getKey()))) {
        throw new IllegalArgumentException(
            file.getKey() + ": the series does not end at the bytes the file holds");
      }
    }
    List<String> gitPaths = List.copyOf(reached.keySet());
    journal = journal.withCommit(made);
    journal.write(repository.getDirectory().toPath());
    RevCommit parsed;
    try (RevWalk walk = new RevWalk(repository)) {
      parsed = walk.parseCommit(made);
    }
    moveBranch(made, parsed.getShortMessage());
    try {
      Map<String, byte[]> written = new LinkedHashMap<>();
      gitPaths.forEach(path -> written.put(path, files.get(path).bytes().after()));
      updateIndex(index, written, blobs, repository.getWorkTree().toPath());
      index.write();
      if (!index.commit()) {
        throw new IOException("cannot write the Git index " + repository.getIndexFile());
      }
    } catch (IOException | RuntimeException e) {
      putBranchBack(repository, headRef, headCommit, newBranch, made);
      throw e;
    }
    return parsed;
  }

  /** HEAD's tree with these blobs at these paths. */
  private ObjectId tree(Map<String, ObjectId> at, ObjectInserter inserter) throws IOException {
    DirCache tree = DirCache.newInCore();
    DirCacheBuilder builder = tree.builder();
    if (headCommit != null) {
      try (RevWalk walk = new RevWalk(repository);
          ObjectReader reader = repository.newObjectReader()) {
        builder.addTree(
            new byte[0], DirCacheEntry.STAGE_0, reader, walk.parseCommit(headCommit).getTree());
      }
    }
    builder.finish();
    DirCacheEditor editor = tree.editor();
    for (Map.Entry<String, ObjectId> path : at.entrySet()) {
      Planned file = files.get(path.getKey());
      ObjectId blob = path.getValue();
      String gitPath = path.getKey();
      editor.add(
          new DirCacheEditor.PathEdit(gitPath) {
            @Override
            public void apply(DirCacheEntry entry) {
              entry.setFileMode(file.mode());
              entry.setObjectId(blob);
            }
          });
    }
    editor.finish();
    return tree.writeTree(inserter);
  }

  private void moveBranch(ObjectId made, String subject) throws IOException {
    String log = (headCommit == null ? "commit (initial): " : "commit: ") + subject;
    if (newBranch != null) {
      RefUpdate create = repository.updateRef(Constants.R_HEADS + newBranch);
      create.setExpectedOldObjectId(ObjectId.zeroId());
      create.setNewObjectId(made);
      create.setRefLogMessage(log, false);
      require(create.update(), create.getName(), RefUpdate.Result.NEW);
      RefUpdate head = repository.updateRef(Constants.HEAD);
      RefUpdate.Result linked = head.link(Constants.R_HEADS + newBranch);
      if (linked != RefUpdate.Result.NEW && linked != RefUpdate.Result.FORCED) {
        putBranchBack(repository, headRef, headCommit, newBranch, made);
        throw new IOException("cannot point HEAD at " + newBranch + " (" + linked + ")");
      }
      return;
    }
    RefUpdate update = repository.updateRef(Constants.HEAD);
    update.setExpectedOldObjectId(headCommit == null ? ObjectId.zeroId() : headCommit);
    update.setNewObjectId(made);
    update.setRefLogMessage(log, false);
    require(
        update.forceUpdate(),
        update.getName(),
        RefUpdate.Result.NEW,
        RefUpdate.Result.FORCED,
        RefUpdate.Result.FAST_FORWARD);
  }

  private static void require(RefUpdate.Result result, String ref, RefUpdate.Result... wanted)
      throws IOException {
    if (!Arrays.asList(wanted).contains(result)) {
      throw new IOException(
          result == RefUpdate.Result.LOCK_FAILURE
              ? ref + " is locked or was moved by another Git process"
              : "cannot update " + ref + " (" + result + ")");
    }
  }

  /**
   * Puts HEAD and the branches back as they were before {@code made}: the new branch goes (if it
   * points at our commit), HEAD names the old branch again, or the old branch its old commit.
   */
  static void putBranchBack(
      Repository repository, String headRef, ObjectId headCommit, String newBranch, ObjectId made)
      throws IOException {
    if (newBranch != null) {
      if (!headRef.equals("detached")) {
        repository.updateRef(Constants.HEAD).link(headRef);
      } else {
        RefUpdate back = repository.updateRef(Constants.HEAD, true);
        back.setNewObjectId(headCommit);
        back.forceUpdate();
      }
      Ref created = repository.exactRef(Constants.R_HEADS + newBranch);
      if (created != null && made.equals(created.getObjectId())) {
        RefUpdate delete = repository.updateRef(created.getName());
        delete.setForceUpdate(true);
        delete.delete();
      }
      return;
    }
    String ref = headRef.equals("detached") ? Constants.HEAD : headRef;
    Ref now = repository.exactRef(ref);
    if (now == null || !made.equals(now.getObjectId())) {
      return; // never moved
    }
    RefUpdate back = repository.updateRef(ref, headRef.equals("detached"));
    back.setExpectedOldObjectId(made);
    if (headCommit == null) {
      back.setForceUpdate(true);
      back.delete();
    } else {
      back.setNewObjectId(headCommit);
      back.forceUpdate();
    }
  }

  /**
   * Points the index entries of the paths at our blobs. The entry's size and time come from the
   * file only while it holds exactly the bytes we wrote (looked at between two reads of its
   * attributes); otherwise they are left so that Git looks at the content, and shows an edit made
   * since as the user's.
   *
   * @param written each path, with the bytes we wrote there (null: not known, Git looks)
   */
  static void updateIndex(
      DirCache index, Map<String, byte[]> written, Map<String, ObjectId> blobs, Path workTree) {
    for (String gitPath : written.keySet()) {
      DirCacheEntry entry = index.getEntry(gitPath);
      if (entry == null) {
        continue;
      }
      entry.setObjectId(blobs.get(gitPath));
      entry.setLength(0); // smudged: Git compares the content
      entry.setLastModified(java.time.Instant.EPOCH);
      Path file = workTree.resolve(gitPath);
      try {
        BasicFileAttributes first = Files.readAttributes(file, BasicFileAttributes.class);
        byte[] bytes = Files.readAllBytes(file);
        BasicFileAttributes second = Files.readAttributes(file, BasicFileAttributes.class);
        if (first.lastModifiedTime().equals(second.lastModifiedTime())
            && first.size() == second.size()
            && Arrays.equals(bytes, written.get(gitPath))) {
          entry.setLength(second.size());
          entry.setLastModified(second.lastModifiedTime().toInstant());
        }
      } catch (IOException unreadable) {
        // the smudged entry makes Git look for itself
      }
    }
  }

  /** The id Git gives a blob of these bytes. */
  static ObjectId blobId(byte[] bytes) {
    return new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, bytes);
  }

  /** Removes the journal: the commit is made, or everything it named is undone. */
  public void finish() throws IOException {
    done = true;
    if (index != null) {
      index.unlock();
    }
    Files.deleteIfExists(MigrationJournal.of(repository.getDirectory().toPath()));
  }

  /** Unlocks the index and removes the journal if {@link #finish()} did not. */
  @Override
  public void close() throws IOException {
    if (!done) {
      finish();
    }
  }
}
