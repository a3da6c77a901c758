package dev.asyncwright.gui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reviewer decided about each finding of a folder: seen, accepted or rejected; a finding
 * without a mark is not reviewed yet. A finding is known by its file (as the window shows it), its
 * rule, the text of its line and which of the file's findings of that rule on that text it is, not
 * by its offset: a mark outlives edits elsewhere in the file, rescans, an apply's re-check, an undo
 * and a restart (the marks are kept in a file of the user's state folder, one per folder opened).
 * An acceptance is given back only to a file with the very bytes it was accepted in: a fix the user
 * did not see is never accepted for them.
 */
final class ReviewMarks {

  enum Mark {
    SEEN,
    ACCEPTED,
    REJECTED
  }

  /** A mark, and for an acceptance the file's hash when it was made. */
  private record Entry(Mark mark, String fileHash) {}

  private static final String HEADER = "asyncwright review marks 1";

  private final Map<String, Entry> marks = new HashMap<>();
  private final Path store;

  private ReviewMarks(Path store) {
    this.store = store;
  }

  /** Marks kept nowhere (no folder open). */
  static ReviewMarks none() {
    return new ReviewMarks(null);
  }

  /**
   * The marks kept for a folder (none the first time); reads the disk. A file that cannot be read
   * gives no marks: the review starts afresh, as it would the first time.
   */
  static ReviewMarks of(Path folder) {
    ReviewMarks loaded = new ReviewMarks(storeFor(folder));
    try {
      List<String> lines = Files.readAllLines(loaded.store, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(HEADER + "\t" + folder)) {
        for (String line : lines.subList(1, lines.size())) {
          String[] fields = line.split("\t", -1);
          if (fields.length == 3) {
            String key = new String(Base64.getDecoder().decode(fields[1]), StandardCharsets.UTF_8);
            loaded.marks.put(
                key, new Entry(Mark.valueOf(fields[0]), fields[2].isEmpty() ? null : fields[2]));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      loaded.marks.clear(); // none kept yet, or not ours to read
    }
    return loaded;
  }

  /**
   * Where the marks of a folder are kept: {@code asyncwright.state} (a system property, for tests),
   * else {@code $XDG_STATE_HOME/asyncwright}, else {@code ~/.local/state/asyncwright}; in {@code
   * reviews/}, under a hash of the folder's path.
   */
  static Path storeFor(Path folder) {
    String property = System.getProperty("asyncwright.state");
    String xdg = System.getenv("XDG_STATE_HOME");
    Path state =
        property != null
            ? Path.of(property)
            : xdg != null && Path.of(xdg).isAbsolute()
                ? Path.of(xdg, "asyncwright")
                : Path.of(System.getProperty("user.home"), ".local", "state", "asyncwright");
    return state
        .resolve("reviews")
        .resolve(hash(folder.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The finding's mark; an acceptance made in other bytes of the file counts as seen. */
  Mark of(FindingItem item) {
    Entry entry = marks.get(item.reviewKey());
    if (entry == null) {
      return null;
    }
    if (entry.mark() == Mark.ACCEPTED && !entry.fileHash().equals(item.file().hash())) {
      return Mark.SEEN;
    }
    return entry.mark();
  }

  void mark(FindingItem item, Mark mark) {
    marks.put(item.reviewKey(), new Entry(mark, mark == Mark.ACCEPTED ? item.file().hash() : null));
  }

  /** Marks a finding seen unless it has a mark already. */
  boolean see(FindingItem item) {
    return marks.putIfAbsent(item.reviewKey(), new Entry(Mark.SEEN, null)) == null;
  }

  /** Forgets the finding's mark: its fix was written, and the finding is gone. */
  void forget(FindingItem item) {
    marks.remove(item.reviewKey());
  }

  /**
   * Forgets the marks of findings gone from the files just scanned, for the rules that ran (a file
   * or a rule not scanned keeps its marks).
   */
  void keepOnly(List<FindingItem> findings, Set<String> files, Set<String> rules) {
    Set<String> present = new java.util.HashSet<>();
    findings.forEach(item -> present.add(item.reviewKey()));
    marks
        .keySet()
        .removeIf(
            key -> {
              String[] parts = key.split("\0", 3);
              return files.contains(parts[0]) && rules.contains(parts[1]) && !present.contains(key);
            });
  }

  /** One writer for every folder's marks, so that writes land in the order they were asked. */
  private static final java.util.concurrent.ExecutorService WRITER =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "asyncwright-review-marks");
            thread.setDaemon(true);
            return thread;
          });

  /** Writes a snapshot on the writer thread; the window does not wait on the disk. */
  void writeLater(List<String> snapshot) {
    WRITER.execute(() -> write(snapshot));
  }

  /** Writes a snapshot after the writes asked before it, and waits for it (the window closing). */
  void writeNow(List<String> snapshot) {
    try {
      WRITER.submit(() -> write(snapshot)).get();
    } catch (java.util.concurrent.ExecutionException e) {
      // write() keeps its failures to itself
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What to write, taken on the FX thread; {@link #write} writes it on another. */
  List<String> snapshot(Path folder) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER + "\t" + folder);
    marks.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                lines.add(
                    entry.getValue().mark()
                        + "\t"
                        + Base64.getEncoder()
                            .encodeToString(entry.getKey().getBytes(StandardCharsets.UTF_8))
                        + "\t"
                        + (entry.getValue().fileHash() == null
                            ? ""
                            : entry.getValue().fileHash())));
    return lines;
  }

  /** Writes a snapshot in place of the last, atomically; a disk that refuses loses only marks. */
  private void write(List<String> snapshot) {
    if (store == null) {
      return;
    }
    try {
      Files.createDirectories(store.getParent());
      Path temporary = Files.createTempFile(store.getParent(), ".review-", ".tmp");
      try {
        Files.write(temporary, snapshot, StandardCharsets.UTF_8);
        try {
          Files.move(
              temporary,
              store,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, store, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      // the marks are a convenience: the review itself is in the window
    }
  }

  /**
   * A finding's key: its file, rule, line text (stripped) and which of that file's findings with
   * the same rule and line text it is.
   */
  static String key(String path, String code, String lineText, int ordinal) {
    return path + "\0" + code + "\0" + lineText.strip() + "\0" + ordinal;
  }

  /** A short hex digest of bytes (SHA-256's first 16 bytes). */
  static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
