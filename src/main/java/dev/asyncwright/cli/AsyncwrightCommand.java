package dev.asyncwright.cli;

import dev.asyncwright.report.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code asyncwright} command line: subcommands for each job. */
@Command(
    name = "asyncwright",
    mixinStandardHelpOptions = true,
    customSynopsis = {
      "asyncwright [FOLDER]",
      "       asyncwright [-hV] COMMAND [OPTIONS] [ARGUMENTS]"
    },
    versionProvider = AsyncwrightCommand.Version.class,
    description = {
      "Finds and fixes asyncio anti-patterns in Python code.",
      "",
      "With no argument, opens the window (the bundled sample project is one click away);"
          + " with a folder alone (asyncwright ~/src/app), opens the window on that folder."
          + " Without a display, use check."
    },
    footer = {
      "",
      "Examples:",
      "  asyncwright                      the window",
      "  asyncwright ~/src/app            the window, on a folder",
      "  asyncwright gui --sample         the window, on a copy of the sample project",
      "  asyncwright check .              check a folder (and fix it: check --fix)",
      "  asyncwright check --sample       check a fresh copy of the sample project",
      "  asyncwright rule --all           the rules, and what each finds"
    },
    subcommands = {CheckCommand.class, ParseCommand.class, RuleCommand.class})
public final class AsyncwrightCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns the exit status. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line, with the front ends this package does not know (the window) that a launcher
   * adds. Every subcommand answers {@code -V} as the top command does: picocli gives a subcommand's
   * {@code --version} nothing to print unless it has a provider of its own.
   */
  public static CommandLine commandLine(Object... frontEnds) {
    CommandLine commandLine = new CommandLine(new AsyncwrightCommand());
    for (Object frontEnd : frontEnds) {
      commandLine.addSubcommand(frontEnd);
    }
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      subcommand.getCommandSpec().versionProvider(new Version());
    }
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version, from the properties Maven wrote at build time. */
  public static String version() {
    return ToolVersion.of();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"asyncwright " + version()};
    }
  }
}
