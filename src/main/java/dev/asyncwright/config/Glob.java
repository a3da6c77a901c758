package dev.asyncwright.config;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob of the configuration ({@code exclude}, {@code per-file-ignores}): {@code *} and {@code ?}
 * within one path segment, {@code **} across segments, {@code [abc]}, {@code [a-z]}, {@code [!a]}
 * and {@code {a,b}}. It matches in time linear in the path for a given glob: every position of the
 * glob a prefix of the path can reach is tracked at once, so nothing backtracks. A glob from a pull
 * request ({@code *a*a*a*...*b}) cannot stall a check, as the regular expression the JDK builds for
 * a glob can.
 */
public final class Glob {

  /** How many alternatives {@code {a,b}} may expand to: more is not a glob but an attack. */
  private static final int MAX_ALTERNATIVES = 256;

  private sealed interface Step {}

  private record Literal(char c) implements Step {}

  private record AnyChar() implements Step {}

  /** {@code *}: any run of characters but {@code /}; {@code **}: any run at all. */
  private record Star(boolean crossesSlash) implements Step {}

  private record CharClass(List<char[]> ranges, boolean negated) implements Step {
    boolean accepts(char c) {
      boolean in = false;
      for (char[] range : ranges) {
        in |= range[0] <= c && c <= range[1];
      }
      return in != negated && c != '/';
    }
  }

  private final List<List<Step>> alternatives;

  private Glob(List<List<Step>> alternatives) {
    this.alternatives = alternatives;
  }

  /** The glob, or an {@link IllegalArgumentException} saying what is wrong with it. */
  public static Glob of(String glob) {
    List<List<Step>> alternatives = new ArrayList<>();
    for (String plain : expandBraces(glob)) {
      alternatives.add(steps(plain));
    }
    return new Glob(alternatives);
  }

  /** Whether the glob matches the whole text (a path with {@code /} between segments). */
  public boolean matches(String text) {
    for (List<Step> steps : alternatives) {
      if (matches(steps, text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Step> steps, String text) {
    BitSet states = closure(steps, single(0));
    for (int i = 0; i < text.length() && !states.isEmpty(); i++) {
      char c = text.charAt(i);
      BitSet next = new BitSet(steps.size() + 1);
      for (int s = states.nextSetBit(0); s >= 0 && s < steps.size(); s = states.nextSetBit(s + 1)) {
        Step step = steps.get(s);
        if (step instanceof Literal literal && literal.c() == c
            || step instanceof AnyChar && c != '/'
            || step instanceof CharClass chars && chars.accepts(c)) {
          next.set(s + 1);
        } else if (step instanceof Star star && (star.crossesSlash() || c != '/')) {
          next.set(s); // the star takes the character and stays
        }
      }
      states = closure(steps, next);
    }
    return states.get(steps.size());
  }

  /** The states, with every star that may also match nothing passed over. */
  private static BitSet closure(List<Step> steps, BitSet states) {
    BitSet all = (BitSet) states.clone();
    for (int s = 0; s < steps.size(); s++) {
      if (all.get(s) && steps.get(s) instanceof Star) {
        all.set(s + 1);
      }
    }
    return all;
  }

  private static BitSet single(int state) {
    BitSet states = new BitSet();
    states.set(state);
    return states;
  }

  private static List<Step> steps(String glob) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
          if (twice) {
            i++;
          }
          if (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof Star previous) {
            // `***` or `*` after `*`: one star, crossing slashes if either does
            steps.set(steps.size() - 1, new Star(previous.crossesSlash() || twice));
          } else {
            steps.add(new Star(twice));
          }
        }
        case '?' -> steps.add(new AnyChar());
        case '[' -> i = charClass(glob, i, steps);
        case '\\' -> {
          if (i + 1 >= glob.length()) {
            throw new IllegalArgumentException("a '\\' ends the glob");
          }
          steps.add(new Literal(glob.charAt(++i)));
        }
        case ']', '}' -> throw new IllegalArgumentException("an unmatched '" + c + "'");
        default -> steps.add(new Literal(c));
      }
    }
    return steps;
  }

  /** Reads {@code [...]} starting at {@code open}; returns the index of its {@code ]}. */
  private static int charClass(String glob, int open, List<Step> steps) {
    int i = open + 1;
    boolean negated = i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^');
    if (negated) {
      i++;
    }
    List<char[]> ranges = new ArrayList<>();
    boolean first = true;
    while (i < glob.length() && (glob.charAt(i) != ']' || first)) {
      char low = glob.charAt(i);
      char high = low;
      if (i + 2 < glob.length() && glob.charAt(i + 1) == '-' && glob.charAt(i + 2) != ']') {
        high = glob.charAt(i + 2);
        i += 2;
        if (high < low) {
          throw new IllegalArgumentException("the range " + low + "-" + high + " is backwards");
        }
      }
      ranges.add(new char[] {low, high});
      first = false;
      i++;
    }
    if (i >= glob.length()) {
      throw new IllegalArgumentException("a '[' is never closed");
    }
    steps.add(new CharClass(List.copyOf(ranges), negated));
    return i;
  }

  /** {@code a{b,c}d} as {@code abd} and {@code acd}; braces may nest. */
  private static List<String> expandBraces(String glob) {
    int open = -1;
    int depth = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 2);
        i = close < 0 ? i : close;
      } else if (c == '{') {
        if (depth++ == 0) {
          open = i;
        }
      } else if (c == '}' && depth > 0 && --depth == 0) {
        List<String> expanded = new ArrayList<>();
        String head = glob.substring(0, open);
        List<String> tails = expandBraces(glob.substring(i + 1));
        for (String option : splitTopLevel(glob.substring(open + 1, i))) {
          for (String inner : expandBraces(option)) {
            for (String tail : tails) {
              expanded.add(head + inner + tail);
              if (expanded.size() > MAX_ALTERNATIVES) {
                throw new IllegalArgumentException(
                    "its braces expand to more than " + MAX_ALTERNATIVES + " globs");
              }
            }
          }
        }
        return expanded;
      }
    }
    if (depth > 0) {
      throw new IllegalArgumentException("a '{' is never closed");
    }
    return List.of(glob);
  }

  /** The options of a brace's inside, split at its own commas (not those of nested braces). */
  private static List<String> splitTopLevel(String inside) {
    List<String> options = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        options.add(inside.substring(start, i));
        start = i + 1;
      }
    }
    options.add(inside.substring(start));
    return options;
  }
}
