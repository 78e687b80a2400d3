package org.ctpat4j.risk.spi;

import java.util.List;
import org.ctpat4j.core.Incubating;
import org.ctpat4j.risk.signal.RiskSignal;

/**
 * A rule that looks at one facility in its context and says why it carries forced-labor risk. Rules are found with
 * {@link java.util.ServiceLoader} (declare them with {@code provides} in {@code module-info} and in
 * {@code META-INF/services/org.ctpat4j.risk.spi.RiskRule}) or added to an engine's builder.
 *
 * <p>A rule must be stateless or immutable and thread-safe: the engine calls it for many facilities, possibly from
 * several threads. It must not read the clock, the network or files: everything it needs is in the context. A rule
 * that throws fails the whole assessment (with an exception naming the rule and the facility); it never silently
 * yields no signal.
 */
@Incubating
public interface RiskRule {

  /**
   * Returns the rule's id, unique within an engine, lower-case with hyphens (for example {@code uflpa-region}).
   *
   * @return the id; never null
   */
  String id();

  /**
   * Evaluates the rule for one facility.
   *
   * @param context the facility and everything the rule may read; never null
   * @return the signals, each with this rule's id; never null, empty when the rule does not apply
   */
  List<RiskSignal> evaluate(FacilityContext context);
}
