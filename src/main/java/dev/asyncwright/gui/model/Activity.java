package dev.asyncwright.gui.model;

import dev.asyncwright.config.ConfigException;
import dev.asyncwright.workspace.WorkspaceException;
import java.io.IOException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * What the window is doing and what it has to tell: busy with an open, apply, undo or commit; the
 * status line; a failure or warning for the banner, in words, never a stack trace.
 */
public final class Activity {

  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
  private final StringProperty status = new SimpleStringProperty(this, "status", "");
  private final StringProperty error = new SimpleStringProperty(this, "error");
  private final BooleanProperty rescanAdvised = new SimpleBooleanProperty(this, "rescanAdvised");

  Activity() {
    // the advice goes with the message it belongs to
    error.addListener((property, was, now) -> rescanAdvised.set(false));
  }

  /** Says that the work failed, in the banner and the status line. */
  void fail(Exception e) {
    busy.set(false);
    String message =
        e instanceof WorkspaceException
                || e instanceof ConfigException
                || e instanceof IOException
                || e instanceof GitAPIException
            ? e.getMessage()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    error.set(message);
    status.set("Failed: " + message);
  }

  /** Shows the lines in the banner, if there are any. */
  void warn(List<String> lines) {
    if (!lines.isEmpty()) {
      error.set(String.join("\n", lines));
    }
  }

  /** Shows the lines in the banner with a Rescan beside them: files changed on disk. */
  void warnRescan(List<String> lines) {
    error.set(String.join("\n", lines));
    rescanAdvised.set(true);
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** A failure to show the user (null when none), in words, never a stack trace. */
  public StringProperty errorProperty() {
    return error;
  }

  /** Whether the banner's message is one a rescan answers (files changed on disk). */
  public BooleanProperty rescanAdvisedProperty() {
    return rescanAdvised;
  }
}
