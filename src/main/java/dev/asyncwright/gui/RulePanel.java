package dev.asyncwright.gui;

import dev.asyncwright.gui.model.FindingItem;
import dev.asyncwright.gui.model.FixKind;
import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleDoc;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The selected finding's rule, documented: what it finds, why it matters, an example, what to use
 * instead, how safe its fix is, the Python it needs; and, above them, what this fix does or why it
 * is withheld.
 */
final class RulePanel extends ScrollPane {

  private final VBox content = new VBox();

  RulePanel() {
    content.getStyleClass().add("rule-panel");
    setContent(content);
    setFitToWidth(true);
    setId("rule-panel");
    show(null, Optional.empty());
  }

  /** Shows the rule of a finding (its fix too), or a rule alone when {@code item} is null. */
  void show(FindingItem item, Optional<Rule> rule) {
    content.getChildren().clear();
    if (rule.isEmpty()) {
      content.getChildren().add(text("Select a finding or a rule to read about it.", null));
      return;
    }
    RuleDoc doc = rule.get().doc();
    Label title = text(rule.get().code() + "  " + rule.get().name(), "rule-title");
    content.getChildren().addAll(title, prose(doc.summary()));
    if (item != null) {
      TextFlow note = prose(fixNote(item));
      note.getStyleClass()
          .addAll(
              "fix-note",
              switch (item.kind()) {
                case SAFE -> "fix-note-safe";
                case UNSAFE -> "fix-note-unsafe";
                case NONE -> "fix-note-none";
              });
      note.setMaxWidth(Double.MAX_VALUE);
      content.getChildren().add(note);
    }
    section("Why it matters", doc.why(), false);
    section("Example", doc.example(), true);
    section("Use instead", doc.useInstead(), true);
    section("Fix safety", doc.fixSafety(), false);
    section("Python version", doc.pythonVersionSentence(), false);
  }

  private static String fixNote(FindingItem item) {
    if (item.kind() == FixKind.NONE) {
      return item.withheld() != null
          ? "No fix: " + item.withheld()
          : "Advice only: no automatic fix, this needs a person's judgement.";
    }
    String what = item.fix().map(fix -> fix.message()).orElse("");
    return (item.kind() == FixKind.SAFE ? "Safe fix: " : "Unsafe fix (review it): ") + what;
  }

  private void section(String heading, String body, boolean code) {
    if (body == null || body.isBlank()) {
      return;
    }
    Label head = text(heading, "rule-heading");
    if (code) {
      Label text = text(body.strip(), "rule-example");
      text.setMaxWidth(Double.MAX_VALUE);
      content.getChildren().addAll(head, text);
    } else {
      content.getChildren().addAll(head, prose(body.strip()));
    }
  }

  /**
   * Text as the rule docs write it, with {@code `code`} spans shown as code (monospace, no
   * backticks), wrapped to the panel's width.
   */
  static TextFlow prose(String value) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("prose");
    for (CodeSpans.Part part : CodeSpans.parts(value)) {
      Text text = new Text(part.text());
      text.getStyleClass().add(part.code() ? "code-span" : "prose-text");
      flow.getChildren().add(text);
    }
    return flow;
  }

  private static Label text(String value, String styleClass) {
    Label label = new Label(value);
    label.setWrapText(true);
    if (styleClass != null) {
      label.getStyleClass().add(styleClass);
    }
    return label;
  }
}
