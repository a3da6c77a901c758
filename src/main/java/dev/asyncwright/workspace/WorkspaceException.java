package dev.asyncwright.workspace;

/** Why the workspace cannot do what was asked; the message says so to the user. */
public final class WorkspaceException extends Exception {

  public WorkspaceException(String message) {
    super(message);
  }
}
