package org.ctpat4j.risk.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.ctpat4j.risk.data.ReferenceData;

/**
 * What a rule prepares once from a {@link ReferenceData} (an index of a list) and then reads for every facility: built
 * on first use, shared by every thread, keyed by the data's content (its fingerprint), so that an application that
 * builds equal reference data again reuses the index. At most {@value #MAX_KEPT} editions are kept; past that the
 * cache starts again (an application that cycles through many editions rebuilds, never grows).
 *
 * @param <T> what is prepared
 */
public final class PerReferenceData<T> {

  /** The most editions kept at once. */
  static final int MAX_KEPT = 16;

  private final Map<ReferenceData, T> prepared = new ConcurrentHashMap<>();
  private final Function<ReferenceData, T> prepare;

  /**
   * Creates the cache.
   *
   * @param prepare builds what is kept from the data; called once per edition while it is kept
   */
  public PerReferenceData(Function<ReferenceData, T> prepare) {
    this.prepare = prepare;
  }

  /**
   * Returns what was prepared from the data, preparing it on first use.
   *
   * @param data the reference data
   * @return what was prepared
   */
  public T of(ReferenceData data) {
    T known = prepared.get(data);
    if (known != null) {
      return known;
    }
    if (prepared.size() >= MAX_KEPT) {
      prepared.clear();
    }
    return prepared.computeIfAbsent(data, prepare);
  }
}
