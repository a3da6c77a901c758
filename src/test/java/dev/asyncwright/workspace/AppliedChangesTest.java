package dev.asyncwright.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppliedChangesTest {

  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void undoRestoresTheExactBytes() throws Exception {
    byte[] crlf = bytes("\uFEFFimport time\r\nx = 1\r\n");
    Path a = Files.write(dir.resolve("a.py"), crlf);
    Path b = Files.write(dir.resolve("b.py"), bytes("b = 1\n"));
    AppliedChanges applied =
        AppliedChanges.apply(
            List.of(
                new AppliedChanges.Change(a, crlf, bytes("\uFEFFimport asyncio\r\nx = 1\r\n")),
                new AppliedChanges.Change(b, bytes("b = 1\n"), bytes("b = 2\n"))));
    assertEquals(List.of(a, b), applied.files());
    assertEquals(List.of(), applied.undo());
    assertArrayEquals(crlf, Files.readAllBytes(a));
    assertArrayEquals(bytes("b = 1\n"), Files.readAllBytes(b));
  }

  @Test
  void aFileEditedSinceIsNotUndone() throws Exception {
    Path a = Files.write(dir.resolve("a.py"), bytes("old\n"));
    AppliedChanges applied =
        AppliedChanges.apply(List.of(new AppliedChanges.Change(a, bytes("old\n"), bytes("new\n"))));
    Files.write(a, bytes("new\nmy edit\n"));
    List<String> refused = applied.undo();
    assertEquals(1, refused.size());
    assertTrue(refused.get(0).contains("edited since"), refused::toString);
    assertArrayEquals(bytes("new\nmy edit\n"), Files.readAllBytes(a));
  }

  @Test
  void aStaleFileIsNotWrittenAndTheOthersGoOn() throws Exception {
    Path stale = Files.write(dir.resolve("stale.py"), bytes("changed meanwhile\n"));
    Path fine = Files.write(dir.resolve("fine.py"), bytes("old\n"));
    AppliedChanges applied =
        AppliedChanges.apply(
            List.of(
                new AppliedChanges.Change(stale, bytes("as scanned\n"), bytes("fixed\n")),
                new AppliedChanges.Change(fine, bytes("old\n"), bytes("fixed\n"))));
    assertEquals(List.of(fine), applied.files());
    assertEquals(1, applied.problems().size());
    assertTrue(applied.problems().get(0).contains("changed on disk"), applied.problems()::toString);
    assertArrayEquals(bytes("changed meanwhile\n"), Files.readAllBytes(stale));
    assertArrayEquals(bytes("fixed\n"), Files.readAllBytes(fine));
  }
}
