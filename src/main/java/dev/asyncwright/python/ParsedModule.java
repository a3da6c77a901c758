package dev.asyncwright.python;

import dev.asyncwright.python.antlr.PythonParser.FileInputContext;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A parsed file: its source, every token (hidden ones included, in order, ending with EOF) and its
 * parse tree.
 */
public record ParsedModule(SourceFile source, List<Token> tokens, FileInputContext tree)
    implements ParseResult {

  public ParsedModule {
    // A view, not a copy: a large file has millions of tokens.
    tokens = Collections.unmodifiableList(tokens);
  }

  /** The texts of all tokens joined: the file's text, if the lexer lost nothing. */
  public String reprint() {
    StringBuilder text = new StringBuilder(source.text().length());
    for (Token token : tokens) {
      if (token.getType() != Token.EOF) {
        text.append(token.getText());
      }
    }
    return text.toString();
  }
}
