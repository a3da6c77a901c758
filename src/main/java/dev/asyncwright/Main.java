package dev.asyncwright;

import dev.asyncwright.cli.AsyncwrightCommand;
import dev.asyncwright.gui.GuiCommand;
import java.nio.file.Path;

/**
 * The launcher: the window with no arguments or {@code gui}, the command line otherwise. It does
 * not extend {@code javafx.application.Application}, which lets the shaded jar start JavaFX from
 * the class path.
 */
public final class Main {

  private Main() {}

  /**
   * The command line, with the window's command where none is named: no argument, or one that is a
   * folder ({@code java -jar asyncwright.jar ~/src/app} opens the window on it, as the README
   * says), not a command of the same name.
   */
  static String[] windowCommand(String[] args) {
    if (args.length == 0) {
      return new String[] {"gui"};
    }
    boolean command = java.util.Set.of("check", "parse", "rule", "gui").contains(args[0]);
    if (args.length == 1 && !command && java.nio.file.Files.isDirectory(Path.of(args[0]))) {
      return new String[] {"gui", args[0]};
    }
    return args;
  }

  public static void main(String[] args) {
    String[] command = windowCommand(args);
    ParentWatch.ofLauncher();
    if (BatchJvm.wanted(command)) {
      int status = BatchJvm.run(command);
      if (status >= 0) {
        System.exit(status);
      }
    }
    System.exit(AsyncwrightCommand.commandLine(new GuiCommand()).execute(command));
  }
}
