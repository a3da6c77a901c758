package dev.asyncwright.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicWriter}: all or nothing, mode kept, never over a file changed since it was read. */
class AtomicWriterTest {

  private static final byte[] OLD = "x = 1\r\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NEW = "x = 2\r\ny = 3\r\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;

  @Test
  void replacesTheContent() throws Exception {
    Path file = Files.write(temp.resolve("a.py"), OLD);
    AtomicWriter.replace(file, OLD, NEW);
    assertArrayEquals(NEW, Files.readAllBytes(file));
    assertEquals(List.of("a.py"), names());
  }

  @Test
  void theLeftoversOfAKilledRunGoAtTheNextWriteAndAFreshOneStays() throws Exception {
    Path stale = Files.write(temp.resolve(".asyncwright-123.tmp"), OLD);
    Files.setLastModifiedTime(
        stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Path fresh = Files.write(temp.resolve(".asyncwright-456.tmp"), OLD); // another run writing
    Path mine = Files.write(temp.resolve("x.asyncwright-789.tmp"), OLD); // not ours
    Path file = Files.write(temp.resolve("a.py"), OLD);
    AtomicWriter.replace(file, OLD, NEW);
    assertEquals(List.of(".asyncwright-456.tmp", "a.py", "x.asyncwright-789.tmp"), names());
    assertTrue(Files.exists(fresh) && Files.exists(mine));
  }

  @Test
  void refusesAFileWithHardLinksRatherThanBreakThemApart() throws Exception {
    Path file = Files.write(temp.resolve("a.py"), OLD);
    Path other = Files.createLink(temp.resolve("b.py"), file);
    AtomicWriter.WriteRefused refused =
        assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, OLD, NEW));
    assertTrue(refused.getMessage().contains("has 2 hard links"), refused.getMessage());
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertArrayEquals(OLD, Files.readAllBytes(other));
  }

  @Test
  void keepsThePermissions() throws Exception {
    for (String mode : List.of("rwxr-xr-x", "rw-------", "rw-rw-r--", "rwx------")) {
      Path file = Files.write(temp.resolve("m.py"), OLD);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
      AtomicWriter.replace(file, OLD, NEW);
      assertArrayEquals(NEW, Files.readAllBytes(file));
      assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      Files.delete(file);
    }
    assertEquals(List.of(), names(), "temporary files left behind");
  }

  @Test
  void worksOnARelativePath() throws Exception {
    Path file = Files.write(temp.resolve("rel.py"), OLD);
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    AtomicWriter.replace(relative, OLD, NEW);
    assertArrayEquals(NEW, Files.readAllBytes(file));
    assertEquals(List.of("rel.py"), names());
  }

  @Test
  void refusesAFileChangedSinceItWasRead() throws Exception {
    byte[] meanwhile = "x = 'someone else'\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(temp.resolve("a.py"), meanwhile);
    AtomicWriter.WriteRefused refused =
        assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, OLD, NEW));
    assertTrue(refused.getMessage().contains(file.toString()), refused::getMessage);
    assertTrue(refused.getMessage().contains("changed"), refused::getMessage);
    assertArrayEquals(meanwhile, Files.readAllBytes(file));
    assertEquals(List.of("a.py"), names());
  }

  @Test
  void refusesAFileThatIsGone() throws Exception {
    Path file = temp.resolve("gone.py");
    assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, OLD, NEW));
    assertTrue(Files.notExists(file));
    assertEquals(List.of(), names());
  }

  @Test
  void refusesAReadOnlyFile() throws Exception {
    Assumptions.assumeFalse(isRoot(), "root may write any file");
    Path file = Files.write(temp.resolve("ro.py"), OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    AtomicWriter.WriteRefused refused =
        assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, OLD, NEW));
    assertTrue(refused.getMessage().contains(file.toString()), refused::getMessage);
    assertArrayEquals(OLD, Files.readAllBytes(file));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(List.of("ro.py"), names());
  }

  @Test
  void refusesWhenTheFolderIsReadOnly() throws Exception {
    Assumptions.assumeFalse(isRoot(), "root may write in any folder");
    Path dir = Files.createDirectories(temp.resolve("locked"));
    Path file = Files.write(dir.resolve("a.py"), OLD);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, OLD, NEW));
      assertArrayEquals(OLD, Files.readAllBytes(file));
      try (Stream<Path> files = Files.list(dir)) {
        assertEquals(List.of(file), files.toList());
      }
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void asRootKeepsTheOwnerAndRefusesAFileWithoutWritePermission() throws Exception {
    Assumptions.assumeTrue(isRoot(), "needs root to give a file to another user");
    Path file = Files.write(temp.resolve("theirs.py"), OLD);
    UserPrincipal nobody =
        file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(file, nobody);
    AtomicWriter.replace(file, OLD, NEW);
    assertEquals(nobody, Files.getOwner(file), "the owner is kept");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, NEW, OLD));
    assertArrayEquals(NEW, Files.readAllBytes(file));
  }

  @Test
  void writesThroughASymbolicLink() throws Exception {
    Path target = Files.write(temp.resolve("real.py"), OLD);
    Path link = Files.createSymbolicLink(temp.resolve("link.py"), target.getFileName());
    AtomicWriter.replace(link, OLD, NEW);
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertArrayEquals(NEW, Files.readAllBytes(target));
    assertArrayEquals(NEW, Files.readAllBytes(link));
  }

  @Test
  void manyWritesLeaveNoTemporaryFiles() throws Exception {
    Path file = Files.write(temp.resolve("a.py"), OLD);
    byte[] current = OLD;
    for (int i = 0; i < 50; i++) {
      byte[] next = ("x = " + i + "\n").getBytes(StandardCharsets.UTF_8);
      AtomicWriter.replace(file, current, next);
      current = next;
    }
    assertThrows(AtomicWriter.WriteRefused.class, () -> AtomicWriter.replace(file, OLD, NEW));
    assertArrayEquals("x = 49\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertEquals(List.of("a.py"), names());
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
