package dev.asyncwright.python;

import dev.asyncwright.python.antlr.PythonParser.FileInputContext;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A parsed file: its source, every token (hidden ones included, in order, ending with EOF), its
 * parse tree, and where it uses syntax that older Pythons refuse (in order of position).
 */
public record ParsedModule(
    SourceFile source, List<Token> tokens, FileInputContext tree, List<SyntaxUse> syntaxUses)
    implements ParseResult {

  public ParsedModule {
    // A view, not a copy: a large file has millions of tokens.
    tokens = Collections.unmodifiableList(tokens);
    syntaxUses = List.copyOf(syntaxUses);
  }

  /**
   * The texts of all tokens joined: the file's text, if the lexer lost nothing. A token's text is
   * its slice of the source, so this copies the slices between each token's start and stop index; a
   * gap or an overlap between tokens shows in the result.
   */
  public String reprint() {
    String text = source.text();
    boolean onlyBmp = text.length() == text.codePointCount(0, text.length());
    StringBuilder printed = new StringBuilder(text.length());
    for (Token token : tokens) {
      int start = token.getStartIndex();
      int stop = token.getStopIndex();
      if (token.getType() == Token.EOF || stop < start) {
        continue; // EOF and the zero-width INDENT, DEDENT and final NEWLINE
      }
      if (onlyBmp) {
        printed.append(text, start, stop + 1);
      } else {
        printed.append(token.getText());
      }
    }
    return printed.toString();
  }
}
