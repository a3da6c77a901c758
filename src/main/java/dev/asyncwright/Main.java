package dev.asyncwright;

import dev.asyncwright.cli.AsyncwrightCommand;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, which lets the shaded
 * jar start JavaFX from the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(AsyncwrightCommand.run(args));
  }
}
