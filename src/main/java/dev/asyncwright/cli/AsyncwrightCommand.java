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

  /** The command line, for a launcher to add the front ends this package does not know. */
  public static CommandLine commandLine() {
    return new CommandLine(new AsyncwrightCommand());
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
