package dev.asyncwright.gui.model;

import dev.asyncwright.sample.BundledSample;
import dev.asyncwright.workspace.GitRepository;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The window's sample: a fresh copy of the {@linkplain BundledSample bundled sample} in a new
 * temporary Git repository with one commit, so that a newcomer can try everything (apply, undo,
 * commit) without a repository of their own.
 */
public final class SampleProject {

  private SampleProject() {}

  /** Makes a fresh copy and returns its folder. */
  public static Path create() throws IOException, GitAPIException {
    Path folder = BundledSample.copy();
    GitRepository.createWithFirstCommit(folder, BundledSample.AUTHOR, BundledSample.EMAIL).close();
    return folder;
  }
}
