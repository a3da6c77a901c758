package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes a file all at once or not at all: the new bytes go to a temporary file in the same folder,
 * which then replaces the file in one move, keeping its permissions. A file whose bytes are no
 * longer those that were read (someone changed it meanwhile) is not written.
 */
public final class AtomicWriter {

  private AtomicWriter() {}

  /** Why a write was refused or failed. */
  public static final class WriteRefused extends Exception {
    public WriteRefused(String message) {
      super(message);
    }
  }

  /**
   * Replaces {@code file}'s content, provided it still holds {@code expected}.
   *
   * @throws WriteRefused if the file changed since it was read, or cannot be written; the file is
   *     then as it was
   */
  public static void replace(Path file, byte[] expected, byte[] content) throws WriteRefused {
    try {
      if (!Arrays.equals(Files.readAllBytes(file), expected)) {
        throw new WriteRefused(file + ": changed on disk since it was read; not written");
      }
      if (!Files.isWritable(file)) {
        throw new WriteRefused(file + ": is read-only; not written");
      }
      Path temporary =
          Files.createTempFile(file.toAbsolutePath().getParent(), ".asyncwright-", ".tmp");
      try {
        Files.write(temporary, content);
        PosixFileAttributeView view =
            Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
          Set<PosixFilePermission> permissions = view.readAttributes().permissions();
          Files.setPosixFilePermissions(temporary, permissions);
        }
        try {
          Files.move(
              temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new WriteRefused(file + ": cannot be written (" + e.getMessage() + "); left as it was");
    }
  }
}
