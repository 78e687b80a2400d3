package org.ctpat4j.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedIdMapTest {

  @Test
  void map_looksUpByBinarySearch_iteratesInIdOrder_andEqualsAnyMapOfTheSameEntries() {
    SortedIdMap map = SortedIdMap.ofSorted(new String[] {"f-a", "f-b", "f-c"}, new int[] {2, 1, 3});
    Map<String, Integer> same = new HashMap<>(Map.of("f-c", 3, "f-a", 2, "f-b", 1));

    assertThat(map).hasSize(3).containsExactly(Map.entry("f-a", 2), Map.entry("f-b", 1), Map.entry("f-c", 3));
    assertThat(map.get("f-b")).isEqualTo(1);
    assertThat(map.get("f-d")).isNull();
    assertThat(map.get(7)).as("a key of another type").isNull();
    assertThat(map.containsKey("f-c")).isTrue();
    assertThat(map.containsKey("f-")).isFalse();
    assertThat(map.containsKey(null)).isFalse();
    assertThat(map).isEqualTo(same);
    assertThat(same).isEqualTo(map);
    assertThat(map.hashCode()).isEqualTo(same.hashCode());
    assertThat(map.toString()).isEqualTo("{f-a=2, f-b=1, f-c=3}");
    List<String> visited = new ArrayList<>();
    map.forEach((id, tier) -> visited.add(id + tier));
    assertThat(visited).containsExactly("f-a2", "f-b1", "f-c3");
    SortedIdMap empty = SortedIdMap.ofSorted(new String[0], new int[0]);
    assertThat(empty).isEmpty();
    assertThat(empty).isEqualTo(Map.of());
  }

  @Test
  void map_isUnmodifiable() {
    SortedIdMap map = SortedIdMap.ofSorted(new String[] {"a", "b"}, new int[] {1, 2});

    assertThatThrownBy(() -> map.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    var it = map.entrySet().iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(map).hasSize(2);
  }

  @Test
  void ofSorted_refusesIdsOutOfOrder_duplicates_nulls_andLengthsThatDiffer() {
    assertThatThrownBy(() -> SortedIdMap.ofSorted(new String[] {"b", "a"}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ids not sorted and unique at 1: 'b', 'a'");
    assertThatThrownBy(() -> SortedIdMap.ofSorted(new String[] {"a", "a"}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at 1");
    assertThatThrownBy(() -> SortedIdMap.ofSorted(new String[] {"a", null}, new int[] {1, 2}))
        .isInstanceOf(NullPointerException.class).hasMessage("ids[1]");
    assertThatThrownBy(() -> SortedIdMap.ofSorted(new String[] {"a"}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("1 ids and 2 values");
  }

  /** Seeded: random sorted id sets behave as a TreeMap of the same entries; the seed is in the message of a failure. */
  @Test
  void map_behavesAsATreeMapOfTheSameEntries() {
    long seed = Long.getLong("ctpat4j.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      TreeMap<String, Integer> expected = new TreeMap<>();
      int n = random.nextInt(50);
      for (int i = 0; i < n; i++) {
        expected.put("f-" + Integer.toString(random.nextInt(1000), 36), random.nextInt(1, 20));
      }
      String[] ids = expected.keySet().toArray(new String[0]);
      int[] values = expected.values().stream().mapToInt(Integer::intValue).toArray();
      SortedIdMap map = SortedIdMap.ofSorted(ids, values);
      String why = "seed " + seed + " (-Dctpat4j.seed=" + seed + "), round " + round;
      assertThat(map).as(why).isEqualTo(expected);
      assertThat(List.copyOf(map.entrySet())).as(why).isEqualTo(List.copyOf(expected.entrySet()));
      assertThat(map.hashCode()).as(why).isEqualTo(expected.hashCode());
      for (int probe = 0; probe < 20; probe++) {
        String key = "f-" + Integer.toString(random.nextInt(1000), 36);
        assertThat(map.get(key)).as(why).isEqualTo(expected.get(key));
      }
    }
  }
}
