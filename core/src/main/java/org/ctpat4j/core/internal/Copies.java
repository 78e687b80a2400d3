package org.ctpat4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the model's compact constructors. */
public final class Copies {

  private Copies() {}

  /**
   * Returns an unmodifiable copy of a list; null reads as empty. Null elements are kept so that validation can report
   * them with their index instead of the constructor failing on the first.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return an unmodifiable copy; never null
   */
  public static <T> List<T> list(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
