package dev.asyncwright.rules;

import dev.asyncwright.fix.Fix;
import java.util.Objects;

/**
 * What a rule proposes for one finding: a fix, or none and the reason, which the finding carries to
 * the reader ("no fix: the statement shares its line with another"). One type for every rule that
 * can fail to rewrite, so that no withheld fix goes without its reason.
 */
public sealed interface FixProposal permits FixProposal.Offered, FixProposal.Withheld {

  /** The rewrite the finding comes with. */
  record Offered(Fix fix) implements FixProposal {
    public Offered {
      Objects.requireNonNull(fix);
    }
  }

  /** No rewrite, because of what {@code why} says (a clause that reads after "no fix:"). */
  record Withheld(String why) implements FixProposal {
    public Withheld {
      Objects.requireNonNull(why);
    }
  }

  static FixProposal offer(Fix fix) {
    return new Offered(fix);
  }

  static FixProposal withhold(String why) {
    return new Withheld(why);
  }

  /** Reports the finding with the fix, or without one and the reason. */
  default void report(RuleContext context, Finding finding) {
    if (this instanceof Offered offered) {
      context.report(finding, offered.fix());
    } else {
      context.report(finding.withheld(((Withheld) this).why()));
    }
  }
}
