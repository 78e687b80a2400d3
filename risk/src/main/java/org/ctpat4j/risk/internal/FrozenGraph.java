package org.ctpat4j.risk.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ctpat4j.risk.SupplyChainException;

/**
 * An immutable, int-indexed snapshot of a supplier graph for propagation: facilities are numbered in the order of
 * their sorted ids (so results do not depend on input order); links are kept twice in compressed sparse row form, by
 * receiver (with shares) and by supplier. In-links of a facility are sorted by (supplier, share); out-links by receiver.
 * About 20 bytes per link plus 12 bytes per facility (see {@link #footprintBytes()}).
 */
public final class FrozenGraph {

  /** Snapshot array (read only). */
  public final String[] ids;
  /** Snapshot array (read only). */
  public final int[] inOff;
  /** Snapshot array (read only). */
  public final int[] inSrc;
  /** Snapshot array (read only). */
  public final double[] inShare;
  /** Snapshot array (read only): for each in-link slot, the index of its link in the input order. */
  public final int[] inLink;
  /** Snapshot array (read only). */
  public final int[] outOff;
  /** Snapshot array (read only). */
  public final int[] outDst;

  private FrozenGraph(String[] ids, int[] inOff, int[] inSrc, double[] inShare, int[] inLink, int[] outOff,
      int[] outDst) {
    this.ids = ids;
    this.inOff = inOff;
    this.inSrc = inSrc;
    this.inShare = inShare;
    this.inLink = inLink;
    this.outOff = outOff;
    this.outDst = outDst;
  }

  /**
   * Builds a snapshot.
   *
   * @param facilityIds the facility ids, in any order, unique
   * @param from the supplier id of each link
   * @param to the receiver id of each link
   * @param share the share of each link, {@code NaN} when unknown (read as 1)
   * @return the snapshot
   * @throws SupplyChainException on a duplicate facility id or a link to an unknown facility
   */
  public static FrozenGraph build(String[] facilityIds, String[] from, String[] to, double[] share) {
    int n = facilityIds.length;
    String[] ids = facilityIds.clone();
    Arrays.sort(ids);
    for (int i = 1; i < n; i++) {
      if (ids[i].equals(ids[i - 1])) {
        throw new SupplyChainException("duplicate facility id '" + ids[i] + "'");
      }
    }
    Map<String, Integer> index = new HashMap<>(Math.max(16, (int) (n / 0.7f) + 1), 0.75f);
    for (int i = 0; i < n; i++) {
      index.put(ids[i], i);
    }
    int m = from.length;
    int[] src = new int[m];
    int[] dst = new int[m];
    for (int e = 0; e < m; e++) {
      src[e] = lookup(index, from[e], e, "from");
      dst[e] = lookup(index, to[e], e, "to");
    }
    // counting sort by supplier, then stable counting sort by receiver: in-lists sorted by supplier
    int[] bySrc = countingOrder(src, null, n);
    int[] order = countingOrder(dst, bySrc, n);
    int[] inOff = new int[n + 1];
    for (int e = 0; e < m; e++) {
      inOff[dst[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inOff[i + 1] += inOff[i];
    }
    int[] inSrc = new int[m];
    double[] inShare = new double[m];
    for (int k = 0; k < m; k++) {
      int e = order[k];
      inSrc[k] = src[e];
      double s = share[e];
      inShare[k] = Double.isNaN(s) ? 1.0 : s;
    }
    // ties on (receiver, supplier): order by share so that folding is independent of input order
    for (int k = 1; k < m; k++) {
      int j = k;
      while (j > 0 && inSrc[j] == inSrc[j - 1] && dst[order[j]] == dst[order[j - 1]]
          && inShare[j] < inShare[j - 1]) {
        double t = inShare[j];
        inShare[j] = inShare[j - 1];
        inShare[j - 1] = t;
        j--;
      }
    }
    int[] outOff = new int[n + 1];
    for (int e = 0; e < m; e++) {
      outOff[src[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      outOff[i + 1] += outOff[i];
    }
    int[] outDst = new int[m];
    int[] cursor = Arrays.copyOf(outOff, n);
    for (int v = 0; v < n; v++) {
      for (int k = inOff[v]; k < inOff[v + 1]; k++) {
        outDst[cursor[inSrc[k]]++] = v;
      }
    }
    return new FrozenGraph(ids, inOff, inSrc, inShare, order, outOff, outDst);
  }

  private static int lookup(Map<String, Integer> index, String id, int link, String field) {
    Integer i = index.get(id);
    if (i == null) {
      throw new SupplyChainException("links[" + link + "]." + field + ": unknown facility '" + id + "'");
    }
    return i;
  }

  private static int[] countingOrder(int[] key, int[] input, int n) {
    int m = key.length;
    int[] count = new int[n + 1];
    for (int e = 0; e < m; e++) {
      count[key[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      count[i + 1] += count[i];
    }
    int[] out = new int[m];
    for (int k = 0; k < m; k++) {
      int e = input == null ? k : input[k];
      out[count[key[e]]++] = e;
    }
    return out;
  }

  /**
   * Searches breadth-first downstream from one facility, without allocating: marks every facility it reaches with
   * {@code round} in {@code seen}, records its distance from {@code start} in {@code dist} (and, when {@code parent}
   * is not null, the facility it was first reached from, -1 for {@code start}), and lists them in {@code queue} in the
   * order reached, nearest first. Entries of facilities not reached are left as they were.
   *
   * @param start the facility index to start from
   * @param round a mark that no entry of {@code seen} holds yet
   * @param seen the marks, one per facility
   * @param dist the distances, one per facility
   * @param parent the parents, one per facility, or {@code null} to record none
   * @param queue room for every facility
   * @return the number of facilities reached, {@code start} included: {@code queue[0 .. count)}
   */
  public int searchDownstream(int start, int round, int[] seen, int[] dist, int[] parent, int[] queue) {
    int head = 0;
    int tail = 0;
    seen[start] = round;
    dist[start] = 0;
    if (parent != null) {
      parent[start] = -1;
    }
    queue[tail++] = start;
    while (head < tail) {
      int v = queue[head++];
      for (int e = outOff[v]; e < outOff[v + 1]; e++) {
        int w = outDst[e];
        if (seen[w] != round) {
          seen[w] = round;
          dist[w] = dist[v] + 1;
          if (parent != null) {
            parent[w] = v;
          }
          queue[tail++] = w;
        }
      }
    }
    return tail;
  }

  /**
   * Returns the number of facilities.
   *
   * @return the count
   */
  public int size() {
    return ids.length;
  }

  /**
   * Returns the number of links.
   *
   * @return the count
   */
  public int linkCount() {
    return inSrc.length;
  }

  /**
   * Returns the id of a facility.
   *
   * @param i its index
   * @return its id
   */
  public String id(int i) {
    return ids[i];
  }

  /**
   * Returns the index of a facility.
   *
   * @param id its id
   * @return its index, or a negative number when absent
   */
  public int indexOf(String id) {
    return Arrays.binarySearch(ids, id);
  }

  /**
   * Returns the bytes the snapshot's arrays take: 4 per int, 8 per double, plus a 16-byte header per array, plus 4
   * bytes per id reference (compressed oops); the id strings themselves are shared with the dossier and not counted.
   *
   * @return the computed footprint
   */
  public long footprintBytes() {
    long b = 7 * 16L;
    b += 4L * ids.length;
    b += 4L * (inOff.length + inSrc.length + inLink.length + outOff.length + outDst.length);
    b += 8L * inShare.length;
    return b;
  }
}
