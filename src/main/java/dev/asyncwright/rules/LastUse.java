package dev.asyncwright.rules;

import dev.asyncwright.fix.Edit;
import dev.asyncwright.python.antlr.PythonLexer;
import dev.asyncwright.semantic.ModuleModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * A name that dies when the rule's fixes rewrite away its uses ({@code loop =
 * asyncio.get_running_loop()} that only served {@code run_in_executor}, {@code import functools}
 * that only served {@code functools.partial}). Each fix is applied alone or with any others, so:
 * when the fixes rewrite all the name's uses, each of several also touches the name's binding
 * (writes it again, unchanged), which keeps any two of them from being applied together; the one
 * left last, then the sole use, also removes the binding, whichever were applied before it.
 *
 * @param touch the edit that writes the binding's name again, unchanged
 * @param removal the edits that remove the binding, if it can go
 */
public record LastUse(Edit touch, Optional<List<Edit>> removal) {

  /** The edits that go with the fix of one of {@code uses} rewritten uses, if it may be made. */
  public Optional<List<Edit>> extra(int uses) {
    return uses > 1 ? Optional.of(List.of(touch)) : removal;
  }

  /** The edit that writes a binding's name again: it changes nothing, but fixes touching it. */
  public static Edit touch(ParserRuleContext name) {
    return new Edit(
        name.getStart().getStartIndex(), name.getStop().getStopIndex() + 1, name.getText());
  }

  /**
   * Whether every mention of {@code name} within {@code node} (an identifier token, attributes
   * after a dot aside) is one of {@code allowed}: the token indexes of the binding and of the uses
   * the fixes rewrite.
   */
  public static boolean onlyMentions(
      ModuleModel model, String name, ParserRuleContext node, Set<Integer> allowed) {
    return onlyMentions(model, Set.of(name), node, allowed);
  }

  /** The same for several names at once, in one pass over the node's tokens. */
  public static boolean onlyMentions(
      ModuleModel model, Set<String> names, ParserRuleContext node, Set<Integer> allowed) {
    List<Token> tokens = model.module().tokens();
    int previous = -1;
    int last = node.getStop() == null ? -1 : node.getStop().getTokenIndex();
    for (Token token : tokens.subList(node.getStart().getTokenIndex(), last + 1)) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (token.getType() == PythonLexer.NAME
          && names.contains(token.getText())
          && previous != PythonLexer.DOT
          && !allowed.contains(token.getTokenIndex())) {
        return false;
      }
      previous = token.getType();
    }
    return true;
  }
}
