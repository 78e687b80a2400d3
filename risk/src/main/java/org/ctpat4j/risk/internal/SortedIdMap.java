package org.ctpat4j.risk.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map from ids to whole numbers kept as two arrays, the ids sorted, that iterates in id order and looks an
 * id up by binary search. For the tiers of a large graph: a 1M-facility assessment built a red-black tree of its
 * million tiers, copied it into a hash map, and sorted its entries again to write them; the graph's ids are sorted
 * already, so the arrays are filled in one pass and nothing is hashed or sorted. Thread-safe.
 */
public final class SortedIdMap extends AbstractMap<String, Integer> {

  private final String[] ids;
  private final int[] values;

  private SortedIdMap(String[] ids, int[] values) {
    this.ids = ids;
    this.values = values;
  }

  /**
   * A map of the given entries, which the map owns from now on.
   *
   * @param ids the ids, sorted by {@link String#compareTo}, unique, none null; not to be changed by the caller
   * @param values the value of each id; not to be changed by the caller
   * @return the map
   * @throws IllegalArgumentException when the ids are not sorted and unique, or the lengths differ
   */
  public static SortedIdMap ofSorted(String[] ids, int[] values) {
    if (ids.length != values.length) {
      throw new IllegalArgumentException(ids.length + " ids and " + values.length + " values");
    }
    for (int i = 0; i < ids.length; i++) {
      Objects.requireNonNull(ids[i], "ids[" + i + "]");
      if (i > 0 && ids[i - 1].compareTo(ids[i]) >= 0) {
        throw new IllegalArgumentException("ids not sorted and unique at " + i + ": '" + ids[i - 1] + "', '"
            + ids[i] + "'");
      }
    }
    return new SortedIdMap(ids, values);
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && Arrays.binarySearch(ids, key) >= 0;
  }

  @Override
  public Integer get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    int i = Arrays.binarySearch(ids, key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Integer> action) {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < ids.length; i++) {
      action.accept(ids[i], values[i]);
    }
  }

  @Override
  public Set<Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return ids.length;
      }

      @Override
      public Iterator<Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < ids.length;
          }

          @Override
          public Entry<String, Integer> next() {
            if (next >= ids.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(ids[i], values[i]);
          }
        };
      }
    };
  }
}
