package org.ctpat4j.risk.internal;

/**
 * The strongly connected components of a {@link FrozenGraph}, found with an iterative Tarjan search along in-links, so
 * that components come out suppliers first: when a component is numbered, every component upstream of it already has
 * a smaller number. Cycles never loop.
 *
 * <p>The library's only strongly-connected-component algorithm: the engine's propagation and
 * {@code SupplierGraph.cycles()} both use it. It works on the int arrays of the snapshot the engine builds anyway and
 * gives the suppliers-first order the propagation needs; JGraphT's {@code KosarajuStrongConnectivityInspector} needs
 * the JGraphT model built first, returns sets in no documented order, and took about 130 times as long on the same
 * 100,000-facility chain (bench {@code GraphBench.sccJGraphT} against {@code GraphBench.sccTarjan}, same run).
 */
public final class Condensation {

  /** The component of each facility. */
  public final int[] comp;
  /** Members of each component: {@code members[memberOff[c] .. memberOff[c+1])}, ascending by facility index. */
  public final int[] memberOff;
  /** Members, grouped by component. */
  public final int[] members;

  private Condensation(int[] comp, int[] memberOff, int[] members) {
    this.comp = comp;
    this.memberOff = memberOff;
    this.members = members;
  }

  /**
   * Computes the components.
   *
   * @param g the graph
   * @return the condensation
   */
  public static Condensation of(FrozenGraph g) {
    int n = g.size();
    int[] inOff = g.inOff;
    int[] inSrc = g.inSrc;
    int[] index = new int[n];
    int[] low = new int[n];
    java.util.Arrays.fill(index, -1);
    int[] comp = new int[n];
    int[] stack = new int[n];
    boolean[] onStack = new boolean[n];
    int sp = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int[] compCount = new int[n + 1];
    int counter = 0;
    int comps = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = inOff[root];
      index[root] = low[root] = counter++;
      stack[sp++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        int e = callEdge[depth];
        if (e < inOff[v + 1]) {
          callEdge[depth] = e + 1;
          int w = inSrc[e];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = inOff[w];
          } else if (onStack[w] && index[w] < low[v]) {
            low[v] = index[w];
          }
          continue;
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--sp];
            onStack[w] = false;
            comp[w] = comps;
            compCount[comps + 1]++;
          } while (w != v);
          comps++;
        }
        depth--;
        if (depth >= 0) {
          int parent = callNode[depth];
          if (low[v] < low[parent]) {
            low[parent] = low[v];
          }
        }
      }
    }
    int[] memberOff = new int[comps + 1];
    System.arraycopy(compCount, 0, memberOff, 0, comps + 1);
    for (int c = 0; c < comps; c++) {
      memberOff[c + 1] += memberOff[c];
    }
    int[] members = new int[n];
    int[] cursor = java.util.Arrays.copyOf(memberOff, comps);
    for (int v = 0; v < n; v++) {
      members[cursor[comp[v]]++] = v;
    }
    return new Condensation(comp, memberOff, members);
  }

  /**
   * Returns the number of components.
   *
   * @return the count
   */
  public int count() {
    return memberOff.length - 1;
  }

  /**
   * Returns the component of a facility.
   *
   * @param v the facility index
   * @return its component
   */
  public int componentOf(int v) {
    return comp[v];
  }

  /**
   * Returns the size of a component.
   *
   * @param c the component
   * @return its number of members
   */
  public int size(int c) {
    return memberOff[c + 1] - memberOff[c];
  }

  /**
   * Returns a member of a component.
   *
   * @param c the component
   * @param k the 0-based position among its members (ascending by facility index)
   * @return the facility index
   */
  public int member(int c, int k) {
    return members[memberOff[c] + k];
  }
}
