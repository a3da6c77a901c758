package dev.asyncwright.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window shows before a repository is open: open one, the recent ones, or the sample. */
final class WelcomeView extends VBox {

  WelcomeView(
      Runnable openRepository, Runnable openSample, List<Path> recent, Consumer<Path> open) {
    setId("welcome");
    getStyleClass().add("welcome");
    javafx.scene.image.ImageView icon =
        new javafx.scene.image.ImageView(Badges.applicationIcon(128));
    Label title = new Label("Asyncwright");
    title.getStyleClass().add("welcome-title");
    Label tagline =
        new Label(
            "Find asyncio anti-patterns in a Python repository, review each fix beside the code,\n"
                + "apply the ones you accept, and commit them as one migration.");
    tagline.getStyleClass().add("welcome-tagline");
    tagline.setWrapText(true);
    Button openButton = new Button("Open repository…");
    openButton.setId("welcome-open");
    openButton.setDefaultButton(true);
    openButton.setOnAction(event -> openRepository.run());
    Button sampleButton = new Button("Open the sample project");
    sampleButton.setId("welcome-sample");
    sampleButton.setOnAction(event -> openSample.run());
    getChildren().addAll(icon, title, tagline, openButton, sampleButton);
    if (!recent.isEmpty()) {
      Label recentTitle = new Label("Recent repositories");
      recentTitle.getStyleClass().add("welcome-recent-title");
      getChildren().add(recentTitle);
      for (Path path : recent) {
        Hyperlink link = new Hyperlink(path.toString());
        link.setMnemonicParsing(false); // a path's underscores are not mnemonics
        link.setOnAction(event -> open.accept(path));
        getChildren().add(link);
      }
    }
  }
}
