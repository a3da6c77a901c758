package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The Git working tree a path is in, as far as the migration commit needs it: whether a commit can
 * be made now (and if not, why), which files have changes of their own, and the commit itself, of
 * exactly the files Asyncwright changed.
 */
public final class GitRepository implements AutoCloseable {

  private final Repository repository;
  private final Git git;
  private DirCache index;
  private Set<String> changes;
  private List<String> recovered = List.of();

  private GitRepository(Repository repository) {
    this.repository = repository;
    this.git = new Git(repository);
  }

  /**
   * The working tree holding a path.
   *
   * @throws WorkspaceException if there is none, or it is bare
   */
  public static GitRepository find(Path path) throws WorkspaceException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().setFS(new NoCommandsFs()).readEnvironment();
    builder.findGitDir(path.toAbsolutePath().normalize().toFile());
    if (builder.getGitDir() == null) {
      throw new WorkspaceException(path + " is not in a Git working tree: nothing to commit to");
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare()) {
        repository.close();
        throw new WorkspaceException(
            builder.getGitDir() + " is a bare repository: no working tree");
      }
      Optional<String> dubious = SafeDirectories.whyNotTrusted(repository);
      if (dubious.isPresent()) {
        repository.close();
        throw new WorkspaceException(dubious.get());
      }
      Optional<String> unreadable = whyIndexUnreadable(repository);
      if (unreadable.isPresent()) {
        repository.close();
        throw new WorkspaceException(unreadable.get());
      }
      GitRepository found = new GitRepository(repository);
      try {
        found.recovered = JournalRecovery.recover(repository);
      } catch (WorkspaceException e) {
        found.close();
        throw e;
      }
      return found;
    } catch (IOException e) {
      throw new WorkspaceException(
          "cannot open the repository at " + builder.getGitDir() + ": " + e.getMessage());
    }
  }

  /**
   * What was done when the repository was opened to finish or undo the migration commit of a run
   * that was stopped halfway (empty: there was none).
   */
  public List<String> recovered() {
    return recovered;
  }

  /**
   * Why JGit cannot read the index, in words a user can act on: Git's split index and sparse index
   * are formats JGit does not know (it reports a corrupt index).
   */
  private static Optional<String> whyIndexUnreadable(Repository repository) {
    try {
      repository.readDirCache();
      return Optional.empty();
    } catch (IOException e) {
      Path gitDir = repository.getDirectory().toPath();
      boolean split;
      try (var shared = Files.newDirectoryStream(gitDir, "sharedindex.*")) {
        split = shared.iterator().hasNext();
      } catch (IOException unlisted) {
        split = false;
      }
      String message = String.valueOf(e.getMessage());
      // index.sparse often sits in config.worktree, which JGit does not read: JGit names the
      // extension it met instead
      if (message.contains("'sdir'")
          || repository.getConfig().getBoolean("index", "sparse", false)) {
        return Optional.of(
            "the Git index is a sparse index (index.sparse), which Asyncwright cannot read:"
                + " `git sparse-checkout init --no-sparse-index` makes it a full one");
      }
      if (split) {
        return Optional.of(
            "the Git index is a split index (core.splitIndex), which Asyncwright cannot read:"
                + " `git update-index --no-split-index` makes it one file again");
      }
      return Optional.of(
          "cannot read the Git index " + repository.getIndexFile() + ": " + e.getMessage());
    }
  }

  public Path workTree() {
    return repository.getWorkTree().toPath();
  }

  /** The current branch, or a short commit id when HEAD is detached, or null when unborn. */
  public String branch() throws IOException {
    String full = repository.getFullBranch();
    if (full == null) {
      return null;
    }
    return full.startsWith(Constants.R_HEADS) ? repository.getBranch() : full.substring(0, 7);
  }

  public boolean isDetached() throws IOException {
    String full = repository.getFullBranch();
    return full != null && !full.startsWith(Constants.R_HEADS) && ObjectId.isId(full);
  }

  /**
   * Why a commit cannot be made now, if it cannot: a merge, rebase, cherry-pick or revert in
   * progress, an unresolved conflict, no identity, or signing required by {@code commit.gpgsign}
   * (Asyncwright does not sign).
   */
  /**
   * The operation Git is in the middle of ({@code "a merge"}, {@code "a rebase"}...), which blocks
   * a commit until the user finishes or aborts it; empty when none.
   */
  public Optional<String> operationInProgress() {
    if (Files.isDirectory(repository.getDirectory().toPath().resolve("sequencer"))) {
      return Optional.of("a cherry-pick or revert of several commits");
    }
    RepositoryState state = repository.getRepositoryState();
    return state == RepositoryState.SAFE ? Optional.empty() : Optional.of(operation(state));
  }

  public Optional<String> whyNoCommit() throws IOException, GitAPIException {
    RepositoryState state = repository.getRepositoryState();
    if (Files.isDirectory(repository.getDirectory().toPath().resolve("sequencer"))) {
      // a cherry-pick or revert of several commits, stopped between two of them: JGit calls
      // that SAFE, Git does not
      return Optional.of(
          "a cherry-pick or revert of several commits is in progress (.git/sequencer): finish it"
              + " (git cherry-pick --continue) or abort it first");
    }
    if (state != RepositoryState.SAFE) {
      return Optional.of(operation(state) + " is in progress: finish or abort it first");
    }
    Status status = git.status().call();
    if (!status.getConflicting().isEmpty()) {
      return Optional.of(
          "unresolved conflicts in " + String.join(", ", status.getConflicting()) + "");
    }
    GitConfiguration config;
    try {
      config = GitConfiguration.of(repository);
    } catch (IOException e) {
      return Optional.of("cannot read the Git configuration: " + e.getMessage());
    }
    try {
      if (config.person(true).isEmpty() || config.person(false).isEmpty()) {
        return Optional.of(
            "no Git identity: set user.name and user.email (git config --global user.name ...)");
      }
      if (config.getBoolean("commit.gpgsign", false)) {
        return Optional.of(
            "commit.gpgsign asks for signed commits, and Asyncwright cannot sign: commit by hand");
      }
    } catch (GitConfiguration.UnknownSetting e) {
      return Optional.of(
          "the Git identity or signing cannot be told: "
              + e.getMessage()
              + "; set it in this repository (git config user.email ...) or commit by hand");
    }
    return Optional.empty();
  }

  /** The operation a state is the middle of, in Git's words rather than JGit's state names. */
  private static String operation(RepositoryState state) {
    return switch (state) {
      case MERGING, MERGING_RESOLVED -> "a merge";
      case REBASING, REBASING_REBASING, REBASING_MERGE, REBASING_INTERACTIVE -> "a rebase";
      case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> "a cherry-pick";
      case REVERTING, REVERTING_RESOLVED -> "a revert";
      case APPLY -> "a patch application (git am)";
      case BISECTING -> "a bisect";
      default -> "an operation (" + state.getDescription() + ")";
    };
  }

  /**
   * Who commits, as {@code Name <email>}, or empty when Git has no identity configured (or it
   * cannot be told).
   */
  public Optional<String> author() {
    try {
      return GitConfiguration.of(repository)
          .person(true)
          .map(person -> person.getName() + " <" + person.getEmailAddress() + ">");
    } catch (IOException | GitConfiguration.UnknownSetting e) {
      return Optional.empty();
    }
  }

  /**
   * Makes a new repository in a folder and commits everything in it, as the given person; when Git
   * has no identity configured, the repository gets that person as its own, so that commits made in
   * it later work too (for a scratch repository such as the sample project).
   */
  public static GitRepository createWithFirstCommit(Path folder, String name, String email)
      throws GitAPIException, IOException {
    Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
    try {
      GitRepository created = new GitRepository(git.getRepository());
      if (created.author().isEmpty()) {
        var config = git.getRepository().getConfig();
        config.setString("user", null, "name", name);
        config.setString("user", null, "email", email);
        config.save();
      }
      git.add().addFilepattern(".").call();
      PersonIdent person = new PersonIdent(name, email);
      git.commit()
          .setMessage("The sample project, as Asyncwright found it")
          .setAuthor(person)
          .setCommitter(person)
          .setSign(false)
          .call();
      return created;
    } catch (GitAPIException | RuntimeException e) {
      git.close();
      throw e;
    }
  }

  /** Whether a local branch of that name exists. */
  public boolean hasBranch(String name) throws IOException {
    return repository.exactRef(Constants.R_HEADS + name) != null;
  }

  /**
   * The files (relative to the working tree, '/'-separated) that hold content of the user's not yet
   * committed: committing them would sweep it into our commit. That is every changed or untracked
   * file; before the first commit, every file whose working copy differs from what was added, and
   * every untracked one.
   */
  public Set<String> filesWithChanges() throws GitAPIException, IOException {
    Status status = git.status().call();
    Set<String> files = new java.util.HashSet<>(status.getUntracked());
    if (repository.resolve(Constants.HEAD) == null) {
      files.addAll(status.getModified());
      files.addAll(status.getMissing());
    } else {
      files.addAll(status.getUncommittedChanges());
    }
    return files;
  }

  /**
   * Why our fixes of a file could not go into a migration commit, if so, asked before anything is
   * written: the one answer for {@code check --fix --commit}, which then leaves the file unfixed,
   * and for the window, which leaves it out of the commit. A clause that reads after the file's
   * name: outside the working tree, a name a commit cannot spell, a symbolic link (the commit
   * records the link, not the file it points to), {@link #whyLeftAlone}, or changes of the user's
   * own, which our commit would sweep in.
   *
   * @throws IOException if the Git status or index cannot be read (then nothing may go in)
   */
  public Optional<String> whyNotCommittable(Path file) throws IOException {
    String gitPath = gitPath(file);
    if (gitPath == null) {
      return Optional.of("is outside the Git working tree, so a commit cannot hold it");
    }
    String name = file.toString();
    if (name.contains("\uFFFD") && !Files.exists(Path.of(name))) {
      // a name that is not valid UTF-8 shows with U+FFFD, which names no file
      return Optional.of("its name is not valid UTF-8, which a commit cannot spell");
    }
    if (Files.isSymbolicLink(file)) {
      return Optional.of(
          "is a symbolic link: the commit records the link and not the file it points to (check"
              + " that file itself)");
    }
    Optional<String> alone = whyLeftAlone(gitPath);
    if (alone.isPresent()) {
      return alone;
    }
    return changes.contains(gitPath)
        ? Optional.of(
            "has uncommitted changes of its own, which must stay out of the migration commit")
        : Optional.empty();
  }

  /**
   * Why a file that looks clean to Git must still not be fixed for the commit, if so: it is marked
   * skip-worktree or assume-unchanged (the documented ways to keep local edits, such as a secret,
   * out of commits: Git does not look at the working copy, so our commit would carry the edit), or
   * Git passes it through a filter command of the configuration (clean, process), which Asyncwright
   * never runs and without which the committed bytes would be wrong.
   */
  public Optional<String> whyLeftAlone(String gitPath) throws IOException {
    if (changes == null) {
      try {
        changes = filesWithChanges();
      } catch (GitAPIException e) {
        throw new IOException("cannot read the Git status: " + e.getMessage(), e);
      }
    }
    if (index == null) {
      index = repository.readDirCache();
    }
    DirCacheEntry entry = index.getEntry(gitPath);
    if (entry == null && !changes.contains(gitPath)) {
      // neither tracked nor shown as untracked: ignored (.gitignore, core.excludesFile)
      return Optional.of("is ignored by Git: a commit cannot hold it");
    }
    if (entry != null && entry.isSkipWorkTree()) {
      return Optional.of(
          "is marked skip-worktree: its working copy is yours, kept out of commits on purpose");
    }
    if (entry != null && entry.isAssumeValid()) {
      return Optional.of(
          "is marked assume-unchanged: its working copy is yours, kept out of commits on purpose");
    }
    Optional<String> filter = filterOf(gitPath);
    if (filter.isPresent()) {
      Config config = repository.getConfig();
      for (String kind : List.of("clean", "process")) {
        String command = config.getString("filter", filter.get(), kind);
        if (command != null) {
          return Optional.of(
              "goes through the Git filter '"
                  + filter.get()
                  + "' ("
                  + kind
                  + " = "
                  + command
                  + "), a command of the repository's configuration that Asyncwright never runs");
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code filter} attribute .gitattributes give the path, if any. */
  private Optional<String> filterOf(String gitPath) throws IOException {
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.setAttributesNodeProvider(repository.createAttributesNodeProvider());
      walk.addTree(new FileTreeIterator(repository));
      walk.setFilter(PathFilter.create(gitPath));
      walk.setRecursive(true);
      while (walk.next()) {
        if (walk.getPathString().equals(gitPath)) {
          Attribute filter = walk.getAttributes().get("filter");
          return filter == null || filter.getValue() == null
              ? Optional.empty()
              : Optional.of(filter.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The path of a file relative to the working tree, '/'-separated, as Git names it; null for a
   * file outside the working tree, which no commit of this repository can hold.
   */
  public String gitPath(Path file) {
    return gitPath(workTree().toAbsolutePath().normalize(), file);
  }

  /** {@link #gitPath(Path)} for a working tree known by its folder (null: none). */
  public static String gitPath(Path workTree, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (workTree == null || !absolute.startsWith(workTree)) {
      return null;
    }
    return workTree.relativize(absolute).toString().replace('\\', '/');
  }

  /**
   * Begins the migration commit of these bytes at these paths: the index is locked and the contents
   * are stored in Git before the caller writes any file. See {@link MigrationCommit}.
   *
   * @param newBranch the branch to create from HEAD and commit on, or null for HEAD's
   */
  public MigrationCommit startMigration(
      Map<String, MigrationCommit.FileBytes> contents, String newBranch)
      throws IOException, WorkspaceException {
    return MigrationCommit.start(repository, contents, true, newBranch);
  }

  /**
   * Commits these files, which already hold these bytes in the working tree (applied earlier), and
   * nothing else; every other index entry stays as it was. With a branch name, the branch is
   * created from HEAD and checked out. When the commit fails, HEAD, the branches and the index stay
   * as they were.
   */
  public RevCommit commit(
      Map<String, MigrationCommit.FileBytes> contents, String message, String newBranch)
      throws IOException, WorkspaceException {
    try (MigrationCommit migration =
        MigrationCommit.start(repository, contents, false, newBranch)) {
      RevCommit made =
          migration.commit(List.copyOf(contents.keySet()), message, author(true), author(false));
      migration.finish();
      return made;
    }
  }

  /**
   * Commits these files as {@link #commit} does, in a series of commits, one per step (see {@link
   * MigrationCommit#commitSeries}): each step's files at its bytes, the last step's at the bytes
   * the files hold now.
   */
  public RevCommit commitSeries(
      Map<String, MigrationCommit.FileBytes> contents,
      List<MigrationCommit.Step> steps,
      String newBranch)
      throws IOException, WorkspaceException {
    try (MigrationCommit migration =
        MigrationCommit.start(repository, contents, false, newBranch)) {
      RevCommit made = migration.commitSeries(steps, author(true), author(false));
      migration.finish();
      return made;
    }
  }

  /**
   * The author (or committer) of our commits, as Git would name them.
   *
   * @throws IOException if there is none ({@link #whyNoCommit()} says so first)
   */
  public PersonIdent author(boolean author) throws IOException {
    try {
      return GitConfiguration.of(repository)
          .person(author)
          .orElseThrow(() -> new IOException("no Git identity"));
    } catch (GitConfiguration.UnknownSetting e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * A failed commit in words a user can act on: JGit says "LOCK_FAILURE" or "Exception caught
   * during execution of commit command"; what it usually means is a lock another Git process holds,
   * or one a killed process left.
   */
  public String whyCommitFailed(Exception e) {
    Path gitDir = repository.getDirectory().toPath();
    List<Path> locks = new java.util.ArrayList<>();
    for (String name : List.of("index.lock", "HEAD.lock")) {
      if (Files.exists(gitDir.resolve(name))) {
        locks.add(gitDir.resolve(name));
      }
    }
    try {
      String branch = repository.getFullBranch();
      if (branch != null && Files.exists(gitDir.resolve(branch + ".lock"))) {
        locks.add(gitDir.resolve(branch + ".lock"));
      }
    } catch (IOException unreadable) {
      // the exception's own message is all there is to say
    }
    if (!locks.isEmpty()) {
      return "another Git process holds "
          + locks.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
          + "; if no Git command is running, a killed one left it: delete it and try again";
    }
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e || cause.getMessage() == null
        ? e.getMessage()
        : e.getMessage() + ": " + cause.getMessage();
  }

  @Override
  public void close() {
    git.close();
    repository.close();
  }
}
