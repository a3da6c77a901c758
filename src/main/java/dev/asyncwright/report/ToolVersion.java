package dev.asyncwright.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Asyncwright's version, as `--version`, SARIF reports and the window's About state it. */
public final class ToolVersion {

  private ToolVersion() {}

  /** The version, from the properties Maven wrote at build time. */
  public static String of() {
    try (InputStream in =
        ToolVersion.class.getResourceAsStream("/dev/asyncwright/version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
