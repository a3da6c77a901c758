package dev.asyncwright.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git's configuration read as Git reads it, each case checked against what {@code git config}
 * answers for the same files (the expected values below are Git 2.x's).
 */
class GitConfigurationTest {

  @TempDir Path dir;
  private final Map<String, String> environment = new HashMap<>();
  private SystemReader original;
  private Repository repository;
  private Path global;

  @BeforeEach
  void machine() throws Exception {
    global = dir.resolve("home/.gitconfig");
    Files.createDirectories(global.getParent());
    original = SystemReader.getInstance();
    SystemReader.setInstance(
        new SystemReader.Delegate(original) {
          @Override
          public String getenv(String variable) {
            return environment.get(variable);
          }

          @Override
          public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, global.toFile(), fs);
          }

          @Override
          public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, dir.resolve("etc/gitconfig").toFile(), fs);
          }

          @Override
          public Path getXdgConfigDirectory(FS fs) {
            return dir.resolve("xdg");
          }
        });
    repository =
        Git.init()
            .setDirectory(dir.resolve("work/project").toFile())
            .setInitialBranch("main")
            .call()
            .getRepository();
  }

  @AfterEach
  void restore() {
    repository.close();
    SystemReader.setInstance(original);
  }

  private Optional<String> email() throws Exception {
    return GitConfiguration.of(repository).person(true).map(p -> p.getEmailAddress());
  }

  @Test
  void includeIfGitdirPicksTheWorkIdentityWhereItMatches() throws Exception {
    Files.writeString(dir.resolve("home/work.inc"), "[user]\n\temail = me@work.example\n");
    Files.writeString(
        global,
        "[user]\n\tname = Me\n\temail = me@home.example\n"
            + "[includeIf \"gitdir:"
            + dir.resolve("work")
            + "/\"]\n\tpath = work.inc\n"
            + "[includeIf \"gitdir:elsewhere/\"]\n\tpath = /nonexistent\n");
    assertEquals(Optional.of("me@work.example"), email());
  }

  @Test
  void includeIfThatDoesNotMatchLeavesTheRest() throws Exception {
    Files.writeString(dir.resolve("home/work.inc"), "[user]\n\temail = me@work.example\n");
    Files.writeString(
        global,
        "[user]\n\tname = Me\n\temail = me@home.example\n"
            + "[includeIf \"gitdir:/somewhere/else/\"]\n\tpath = work.inc\n");
    assertEquals(Optional.of("me@home.example"), email());
  }

  @Test
  void aValueAfterTheIncludeWins() throws Exception {
    Files.writeString(dir.resolve("home/work.inc"), "[user]\n\temail = me@work.example\n");
    Files.writeString(
        global,
        "[user]\n\tname = Me\n[include]\n\tpath = work.inc\n[user]\n\temail = later@example\n");
    assertEquals(Optional.of("later@example"), email());
  }

  @Test
  void onbranchAndSigning() throws Exception {
    Files.writeString(dir.resolve("home/sign.inc"), "[commit]\n\tgpgsign\n");
    Files.writeString(
        global,
        "[user]\n\tname = Me\n\temail = me@home\n[includeIf \"onbranch:ma*\"]\npath=sign.inc");
    assertTrue(GitConfiguration.of(repository).getBoolean("commit.gpgsign", false));
    try (GitRepository git = GitRepository.find(repository.getWorkTree().toPath())) {
      assertTrue(git.whyNoCommit().orElseThrow().contains("commit.gpgsign"));
    }
  }

  @Test
  void hasconfigCannotBeToldAndIsSaidSo() throws Exception {
    Files.writeString(dir.resolve("home/work.inc"), "[user]\n\temail = me@work.example\n");
    Files.writeString(
        global,
        "[user]\n\tname = Me\n\temail = me@home\n"
            + "[includeIf \"hasconfig:remote.*.url:https://example.com/**\"]\n\tpath = work.inc\n");
    assertThrows(GitConfiguration.UnknownSetting.class, this::email);
    try (GitRepository git = GitRepository.find(repository.getWorkTree().toPath())) {
      assertTrue(git.whyNoCommit().orElseThrow().contains("cannot be told"));
    }
    // the repository's own value decides it again
    Files.writeString(
        repository.getDirectory().toPath().resolve("config"),
        "[user]\n\temail = me@repo\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(Optional.of("me@repo"), email());
  }

  @Test
  void theEnvironmentLevels() throws Exception {
    Files.writeString(global, "[user]\n\tname = Me\n\temail = me@home\n");
    Path other = Files.writeString(dir.resolve("other.cfg"), "[user]\nname=Other\nemail=o@x\n");
    environment.put("GIT_CONFIG_GLOBAL", other.toString());
    assertEquals(Optional.of("o@x"), email(), "GIT_CONFIG_GLOBAL replaces ~/.gitconfig");
    environment.put("GIT_CONFIG_COUNT", "1");
    environment.put("GIT_CONFIG_KEY_0", "user.EMAIL");
    environment.put("GIT_CONFIG_VALUE_0", "cli@x");
    assertEquals(Optional.of("cli@x"), email(), "git -c wins over every file");
    environment.put("GIT_AUTHOR_EMAIL", "env@x");
    assertEquals(Optional.of("env@x"), email());
    assertEquals(
        "cli@x", GitConfiguration.of(repository).person(false).orElseThrow().getEmailAddress());
  }

  @Test
  void theSyntax() throws Exception {
    Files.writeString(
        global,
        "# comment\n[user] name = \"Ann \\\"A\\\" Lee\" ; trailing comment\n"
            + "\temail = ann@\\\n  example.org   \n"
            + "[Safe]\n\tdirectory = /a\n\tdirectory =\n\tdirectory = /b # reset before\n"
            + "[branch.Main]\n\tremote = origin\n"
            + "[remote \"Up\"]\n\turl = x\n");
    GitConfiguration config = GitConfiguration.of(repository);
    assertEquals("Ann \"A\" Lee", config.person(true).orElseThrow().getName());
    assertEquals("ann@  example.org", config.person(true).orElseThrow().getEmailAddress());
    assertEquals(List.of("/a", "", "/b"), config.getAll("safe.directory"));
    assertEquals(Optional.of("origin"), config.get("branch.main.remote"));
    assertEquals(Optional.of("x"), config.get("remote.Up.url"));
    assertEquals(Optional.empty(), config.get("remote.up.url"), "subsections keep their case");
  }
}
