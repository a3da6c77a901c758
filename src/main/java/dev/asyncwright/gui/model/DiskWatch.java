package dev.asyncwright.gui.model;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells which files of some folders were written, created or deleted on disk (by another editor, a
 * checkout...), a burst of events at a time: once the folders have been quiet for a moment, the
 * files named in the burst go to the listener, on the watch's own thread. Only the folders given
 * are watched, not their subfolders: the window gives the folders of the files it reviews. When the
 * system dropped events (too many at once), the listener gets null: anything may have changed.
 */
final class DiskWatch implements AutoCloseable {

  /** How long the folders must be quiet before a burst is reported. */
  private static final long QUIET_MILLIS = 150;

  private final WatchService service;
  private final Thread thread;

  private DiskWatch(WatchService service, Consumer<Set<Path>> changed) {
    this.service = service;
    thread = new Thread(() -> watch(changed), "asyncwright-disk-watch");
    thread.setDaemon(true);
  }

  /**
   * Watches the folders; throws when the system cannot (no file-change notification, or its limit
   * of watched folders reached): the caller says so and goes on without.
   */
  static DiskWatch of(Collection<Path> folders, Consumer<Set<Path>> changed) throws IOException {
    WatchService service = FileSystems.getDefault().newWatchService();
    try {
      for (Path folder : new TreeSet<>(folders)) {
        folder.register(
            service,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    DiskWatch watch = new DiskWatch(service, changed);
    watch.thread.start();
    return watch;
  }

  private void watch(Consumer<Set<Path>> changed) {
    try {
      while (true) {
        WatchKey key = service.take();
        Set<Path> files = new HashSet<>();
        boolean lost = false;
        // the rest of the burst: a save is several events (truncate, write, rename, attributes)
        while (key != null) {
          lost |= take(key, files);
          key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        changed.accept(lost ? null : Set.copyOf(files));
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the folder was left or rescanned
    }
  }

  /** Adds the files the key's events name; true when events were dropped. */
  private static boolean take(WatchKey key, Set<Path> files) {
    boolean lost = false;
    Path folder = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        lost = true;
      } else {
        files.add(folder.resolve((Path) event.context()));
      }
    }
    key.reset();
    return lost;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing more to watch either way
    }
    thread.interrupt();
  }
}
