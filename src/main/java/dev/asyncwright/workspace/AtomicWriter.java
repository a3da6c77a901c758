package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file all at once or not at all: the new bytes go to a temporary file in the same folder,
 * which then replaces the file in one move, keeping its permissions. A file whose bytes are no
 * longer those that were read (someone changed it meanwhile) is not written.
 */
public final class AtomicWriter {

  /** Temporary files being written; removed by a shutdown hook if the JVM is stopped. */
  private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    TEMPORARY.forEach(
                        file -> {
                          try {
                            Files.deleteIfExists(file);
                          } catch (IOException e) {
                            // nothing more can be done while the JVM stops
                          }
                        })));
  }

  /** The folders whose leftovers this JVM has already removed. */
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  /**
   * How old a temporary file of ours must be to count as a leftover: one lives for the time of a
   * write, so a minute-old one belongs to a run that was killed (kill -9 runs no shutdown hook),
   * never to one still writing.
   */
  private static final long LEFTOVER_MILLIS = 60_000;

  private AtomicWriter() {}

  /** Removes the temporary files a killed run left in the folder, once per folder and run. */
  private static void sweep(Path folder) {
    if (!SWEPT.add(folder)) {
      return;
    }
    long before = System.currentTimeMillis() - LEFTOVER_MILLIS;
    try (var entries = Files.newDirectoryStream(folder, ".asyncwright-*.tmp")) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(entry).toMillis() < before) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException e) {
      // a leftover that cannot go stays; the write itself decides whether it can go on
    }
  }

  /** Why a write was refused or failed. */
  public static final class WriteRefused extends Exception {
    private final boolean changedOnDisk;

    WriteRefused(String message, boolean changedOnDisk) {
      super(message);
      this.changedOnDisk = changedOnDisk;
    }

    /** Whether the file no longer held what was expected: someone changed it. */
    public boolean changedOnDisk() {
      return changedOnDisk;
    }
  }

  /**
   * Replaces {@code file}'s content, provided it still holds {@code expected}.
   *
   * @throws WriteRefused if the file changed since it was read, or cannot be written; the file is
   *     then as it was
   */
  public static void replace(Path link, byte[] expected, byte[] content) throws WriteRefused {
    replace(link, expected, content, false);
  }

  /**
   * Replaces {@code file}'s content, provided it still holds {@code expected}; with {@code
   * keepOld}, the old file stays reachable under a second name in its folder (a hard link: it takes
   * no space), so that putting it back is a rename that a full disk cannot stop.
   *
   * <p>An edit someone makes while we write is never lost: the file is read through a handle kept
   * open to the end, looked at once more just before the move, and after the move the old file is
   * read again through that handle; an edit that reached it in between is put back.
   *
   * @return the old file's second name, or null when none was kept (not asked, or the file system
   *     has no hard links)
   * @throws WriteRefused if the file changed since it was read, or cannot be written; the file is
   *     then as it was (or holds the edit made meanwhile)
   */
  public static Path replace(Path link, byte[] expected, byte[] content, boolean keepOld)
      throws WriteRefused {
    try {
      // Write where a symbolic link points, never over the link itself.
      Path file = link.toRealPath();
      try (FileChannel old = FileChannel.open(file, StandardOpenOption.READ)) {
        Object identity = identity(file);
        if (!Arrays.equals(readAll(old), expected)) {
          throw new WriteRefused(file + ": changed on disk since it was read; not written", true);
        }
        if (!Files.isWritable(file) || readOnlyByMode(file)) {
          throw new WriteRefused(file + ": is read-only; not written", false);
        }
        int links = hardLinks(file);
        if (links > 1) {
          // the move replaces this name only: the other names would keep the old bytes
          throw new WriteRefused(
              file
                  + ": has "
                  + links
                  + " hard links, which a replacement would break apart; not written",
              false);
        }
        Path folder = file.toAbsolutePath().getParent();
        sweep(folder);
        Path temporary = Files.createTempFile(folder, ".asyncwright-", ".tmp");
        TEMPORARY.add(temporary);
        Path kept = null;
        try {
          try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true); // on disk before the move: a crash leaves the old file or the new
          }
          PosixFileAttributeView view =
              Files.getFileAttributeView(file, PosixFileAttributeView.class);
          if (view != null) {
            PosixFileAttributes attributes = view.readAttributes();
            Files.setPosixFilePermissions(temporary, attributes.permissions());
            keepOwner(temporary, attributes);
          }
          kept = keepOld ? secondName(file) : null;
          // the last look: the name still holds the file we read, as we read it
          if (!identity.equals(identity(file)) || !Arrays.equals(readAll(old), expected)) {
            throw new WriteRefused(
                file + ": changed on disk while the fix was being written; not written", true);
          }
          move(temporary, file);
          byte[] meanwhile = readAll(old);
          if (!Arrays.equals(meanwhile, expected)) {
            // edited between the last look and the move: that edit goes back where it was
            putBack(file, kept, meanwhile);
            kept = null;
            throw new WriteRefused(
                file
                    + ": changed on disk while the fix was being written; that change is kept"
                    + " and the fix is not written",
                true);
          }
          Path result = kept;
          kept = null;
          return result;
        } finally {
          Files.deleteIfExists(temporary);
          TEMPORARY.remove(temporary);
          if (kept != null) {
            Files.deleteIfExists(kept);
          }
        }
      }
    } catch (IOException e) {
      throw new WriteRefused(
          link + ": cannot be written (" + e.getMessage() + "); left as it was", false);
    }
  }

  /**
   * Puts the old file back under its name from the second name {@link #replace(Path, byte[],
   * byte[], boolean)} kept: one rename, which needs no space.
   */
  public static void restore(Path file, Path kept) throws IOException {
    move(kept, file.toRealPath());
  }

  /** The file's identity on its file system (device and inode where there are such). */
  private static Object identity(Path file) throws IOException {
    Object key =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    return key != null ? key : file;
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("too large");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    long position = 0;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position);
      if (read < 0) {
        break;
      }
      position += read;
    }
    if (channel.size() != size) {
      // grew or shrank while being read: a second read tells
      return readAll(channel);
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  /** A second name for the file in its folder, or null where the file system has no hard links. */
  private static Path secondName(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    for (int attempt = 0; attempt < 100; attempt++) {
      Path name =
          folder.resolve(
              ".asyncwright-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + KEPT_SUFFIX);
      try {
        return Files.createLink(name, file);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // another name
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException none) {
        return null;
      }
    }
    return null;
  }

  /** The suffix of the old file's second name, kept until the commit is made. */
  public static final String KEPT_SUFFIX = ".old";

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** After a move we must take back: the edit made meanwhile is the file's content again. */
  private static void putBack(Path file, Path kept, byte[] meanwhile) throws IOException {
    if (kept != null) {
      move(kept, file);
      return;
    }
    Path temporary =
        Files.createTempFile(file.toAbsolutePath().getParent(), ".asyncwright-", ".tmp");
    TEMPORARY.add(temporary);
    try {
      Files.write(temporary, meanwhile);
      move(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
      TEMPORARY.remove(temporary);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** How many names the file has (1 where the file system does not say). */
  private static int hardLinks(Path file) {
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
  }

  /**
   * Whether the owner may not write the file. Root may write anything, so {@link Files#isWritable}
   * says yes to root for a file its owner made read-only; we honour the mode the owner chose.
   */
  private static boolean readOnlyByMode(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    return view != null
        && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
  }

  /** The new file belongs to whoever owned the old one (a root run must not take it). */
  private static void keepOwner(Path temporary, PosixFileAttributes attributes) {
    try {
      if (!Files.getOwner(temporary).equals(attributes.owner())) {
        Files.setOwner(temporary, attributes.owner());
      }
      PosixFileAttributeView view =
          Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
      if (!view.readAttributes().group().equals(attributes.group())) {
        view.setGroup(attributes.group());
      }
    } catch (IOException | UnsupportedOperationException e) {
      // only root can give a file away; an ordinary user writes their own files
    }
  }
}
