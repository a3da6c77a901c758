package dev.asyncwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch commands run in a JVM of their own, and its exit status comes back. */
class BatchJvmTest {

  @Test
  void onlyBatchCommandsAreRelaunched() {
    assertTrue(BatchJvm.wanted(new String[] {"parse", "x.py"}));
    assertTrue(BatchJvm.wanted(new String[] {"check"}));
    assertFalse(BatchJvm.wanted(new String[] {}));
    assertFalse(BatchJvm.wanted(new String[] {"--version"}));
    assertTrue(BatchJvm.wanted(new String[] {"gui"}));
  }

  @Test
  void theChildsExitStatusIsReturned(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.py"), "x = 1\n");
    Path bad = Files.writeString(dir.resolve("bad.py"), "x = (\n");
    assertEquals(0, BatchJvm.run(new String[] {"parse", good.toString()}));
    assertEquals(1, BatchJvm.run(new String[] {"parse", bad.toString()}));
    assertEquals(2, BatchJvm.run(new String[] {"parse", dir.resolve("missing").toString()}));
  }
}
