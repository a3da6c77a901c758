package dev.asyncwright.workspace;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FS_POSIX;
import org.eclipse.jgit.util.ProcessResult;

/**
 * The file system JGit sees through: it runs no process. A repository's configuration names
 * commands ({@code filter.<x>.clean}, hooks, {@code core.hooksPath}); a repository cloned from
 * anyone, or planted above the folder checked, would run them as the user. Asyncwright never runs
 * code from the repository it checks, so hooks are absent to JGit and any other command fails with
 * a message saying why.
 */
final class NoCommandsFs extends FS_POSIX {

  static final String REFUSAL =
      "Asyncwright runs no command from a repository's configuration (a filter, a hook)";

  NoCommandsFs() {
    super();
  }

  private NoCommandsFs(FS source) {
    super(source);
  }

  @Override
  public FS newInstance() {
    return new NoCommandsFs(this);
  }

  @Override
  public File findHook(Repository repository, String hookName) {
    return null;
  }

  @Override
  public ProcessResult runHookIfPresent(Repository repository, String hookName, String[] args) {
    return new ProcessResult(ProcessResult.Status.NOT_PRESENT);
  }

  @Override
  public ProcessResult runHookIfPresent(
      Repository repository,
      String hookName,
      String[] args,
      OutputStream outRedirect,
      OutputStream errRedirect,
      String stdinArgs) {
    return new ProcessResult(ProcessResult.Status.NOT_PRESENT);
  }

  @Override
  public int runProcess(ProcessBuilder process, OutputStream out, OutputStream err, String stdin)
      throws IOException {
    throw new IOException(REFUSAL + ": " + String.join(" ", process.command()));
  }

  @Override
  public int runProcess(
      ProcessBuilder process, OutputStream out, OutputStream err, InputStream stdin)
      throws IOException {
    throw new IOException(REFUSAL + ": " + String.join(" ", process.command()));
  }

  @Override
  public ExecutionResult execute(ProcessBuilder process, InputStream in) throws IOException {
    throw new IOException(REFUSAL + ": " + String.join(" ", process.command()));
  }
}
