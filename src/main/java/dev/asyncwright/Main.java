package dev.asyncwright;

import dev.asyncwright.cli.AsyncwrightCommand;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, which lets the shaded
 * jar start JavaFX from the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (BatchJvm.wanted(args)) {
      int status = BatchJvm.run(args);
      if (status >= 0) {
        System.exit(status);
      }
    }
    System.exit(AsyncwrightCommand.run(args));
  }
}
