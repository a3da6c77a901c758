package dev.asyncwright.gui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its size and place, its split positions, and the recent
 * repositories. Kept in Java's user preferences, under a node the tests can point elsewhere (system
 * property {@code asyncwright.preferences}).
 */
public final class UserSettings {

  private static final int RECENT_LIMIT = 8;

  private final Preferences node;

  private UserSettings(Preferences node) {
    this.node = node;
  }

  public static UserSettings load() {
    String name = System.getProperty("asyncwright.preferences", "dev/asyncwright");
    return new UserSettings(Preferences.userRoot().node(name));
  }

  public double number(String key, double fallback) {
    return node.getDouble(key, fallback);
  }

  public void setNumber(String key, double value) {
    node.putDouble(key, value);
  }

  public String text(String key, String fallback) {
    return node.get(key, fallback);
  }

  public void setText(String key, String value) {
    node.put(key, value);
  }

  public boolean flag(String key, boolean fallback) {
    return node.getBoolean(key, fallback);
  }

  public void setFlag(String key, boolean value) {
    node.putBoolean(key, value);
  }

  /**
   * The repositories opened last, newest first. Whether each still exists is not asked here (a dead
   * network mount would hang the window): opening one that is gone says so.
   */
  public List<Path> recentRepositories() {
    List<Path> recent = new ArrayList<>();
    for (int i = 0; i < RECENT_LIMIT; i++) {
      String path = node.get("recent." + i, null);
      if (path != null) {
        recent.add(Path.of(path));
      }
    }
    return recent;
  }

  public void addRecentRepository(Path path) {
    List<Path> recent = new ArrayList<>(recentRepositories());
    Path absolute = path.toAbsolutePath().normalize();
    recent.remove(absolute);
    recent.add(0, absolute);
    for (int i = 0; i < RECENT_LIMIT; i++) {
      if (i < recent.size()) {
        node.put("recent." + i, recent.get(i).toString());
      } else {
        node.remove("recent." + i);
      }
    }
  }

  /** {@link #flush()} on another thread: the window does not wait on the disk. */
  public void flushInBackground() {
    java.util.concurrent.CompletableFuture.runAsync(this::flush);
  }

  /** Writes what was set to the backing store; a failure loses preferences, nothing else. */
  public void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // preferences are a convenience: the next run starts with the defaults
    }
  }
}
