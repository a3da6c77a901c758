package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What a migration commit is about to change, written to {@code .git/asyncwright-migration} before
 * the first file is touched, so that a run killed halfway (kill -9, a CI timeout, a power cut) can
 * be finished or undone by the next run that opens the repository: {@link JournalRecovery}.
 *
 * <p>One line per fact, in UTF-8: {@code pid N}, {@code started MILLIS} (when the run locked the
 * index), {@code head REF OLD} (REF is the branch HEAD names, or {@code detached}; OLD a commit id
 * or {@code none} before the first commit), {@code branch NAME} or {@code branch -}, {@code files
 * written} (ours to put back) or {@code files applied} (written before the commit began: they
 * stay), one {@code file OLD NEW PATH} per file (blob ids; OLD is {@code none} for no entry), and
 * at last {@code commit ID} once the commit object exists.
 */
record MigrationJournal(
    long pid,
    long started,
    String headRef,
    ObjectId headCommit,
    String newBranch,
    boolean filesOurs,
    List<Entry> files,
    ObjectId commit) {

  /** The journal's name in the Git folder. */
  static final String NAME = "asyncwright-migration";

  /**
   * One file: its blob in the index before (null: none) and the blob we commit, then the ids of the
   * bytes of the working file before and after our write (they differ from the blobs where Git
   * converts line endings); the old working bytes are stored in Git, to be put back from there.
   */
  record Entry(
      ObjectId before, ObjectId after, ObjectId oldWorking, ObjectId newWorking, String gitPath) {}

  static Path of(Path gitDir) {
    return gitDir.resolve(NAME);
  }

  /** Writes the journal, on disk (fsync) before this returns. */
  void write(Path gitDir) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("pid ").append(pid).append('\n');
    text.append("started ").append(started).append('\n');
    text.append("head ").append(headRef).append(' ').append(name(headCommit)).append('\n');
    text.append("branch ").append(newBranch == null ? "-" : newBranch).append('\n');
    text.append("files ").append(filesOurs ? "written" : "applied").append('\n');
    for (Entry file : files) {
      text.append("file ")
          .append(name(file.before()))
          .append(' ')
          .append(file.after().name())
          .append(' ')
          .append(file.oldWorking().name())
          .append(' ')
          .append(file.newWorking().name())
          .append(' ')
          .append(file.gitPath())
          .append('\n');
    }
    if (commit != null) {
      text.append("commit ").append(commit.name()).append('\n');
    }
    Path journal = of(gitDir);
    Path temporary = gitDir.resolve(NAME + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temporary, journal, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // a full disk: the half-written copy goes (removing takes no space); the journal stays
      // as it was
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  MigrationJournal withCommit(ObjectId made) {
    return new MigrationJournal(
        pid, started, headRef, headCommit, newBranch, filesOurs, files, made);
  }

  /** The journal a run left, or null when there is none. */
  static MigrationJournal read(Path gitDir) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(of(gitDir), StandardCharsets.UTF_8);
    } catch (NoSuchFileException none) {
      return null;
    }
    long pid = -1;
    long started = 0;
    String headRef = null;
    ObjectId headCommit = null;
    String branch = null;
    boolean ours = false;
    List<Entry> files = new ArrayList<>();
    ObjectId commit = null;
    for (String line : lines) {
      String[] parts = line.split(" ", line.startsWith("file ") ? 6 : 3);
      switch (parts[0]) {
        case "pid" -> pid = Long.parseLong(parts[1]);
        case "started" -> started = Long.parseLong(parts[1]);
        case "head" -> {
          headRef = parts[1];
          headCommit = id(parts[2]);
        }
        case "branch" -> branch = parts[1].equals("-") ? null : parts[1];
        case "files" -> ours = parts[1].equals("written");
        case "file" ->
            files.add(
                new Entry(
                    id(parts[1]),
                    ObjectId.fromString(parts[2]),
                    ObjectId.fromString(parts[3]),
                    ObjectId.fromString(parts[4]),
                    parts[5]));
        case "commit" -> commit = ObjectId.fromString(parts[1]);
        default -> throw new IOException("unknown line in " + of(gitDir) + ": " + line);
      }
    }
    if (headRef == null) {
      throw new IOException(of(gitDir) + " is incomplete");
    }
    return new MigrationJournal(pid, started, headRef, headCommit, branch, ours, files, commit);
  }

  private static String name(ObjectId id) {
    return id == null ? "none" : id.name();
  }

  private static ObjectId id(String text) {
    return text.equals("none") ? null : ObjectId.fromString(text);
  }
}
