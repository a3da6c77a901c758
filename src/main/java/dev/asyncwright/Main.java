package dev.asyncwright;

import dev.asyncwright.cli.AsyncwrightCommand;
import dev.asyncwright.gui.GuiCommand;

/**
 * The launcher: the window with no arguments or {@code gui}, the command line otherwise. It does
 * not extend {@code javafx.application.Application}, which lets the shaded jar start JavaFX from
 * the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    String[] command = args.length == 0 ? new String[] {"gui"} : args;
    ParentWatch.ofLauncher();
    if (BatchJvm.wanted(command)) {
      int status = BatchJvm.run(command);
      if (status >= 0) {
        System.exit(status);
      }
    }
    System.exit(AsyncwrightCommand.commandLine().addSubcommand(new GuiCommand()).execute(command));
  }
}
