package dev.asyncwright.gui.model;

import dev.asyncwright.workspace.GitRepository;
import dev.asyncwright.workspace.MigrationCommit;
import dev.asyncwright.workspace.MigrationMessage;
import dev.asyncwright.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The migration commit: what it would hold (only the files our applies wrote and the user has not
 * touched since, with the rules and counts in its message), and making it through JGit.
 */
public final class CommitViewModel {

  private final TaskExecutor tasks;
  private final ScanViewModel scanner;
  private final Activity activity;
  private final Applies applies;
  private final BooleanBinding canCommit;

  CommitViewModel(TaskExecutor tasks, ScanViewModel scanner, Activity activity, Applies applies) {
    this.tasks = tasks;
    this.scanner = scanner;
    this.activity = activity;
    this.applies = applies;
    canCommit =
        Bindings.createBooleanBinding(
            () -> whyNoCommit() == null, scanner.repositoryProperty(), applies.countProperty());
  }

  /** Whether a commit can be made, and if not, why (null when it can). */
  public String whyNoCommit() {
    RepositoryInfo info = scanner.repositoryProperty().get();
    if (info == null) {
      return "no repository is open";
    }
    if (info.whyNoCommit() != null) {
      return info.whyNoCommit();
    }
    if (applies.countProperty().get() == 0) {
      return "nothing applied yet: accept fixes and apply them first";
    }
    return null;
  }

  /** The commit dialog's content: only our files, the rules and counts, who and where. */
  public CommitDraft commitDraft() {
    RepositoryInfo info = scanner.repositoryProperty().get();
    List<CommitDraft.FileChange> files = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    Map<Path, String> unfit = applies.notCommittable();
    for (Map.Entry<Path, byte[][]> entry : applies.ourChanges().entrySet()) {
      String gitPath = info.gitPath(entry.getKey());
      if (gitPath == null || unfit.containsKey(entry.getKey())) {
        String reason =
            unfit.getOrDefault(
                entry.getKey(), "is outside the Git working tree, so a commit cannot hold it");
        leftOut.add(
            gitPath == null
                ? entry.getKey() + ": " + reason
                : gitPath + ": " + reason + "; commit it yourself");
      } else {
        files.add(
            new CommitDraft.FileChange(
                gitPath, entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
      }
    }
    // the fixes of the committed files only, as the CLI counts them
    Set<Path> committed = new HashSet<>();
    files.forEach(file -> committed.add(file.file()));
    List<String> codes = applies.codesIn(committed);
    String message =
        MigrationMessage.of(null, codes, files.size(), scanner.targetProperty().get().toString());
    int blank = message.indexOf("\n\n");
    String where =
        info.branch() == null
            ? "a new branch (no commit yet)"
            : info.detached() ? "detached HEAD at " + info.branch() : info.branch();
    return new CommitDraft(
        message.substring(0, blank),
        message.substring(blank + 2).strip(),
        files,
        leftOut,
        info.author().orElse("(no Git identity)"),
        where);
  }

  /**
   * Commits the files of the draft, and only those, with this message; on a new branch when one is
   * named. A file edited since we wrote it is left out (its edits are the user's).
   */
  public void commit(String subject, String body, String newBranch) {
    commit(subject, body, newBranch, false);
  }

  /**
   * The same, or, {@code split}, as one commit for the safe fixes and one per unsafe rule, each
   * with a message of its own ({@link SplitCommits}); when the fixes cannot be taken apart so,
   * nothing is committed and the banner says why.
   */
  public void commit(String subject, String body, String newBranch, boolean split) {
    String why = whyNoCommit();
    if (why != null) {
      activity.errorProperty().set("Cannot commit: " + why);
      return;
    }
    CommitDraft draft = commitDraft();
    Path folder = scanner.rootProperty().get();
    String message = subject.strip() + (body.isBlank() ? "\n" : "\n\n" + body.strip() + "\n");
    String branch = newBranch == null || newBranch.isBlank() ? null : newBranch.strip();
    int mine = scanner.opened();
    // the applies behind each file, taken here: the background must not read them as they change
    Map<Path, List<Applies.Apply>> writers = new LinkedHashMap<>();
    draft.files().forEach(file -> writers.put(file.file(), applies.of(file.file())));
    String target = scanner.targetProperty().get().toString();
    activity.busyProperty().set(true);
    tasks.run(
        () -> {
          Map<String, MigrationCommit.FileBytes> paths = new LinkedHashMap<>();
          List<CommitDraft.FileChange> kept = new ArrayList<>();
          List<String> skipped = new ArrayList<>();
          for (CommitDraft.FileChange file : draft.files()) {
            if (Arrays.equals(Files.readAllBytes(file.file()), file.after())) {
              paths.put(file.gitPath(), new MigrationCommit.FileBytes(file.before(), file.after()));
              kept.add(file);
            } else {
              skipped.add(file.gitPath() + ": edited since the fixes were applied; left out");
            }
          }
          if (paths.isEmpty()) {
            throw new WorkspaceException("nothing to commit: " + String.join("; ", skipped));
          }
          List<MigrationCommit.Step> steps = null;
          if (split) {
            SplitCommits.Plan plan = SplitCommits.of(kept, writers::get, target);
            if (plan.whyNot() != null) {
              throw new WorkspaceException(
                  "cannot make one commit per rule: " + plan.whyNot() + "; nothing committed");
            }
            steps = plan.steps();
          }
          try (GitRepository git = GitRepository.find(folder)) {
            Optional<String> refused = git.whyNoCommit();
            if (refused.isEmpty() && branch != null && git.hasBranch(branch)) {
              refused = Optional.of("a branch named " + branch + " exists already");
            }
            if (refused.isPresent()) {
              throw new WorkspaceException("cannot commit: " + refused.get());
            }
            RevCommit made =
                steps == null
                    ? git.commit(paths, message, branch)
                    : git.commitSeries(paths, steps, branch);
            String where = git.isDetached() ? "detached HEAD" : git.branch();
            String files = paths.size() + (paths.size() == 1 ? " file" : " files");
            // the prefilled subject already counts the files: "(5 fixes in 2 files)"
            skipped.add(
                0,
                steps != null
                    ? steps.size()
                        + (steps.size() == 1 ? " commit" : " commits")
                        + " on "
                        + where
                        + ", the last "
                        + made.abbreviate(7).name()
                        + " (safe fixes first, then one per unsafe rule; "
                        + files
                        + ")"
                    : "["
                        + where
                        + " "
                        + made.abbreviate(7).name()
                        + "] "
                        + made.getShortMessage()
                        + (made.getShortMessage().contains(" in " + files)
                            ? ""
                            : " (" + files + ")"));
            return skipped;
          }
        },
        lines -> {
          activity.busyProperty().set(false);
          if (mine != scanner.opened()) {
            return;
          }
          applies.clear();
          activity.statusProperty().set("Committed " + lines.get(0));
          activity.warn(lines.subList(1, lines.size()));
          scanner.refreshRepository();
        },
        activity::fail);
  }

  /** Whether a commit can be made now (see {@link #whyNoCommit}). */
  public BooleanBinding canCommitProperty() {
    return canCommit;
  }
}
