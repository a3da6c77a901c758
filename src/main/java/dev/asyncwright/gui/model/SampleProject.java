package dev.asyncwright.gui.model;

import dev.asyncwright.workspace.GitRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The bundled sample: a small Python project full of asyncio anti-patterns, copied into a new
 * temporary Git repository with one commit, so that a newcomer can try everything (apply, undo,
 * commit) without a repository of their own.
 */
public final class SampleProject {

  private static final String BASE = "/dev/asyncwright/gui/sample/";

  private SampleProject() {}

  /** Makes a fresh copy and returns its folder. */
  public static Path create() throws IOException, GitAPIException {
    Path folder = Files.createTempDirectory("asyncwright-sample-").resolve("shop");
    Files.createDirectories(folder);
    for (String name : index()) {
      Path target = folder.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = resource(name)) {
        Files.copy(in, target);
      }
    }
    GitRepository.createWithFirstCommit(folder, "Asyncwright sample", "sample@asyncwright.invalid")
        .close();
    return folder;
  }

  private static String[] index() throws IOException {
    try (InputStream in = resource("files.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SampleProject.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the sample's " + name + " is missing"));
    }
    return in;
  }
}
