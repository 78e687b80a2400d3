package org.ctpat4j.risk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the explaining paths of products: for each producer, its {@code max} best risky upstream facilities (worst
 * level first, then nearest, then lowest index), each with the lexicographically first shortest path to it.
 *
 * <p>All producers at once, in time linear in the graph (times {@code max}) rather than one upstream search per
 * product: the best facilities come from a label-setting search that runs downstream from every risky facility, a
 * level and a distance at a time, where each facility keeps the first {@code max} labels it receives (a label that a
 * facility turns away cannot be among the best of anything downstream of it). Each path is then rebuilt inside the
 * shortest-path graph between its two ends, found from one downstream search per chosen risky facility.
 */
public final class ExplainingPaths {

  private final FrozenGraph g;
  private final Map<Integer, List<List<String>>> byProducer = new HashMap<>();
  private int pathRound;

  /**
   * Finds the explaining paths of every producer.
   *
   * @param g the graph
   * @param ownLevel each facility's own level (ordinal of {@code RiskLevel}); 0 ({@code LOW}) is not risky
   * @param max the bound on paths per producer, at least 0
   * @param producers the producers' facility indexes; a negative index is skipped
   */
  public ExplainingPaths(FrozenGraph g, byte[] ownLevel, int max, int[] producers) {
    this.g = g;
    int n = g.size();
    if (max == 0 || producers.length == 0) {
      return;
    }
    // 1. the max best sources of every facility
    int[] best = new int[n * max];
    int[] count = new int[n];
    boolean[] levels = new boolean[256];
    for (int v = 0; v < n; v++) {
      levels[ownLevel[v] & 0xFF] = true;
    }
    for (int level = 255; level > 0; level--) {
      if (!levels[level]) {
        continue;
      }
      LongList frontier = new LongList();
      for (int v = 0; v < n; v++) {
        if (ownLevel[v] == level) {
          frontier.add(label(v, v));
        }
      }
      while (frontier.size > 0) {
        frontier.sort(); // by source, then facility: at one distance, lower sources arrive first
        LongList next = new LongList();
        for (int i = 0; i < frontier.size; i++) {
          int source = (int) (frontier.items[i] >>> 32);
          int v = (int) frontier.items[i];
          if (count[v] >= max || has(best, v * max, count[v], source)) {
            continue;
          }
          best[v * max + count[v]++] = source;
          for (int e = g.outOff[v]; e < g.outOff[v + 1]; e++) {
            next.add(label(source, g.outDst[e]));
          }
        }
        frontier = next;
      }
    }
    // 2. one downstream search per chosen source, then each path inside the shortest-path graph
    Map<Integer, List<Integer>> producersBySource = new TreeMap<>();
    for (int p : producers) {
      if (p >= 0 && !byProducer.containsKey(p)) {
        byProducer.put(p, null);
        for (int j = 0; j < count[p]; j++) {
          producersBySource.computeIfAbsent(best[p * max + j], k -> new ArrayList<>()).add(p);
        }
      }
    }
    int[] dist = new int[n];
    int[] seen = new int[n];
    int[] onPath = new int[n];
    int[] queue = new int[n];
    int round = 0;
    Map<Long, List<String>> paths = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : producersBySource.entrySet()) {
      int source = e.getKey();
      g.searchDownstream(source, ++round, seen, dist, null, queue);
      for (int producer : e.getValue()) {
        paths.put(label(source, producer), path(source, producer, round, dist, seen, onPath, queue));
      }
    }
    for (Map.Entry<Integer, List<List<String>>> e : byProducer.entrySet()) {
      int p = e.getKey();
      List<List<String>> out = new ArrayList<>(count[p]);
      for (int j = 0; j < count[p]; j++) {
        out.add(paths.get(label(best[p * max + j], p)));
      }
      e.setValue(List.copyOf(out));
    }
  }

  /** The path from source to producer that takes the lowest-index next facility among those on a shortest path. */
  private List<String> path(
      int source, int producer, int round, int[] dist, int[] seen, int[] onPath, int[] queue) {
    // the facilities on a shortest path from source to producer: searched upstream from the producer, stepping only
    // to a supplier one step nearer to the source
    int mark = ++pathRound;
    int head = 0;
    int tail = 0;
    onPath[producer] = mark;
    queue[tail++] = producer;
    while (head < tail) {
      int v = queue[head++];
      for (int e = g.inOff[v]; e < g.inOff[v + 1]; e++) {
        int u = g.inSrc[e];
        if (seen[u] == round && dist[u] == dist[v] - 1 && onPath[u] != mark) {
          onPath[u] = mark;
          queue[tail++] = u;
        }
      }
    }
    List<String> path = new ArrayList<>(dist[producer] + 1);
    int cur = source;
    path.add(g.id(cur));
    while (cur != producer) {
      int next = Integer.MAX_VALUE;
      for (int e = g.outOff[cur]; e < g.outOff[cur + 1]; e++) {
        int w = g.outDst[e];
        if (onPath[w] == mark && seen[w] == round && dist[w] == dist[cur] + 1 && w < next) {
          next = w;
        }
      }
      cur = next;
      path.add(g.id(cur));
    }
    return List.copyOf(path);
  }

  private static long label(int source, int facility) {
    return ((long) source << 32) | (facility & 0xFFFFFFFFL);
  }

  private static boolean has(int[] best, int from, int count, int source) {
    for (int j = 0; j < count; j++) {
      if (best[from + j] == source) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the explaining paths of a producer, each from a risky facility to the producer (both included).
   *
   * @param producer the producer's facility index
   * @return the paths, best first; never null, empty when nothing risky is upstream
   */
  public List<List<String>> pathsTo(int producer) {
    List<List<String>> paths = byProducer.get(producer);
    return paths == null ? List.of() : paths;
  }

  /** A growable array of longs. */
  private static final class LongList {
    long[] items = new long[16];
    int size;

    void add(long x) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = x;
    }

    void sort() {
      Arrays.sort(items, 0, size);
    }
  }
}
