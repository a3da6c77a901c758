package dev.asyncwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch commands run in a JVM of their own, and its exit status comes back. */
class BatchJvmTest {

  @Test
  void onlyBatchCommandsAreRelaunched() {
    List<String> plain = List.of("-Xmx1g");
    assertTrue(BatchJvm.wanted(new String[] {"parse", "x.py"}, plain));
    assertTrue(BatchJvm.wanted(new String[] {"check"}, plain));
    assertFalse(BatchJvm.wanted(new String[] {}, plain));
    assertFalse(BatchJvm.wanted(new String[] {"--version"}, plain));
    assertTrue(BatchJvm.wanted(new String[] {"gui"}, plain));
  }

  @Test
  void aJvmWhoseCompilerWasChosenIsNotRelaunched() {
    assertFalse(
        BatchJvm.wanted(new String[] {"check"}, List.of("-Xmx1g", "-XX:TieredStopAtLevel=4")));
  }

  @Test
  void theChildsExitStatusIsReturned(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.py"), "x = 1\n");
    Path bad = Files.writeString(dir.resolve("bad.py"), "x = (\n");
    assertEquals(0, BatchJvm.run(new String[] {"parse", good.toString()}));
    assertEquals(1, BatchJvm.run(new String[] {"parse", bad.toString()}));
    assertEquals(2, BatchJvm.run(new String[] {"parse", dir.resolve("missing").toString()}));
  }

  @Test
  void theWatchStopsTheWorkerWhenTheLauncherIsGone() throws Exception {
    Process launcher = new ProcessBuilder("sleep", "600").start();
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    ParentWatch.whenGone(launcher.pid(), stopped::countDown);
    assertEquals(1, stopped.getCount(), "not while the launcher lives");
    launcher.destroyForcibly(); // kill -9, as a CI timeout does
    launcher.waitFor();
    // a guard against a hang only: the watch answers within a second of the kill
    assertTrue(stopped.await(5, java.util.concurrent.TimeUnit.MINUTES), "the worker goes on");
  }

  @Test
  void aLauncherGoneBeforeTheWatchStopsTheWorkerAtOnce() throws Exception {
    Process launcher = new ProcessBuilder("true").start();
    launcher.waitFor();
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    ParentWatch.whenGone(launcher.pid(), stopped::countDown);
    assertEquals(0, stopped.getCount());
  }

  @Test
  void aFolderAloneOpensTheWindowOnIt(@TempDir Path dir) throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"gui", repo.toString()}, Main.windowCommand(new String[] {repo.toString()}));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"gui"}, Main.windowCommand(new String[] {}));
    // a command stays a command
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"check"}, Main.windowCommand(new String[] {"check"}));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"check", "x"}, Main.windowCommand(new String[] {"check", "x"}));
  }
}
