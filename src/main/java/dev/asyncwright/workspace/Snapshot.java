package dev.asyncwright.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file was when it was scanned: its content hash, size and modification time. A file whose
 * snapshot no longer matches changed since, and is not written over.
 */
public record Snapshot(String sha256, long size, long modifiedMillis) {

  public static Snapshot of(byte[] content, long modifiedMillis) {
    return new Snapshot(sha256(content), content.length, modifiedMillis);
  }

  /** The snapshot of a file as it is now. */
  public static Snapshot of(Path file) throws IOException {
    return of(Files.readAllBytes(file), Files.getLastModifiedTime(file).toMillis());
  }

  /** Whether the file's content is still what this snapshot saw (the time may differ). */
  public boolean sameContent(byte[] content) {
    return content.length == size && sha256(content).equals(sha256);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
