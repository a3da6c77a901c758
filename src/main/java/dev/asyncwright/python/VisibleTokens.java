package dev.asyncwright.python;

import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The tokens the parser sees: only those on the default channel, in an array. ANTLR's {@code
 * CommonTokenStream} would skip the hidden tokens (half of all tokens: whitespace, comments) again
 * at every look-ahead; here they are left out once.
 *
 * <p>A token's {@link Token#getTokenIndex()} stays its index among all tokens, hidden ones
 * included, so that a tree node's token range also covers the comments inside it. Stream positions
 * ({@link #index()}, {@link #seek}, {@link #get}) count visible tokens only.
 */
final class VisibleTokens implements TokenStream {

  private final TokenSource source;
  private final List<Token> all;
  private final Token[] visible;
  private int position;

  VisibleTokens(TokenSource source, List<Token> all, Token[] visible) {
    this.source = source;
    this.all = all;
    this.visible = visible;
  }

  @Override
  public Token LT(int k) {
    if (k == 0) {
      return null;
    }
    if (k < 0) {
      return position + k < 0 ? null : visible[position + k];
    }
    return visible[Math.min(position + k - 1, visible.length - 1)];
  }

  @Override
  public int LA(int i) {
    Token token = LT(i);
    return token == null ? Token.INVALID_TYPE : token.getType();
  }

  @Override
  public void consume() {
    if (visible[position].getType() == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  /** The visible tokens, in order. */
  Token[] visible() {
    return visible;
  }

  /** The stream position of a visible token. */
  int positionOf(Token token) {
    int low = 0;
    int high = visible.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int index = visible[middle].getTokenIndex();
      if (index < token.getTokenIndex()) {
        low = middle + 1;
      } else if (index > token.getTokenIndex()) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return low;
  }

  @Override
  public Token get(int index) {
    return visible[index];
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = Math.min(Math.max(index, 0), visible.length - 1);
  }

  @Override
  public int size() {
    return visible.length;
  }

  @Override
  public int mark() {
    return -1; // everything is in memory already
  }

  @Override
  public void release(int marker) {}

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  /** The text of all tokens (hidden ones too) in an interval of token indexes. */
  @Override
  public String getText(Interval interval) {
    StringBuilder text = new StringBuilder();
    int stop = Math.min(interval.b, all.size() - 1);
    for (int i = Math.max(interval.a, 0); i <= stop; i++) {
      Token token = all.get(i);
      if (token.getType() != Token.EOF) {
        text.append(token.getText());
      }
    }
    return text.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, all.size() - 1));
  }

  @Override
  public String getText(RuleContext context) {
    return getText(context.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    if (start == null || stop == null) {
      return "";
    }
    return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }
}
