package dev.asyncwright.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sample: a small Python project ({@code shop}) full of asyncio anti-patterns, shipped
 * in the jar so that a newcomer can try Asyncwright without a project of their own. Both front ends
 * use it: the window's "Open the sample project" and {@code check --sample}. Each gets a fresh copy
 * in a new temporary folder, so that fixing it never touches the bundled files or an earlier copy;
 * the front ends then make the copy a Git repository with one commit ({@link #AUTHOR}, {@link
 * #EMAIL}).
 */
public final class BundledSample {

  /** The author of the sample's first commit. */
  public static final String AUTHOR = "Asyncwright sample";

  /** That author's address (a reserved domain: it reaches nobody). */
  public static final String EMAIL = "sample@asyncwright.invalid";

  private static final String BASE = "/dev/asyncwright/sample/";

  private BundledSample() {}

  /** Copies the sample into a new temporary folder and returns the project's folder. */
  public static Path copy() throws IOException {
    Path folder = Files.createTempDirectory("asyncwright-sample-").resolve("shop");
    Files.createDirectories(folder);
    for (String name : index()) {
      Path target = folder.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = resource(name)) {
        Files.copy(in, target);
      }
    }
    return folder;
  }

  private static String[] index() throws IOException {
    try (InputStream in = resource("files.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BundledSample.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the sample's " + name + " is missing"));
    }
    return in;
  }
}
