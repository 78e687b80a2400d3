package org.ctpat4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the model's compact constructors. */
public final class Copies {

  private Copies() {}

  /**
   * Returns an unmodifiable copy of a list; null reads as empty. A null element is rejected, naming the component and
   * the index, except inside {@link Nulls#lenient()}, where it is kept so that the checks report it with its index.
   *
   * @param list the list, or null
   * @param component the record component's name, for the message
   * @param <T> the element type
   * @return an unmodifiable copy; never null
   * @throws NullPointerException if an element is null outside a lenient scope
   */
  public static <T> List<T> list(List<T> list, String component) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list);
    if (!Nulls.isLenient()) {
      for (int i = 0; i < copy.size(); i++) {
        if (copy.get(i) == null) {
          throw new NullPointerException(component + ": element " + i + " is null");
        }
      }
    }
    return Collections.unmodifiableList(copy);
  }
}
