package dev.asyncwright.gui.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch tells which files of the folders changed on disk: a write, a new file, a deletion. */
class DiskWatchTest {

  @TempDir Path folder;

  @Test
  void aWriteANewFileAndADeletionAreReported() throws Exception {
    Path edited = Files.writeString(folder.resolve("edited.py"), "x = 1\n");
    Path gone = Files.writeString(folder.resolve("gone.py"), "y = 2\n");
    LinkedBlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
    try (DiskWatch watch = DiskWatch.of(List.of(folder), bursts::add)) {
      Files.writeString(edited, "x = 3\n");
      assertTrue(next(bursts).contains(edited));
      Path made = Files.writeString(folder.resolve("made.py"), "z = 4\n");
      assertTrue(next(bursts).contains(made));
      Files.delete(gone);
      assertTrue(next(bursts).contains(gone));
    }
  }

  /** The next burst; the wait is for a stalled machine, never a measure of speed. */
  private static Set<Path> next(LinkedBlockingQueue<Set<Path>> bursts) throws InterruptedException {
    Set<Path> burst = bursts.poll(60, TimeUnit.SECONDS);
    assertNotNull(burst, "no change reported");
    return burst;
  }
}
