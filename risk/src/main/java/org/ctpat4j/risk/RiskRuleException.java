package org.ctpat4j.risk;

import java.util.Objects;
import org.ctpat4j.core.CtpatException;

/** A risk rule failed on a facility; the assessment fails rather than silently miss a signal. */
public class RiskRuleException extends CtpatException {

  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String facility;

  /**
   * Creates an exception.
   *
   * @param rule the rule id; never null
   * @param facility the facility id; never null
   * @param cause what the rule threw
   */
  public RiskRuleException(String rule, String facility, Throwable cause) {
    super("risk rule '" + Objects.requireNonNull(rule, "rule") + "' failed on facility '"
        + Objects.requireNonNull(facility, "facility") + "': " + cause, cause);
    this.rule = rule;
    this.facility = facility;
  }

  /**
   * Returns the id of the rule that failed.
   *
   * @return the rule id; never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the id of the facility it failed on.
   *
   * @return the facility id; never null
   */
  public String facility() {
    return facility;
  }
}
