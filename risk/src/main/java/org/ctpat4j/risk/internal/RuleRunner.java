package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ctpat4j.risk.RiskRuleException;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.ctpat4j.risk.spi.RiskRule;

/**
 * Runs the rules of an engine on every facility of a dossier, on a given number of threads; the result does not depend
 * on it. Records, from each facility's context, which facilities are silent gaps of the mapping and which declare
 * unmapped inputs, and adds a silent gap's own {@code unmapped-input} signal when asked. A rule that throws or returns
 * null fails the run with a {@link RiskRuleException} naming the rule and the facility.
 */
public final class RuleRunner {

  /** The order of a facility's signals: worst level first, then rule, reason, source and score. */
  public static final Comparator<RiskSignal> SIGNAL_ORDER = Comparator
      .comparing(RiskSignal::level, Comparator.reverseOrder())
      .thenComparing(RiskSignal::rule)
      .thenComparing(RiskSignal::reason)
      .thenComparing(RiskSignal::source)
      .thenComparingDouble(RiskSignal::score);

  private final List<RiskRule> rules;
  private final int parallelism;

  /**
   * Creates a runner.
   *
   * @param rules the rules, in the order they run on each facility
   * @param parallelism the number of threads, at least 1
   */
  public RuleRunner(List<RiskRule> rules, int parallelism) {
    this.rules = List.copyOf(rules);
    this.parallelism = parallelism;
  }

  /**
   * The outcome of a run, by facility index.
   *
   * @param signals each facility's signals, in {@link #SIGNAL_ORDER}
   * @param silent whether each facility is a silent gap of the mapping
   * @param declaresUnmapped whether each facility declares an unmapped input
   */
  public record Evaluation(List<List<RiskSignal>> signals, boolean[] silent, boolean[] declaresUnmapped) {}

  /**
   * Runs every rule on every facility, each facility's context built on demand.
   *
   * @param table the contexts
   * @param signalGaps whether a silent gap gets its own {@code unmapped-input} signal
   * @return the signals of every facility and what the contexts said about mapping
   * @throws RiskRuleException the failure of the first facility in index (id) order, if any
   */
  public Evaluation run(ContextTable table, boolean signalGaps) {
    int n = table.size();
    boolean[] silent = new boolean[n];
    boolean[] declaresUnmapped = new boolean[n];
    Object[] results = new Object[n];
    IntConsumer step = v -> {
      FacilityContext ctx = table.context(v);
      Object r = evaluateOne(ctx);
      if (r instanceof List<?> list) {
        declaresUnmapped[v] = !ctx.unmappedInputs().isEmpty();
        silent[v] = Origins.isSilentGap(ctx);
        if (silent[v] && signalGaps) {
          @SuppressWarnings("unchecked")
          List<RiskSignal> more = new ArrayList<>((List<RiskSignal>) list);
          more.add(Origins.silentGapSignal(ctx));
          more.sort(SIGNAL_ORDER);
          r = List.copyOf(more);
        }
      }
      results[v] = r;
    };
    if (parallelism <= 1 || n < 2) {
      for (int v = 0; v < n; v++) {
        step.accept(v);
      }
    } else {
      ForkJoinPool pool = new ForkJoinPool(parallelism);
      try {
        ForkJoinTask<?> task = pool.submit(() -> IntStream.range(0, n).parallel().forEach(step));
        task.join();
      } finally {
        pool.shutdown();
      }
    }
    List<List<RiskSignal>> out = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      if (results[v] instanceof RiskRuleException e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      List<RiskSignal> s = (List<RiskSignal>) results[v];
      out.add(s);
    }
    return new Evaluation(out, silent, declaresUnmapped);
  }

  private Object evaluateOne(FacilityContext ctx) {
    // most facilities raise nothing: no list and no iterator is made for a rule that returns none
    List<RiskSignal> out = null;
    for (int r = 0; r < rules.size(); r++) {
      RiskRule rule = rules.get(r);
      List<RiskSignal> s;
      try {
        s = rule.evaluate(ctx);
        if (s == null) {
          throw new NullPointerException("the rule returned null instead of a list");
        }
        if (!s.isEmpty()) { // most rules raise nothing for most facilities: no iterator then
          for (RiskSignal signal : s) {
            Objects.requireNonNull(signal, "the rule returned a null signal");
          }
        }
      } catch (RuntimeException | Error e) {
        return new RiskRuleException(rule.id(), ctx.facility().id(), e);
      }
      if (!s.isEmpty()) {
        if (out == null) {
          out = new ArrayList<>(s.size() + 2);
        }
        out.addAll(s);
      }
    }
    if (out == null) {
      return List.of();
    }
    out.sort(SIGNAL_ORDER);
    return List.copyOf(out);
  }
}
