package org.ctpat4j.evidence.picture;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Drawing;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Edge;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Graph;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Kind;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Marker;
import org.ctpat4j.evidence.picture.SupplyChainPicture.Node;
import org.ctpat4j.evidence.picture.internal.Markup;
import org.ctpat4j.risk.signal.RiskLevel;

/** Lays out the drawn nodes (longest-path columns, barycentre order) and writes the SVG. */
final class SvgWriter {

  private static final int NODE_W = 190;
  private static final int NODE_H = 58;
  private static final int COL_GAP = 56;
  private static final int ROW_GAP = 14;
  private static final int TOP = 48;
  private static final int LEFT = 16;
  private static final int SWEEPS = 12;
  private static final int NAME_CHARS = 24;

  private static final String STYLE =
      "text{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;fill:#1a1a1a}"
          + ".col{font-size:13px;font-weight:700;fill:#444}"
          + ".name{font-size:13px;font-weight:600}.meta{font-size:11.5px}"
          + ".edge{fill:none;stroke:#9e9e9e;stroke-width:1.3}"
          + ".edge.on-path{stroke:#b71c1c;stroke-width:3.2}"
          + ".box{stroke-width:1.2}"
          + ".level-HIGH .box{fill:#fde0dc;stroke:#b71c1c;stroke-width:3}"
          + ".level-UNKNOWN .box{fill:#ede7f6;stroke:#4527a0;stroke-width:2;stroke-dasharray:5 3}"
          + ".level-MEDIUM .box{fill:#fff3cd;stroke:#a66b00;stroke-width:2}"
          + ".level-LOW .box{fill:#eef6ee;stroke:#5b8c5e}"
          + ".product .box{rx:14px}"
          + ".tag{fill:#1a1a1a}.tag-text{font-size:10px;font-weight:700;fill:#fff}"
          + ".review .tag{fill:#fff;stroke:#1a1a1a;stroke-width:1.2}.review .tag-text{fill:#1a1a1a}"
          + ".summary{font-size:13px;fill:#333}.legend{font-size:12px}";

  private SvgWriter() {}

  static Drawing draw(SupplyChainPicture picture, Graph g, List<Integer> drawn, Locale locale) {
    Labels t = Labels.of(locale);
    List<Node> nodes = picture.nodes();
    int n = drawn.size();
    Map<Integer, Integer> local = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      local.put(drawn.get(i), i);
    }
    List<List<Integer>> out = new ArrayList<>(n);
    List<List<Integer>> in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    List<int[]> edges = new ArrayList<>();
    List<Edge> edgeOf = new ArrayList<>();
    for (int e = 0; e < g.edgeCount(); e++) {
      Integer a = local.get(g.from[e]);
      Integer b = local.get(g.to[e]);
      if (a != null && b != null) {
        out.get(a).add(b);
        in.get(b).add(a);
        edges.add(new int[] {a, b});
        edgeOf.add(g.edgeOf[e]);
      }
    }
    int[] layer = layers(n, out, i -> nodes.get(drawn.get(i)).kind() == Kind.PRODUCT);
    int maxLayer = 0;
    for (int l : layer) {
      maxLayer = Math.max(maxLayer, l);
    }
    int cols = maxLayer + 1;
    List<List<Integer>> columns = new ArrayList<>(cols);
    for (int c = 0; c < cols; c++) {
      columns.add(new ArrayList<>());
    }
    int[] col = new int[n];
    for (int i = 0; i < n; i++) {
      col[i] = maxLayer - layer[i];
      columns.get(col[i]).add(i);
    }
    order(columns, col, out, in, edges);

    int tallest = 1;
    for (List<Integer> c : columns) {
      tallest = Math.max(tallest, c.size());
    }
    int width = LEFT * 2 + cols * NODE_W + (cols - 1) * COL_GAP;
    int bodyH = tallest * (NODE_H + ROW_GAP);
    int[] x = new int[n];
    int[] y = new int[n];
    for (int c = 0; c < cols; c++) {
      List<Integer> members = columns.get(c);
      int offset = (bodyH - members.size() * (NODE_H + ROW_GAP)) / 2;
      for (int k = 0; k < members.size(); k++) {
        x[members.get(k)] = LEFT + c * (NODE_W + COL_GAP);
        y[members.get(k)] = TOP + offset + k * (NODE_H + ROW_GAP);
      }
    }

    Set<String> drawnIds = new LinkedHashSet<>();
    Map<RiskLevel, Integer> hiddenFacilities = new EnumMap<>(RiskLevel.class);
    int hiddenFacilityCount = 0;
    int hiddenProducts = 0;
    boolean[] isDrawn = new boolean[nodes.size()];
    for (int i : drawn) {
      isDrawn[i] = true;
      Node d = nodes.get(i);
      drawnIds.add(SupplyChainPicture.key(d.kind(), d.id()));
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (!isDrawn[i]) {
        Node d = nodes.get(i);
        if (d.kind() == Kind.PRODUCT) {
          hiddenProducts++;
        } else {
          hiddenFacilityCount++;
          hiddenFacilities.merge(d.level(), 1, Integer::sum);
        }
      }
    }
    String summary = t.summary(hiddenFacilityCount, hiddenFacilities, hiddenProducts);
    int drawnFacilities = 0;
    int pathEdges = 0;
    for (int i : drawn) {
      drawnFacilities += nodes.get(i).kind() == Kind.FACILITY ? 1 : 0;
    }
    for (Edge e : edgeOf) {
      pathEdges += e.onPath() ? 1 : 0;
    }

    int legendY = TOP + bodyH + 10;
    int height = legendY + (summary.isEmpty() ? 34 : 58);
    StringBuilder sb = new StringBuilder(4096 + n * 700);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"supply-chain\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-labelledby=\"supply-chain-title supply-chain-desc\" data-facilities=\"")
        .append(drawnFacilities).append("\" data-path-edges=\"").append(pathEdges).append("\">\n")
        .append("<title id=\"supply-chain-title\">").append(esc(t.title(picture.title()))).append("</title>\n")
        .append("<desc id=\"supply-chain-desc\">").append(esc(t.desc(drawnFacilities, pathEdges)))
        .append(summary.isEmpty() ? "" : " " + esc(summary)).append("</desc>\n")
        .append("<style>").append(STYLE).append("</style>\n");
    for (int c = 0; c < cols; c++) {
      int layerOfColumn = maxLayer - c;
      sb.append("<text class=\"col\" x=\"").append(LEFT + c * (NODE_W + COL_GAP)).append("\" y=\"24\">")
          .append(esc(t.column(layerOfColumn, columns.get(c).stream().allMatch(
              i -> nodes.get(drawn.get(i)).kind() == Kind.PRODUCT))))
          .append("</text>\n");
    }
    // plain edges first, path edges on top
    for (boolean pass : new boolean[] {false, true}) {
      for (int e = 0; e < edges.size(); e++) {
        Edge edge = edgeOf.get(e);
        if (edge.onPath() != pass) {
          continue;
        }
        int a = edges.get(e)[0];
        int b = edges.get(e)[1];
        double x1 = x[a] + NODE_W;
        double y1 = y[a] + NODE_H / 2.0;
        double x2 = x[b];
        double y2 = y[b] + NODE_H / 2.0;
        if (x2 <= x1) { // a link against the flow (a cycle): leave from the bottom, enter at the bottom
          x1 = x[a] + NODE_W / 2.0;
          y1 = y[a] + NODE_H;
          x2 = x[b] + NODE_W / 2.0;
          y2 = y[b] + NODE_H;
        }
        double dx = Math.max(40, (x2 - x1) / 2);
        sb.append("<path class=\"edge").append(pass ? " on-path" : "").append("\" data-from=\"")
            .append(esc(edge.from())).append("\" data-to=\"").append(esc(edge.to())).append("\" d=\"M")
            .append(num(x1)).append(',').append(num(y1)).append(" C").append(num(x1 + dx)).append(',')
            .append(num(y1)).append(' ').append(num(x2 - dx)).append(',').append(num(y2)).append(' ')
            .append(num(x2)).append(',').append(num(y2)).append("\"><title>")
            .append(esc(t.edge(name(nodes, drawn.get(a)), name(nodes, drawn.get(b)), edge.label())))
            .append("</title></path>\n");
      }
    }
    for (int i = 0; i < n; i++) {
      Node d = nodes.get(drawn.get(i));
      String kind = d.kind() == Kind.PRODUCT ? "product" : "facility";
      sb.append("<g class=\"node ").append(kind).append(" level-").append(d.level().name())
          .append(d.onPath() ? " on-path" : "")
          .append(d.marker() == Marker.NONE ? "" : " " + d.marker().name().toLowerCase(Locale.ROOT))
          .append("\" id=\"").append(SupplyChainPicture.elementId(d.kind(), d.id())).append("\" data-id=\"")
          .append(esc(d.id())).append("\" data-level=\"").append(d.level().name()).append("\" data-marker=\"")
          .append(d.marker().name()).append("\">");
      sb.append("<title>").append(esc(t.nodeTitle(d))).append("</title>");
      sb.append("<rect class=\"box\" x=\"").append(x[i]).append("\" y=\"").append(y[i]).append("\" width=\"")
          .append(NODE_W).append("\" height=\"").append(NODE_H).append("\" rx=\"")
          .append(d.kind() == Kind.PRODUCT ? 14 : 4).append("\"/>");
      sb.append("<text class=\"name\" x=\"").append(x[i] + 8).append("\" y=\"").append(y[i] + 17).append("\">")
          .append(esc(shorten(d.name()))).append("</text>");
      sb.append("<text class=\"meta\" x=\"").append(x[i] + 8).append("\" y=\"").append(y[i] + 33).append("\">")
          .append(esc(t.meta(d))).append("</text>");
      if (d.marker() != Marker.NONE) {
        String tag = t.marker(d.marker());
        int tw = 10 + tag.length() * 7;
        sb.append("<rect class=\"tag\" x=\"").append(x[i] + 6).append("\" y=\"").append(y[i] + 41)
            .append("\" width=\"").append(tw).append("\" height=\"14\" rx=\"3\"/><text class=\"tag-text\" x=\"")
            .append(x[i] + 11).append("\" y=\"").append(y[i] + 52).append("\">").append(esc(tag))
            .append("</text>");
      } else if (d.onPath() && d.kind() == Kind.FACILITY) {
        sb.append("<text class=\"meta\" x=\"").append(x[i] + 8).append("\" y=\"").append(y[i] + 52)
            .append("\">").append(esc(t.onPathShort())).append("</text>");
      }
      sb.append("</g>\n");
    }
    legend(sb, t, legendY);
    if (!summary.isEmpty()) {
      sb.append("<text class=\"summary\" x=\"").append(LEFT).append("\" y=\"").append(legendY + 46).append("\">")
          .append(esc(summary)).append("</text>\n");
    }
    sb.append("</svg>");
    return new Drawing(sb.toString(), drawnIds, summary);
  }

  private static String name(List<Node> nodes, int i) {
    return nodes.get(i).name();
  }

  private static void legend(StringBuilder sb, Labels t, int y) {
    int x = LEFT;
    for (RiskLevel l : new RiskLevel[] {RiskLevel.HIGH, RiskLevel.UNKNOWN, RiskLevel.MEDIUM, RiskLevel.LOW}) {
      sb.append("<g class=\"legend level-").append(l.name()).append("\"><rect class=\"box\" x=\"").append(x)
          .append("\" y=\"").append(y).append("\" width=\"18\" height=\"14\" rx=\"2\"/><text class=\"legend\" x=\"")
          .append(x + 24).append("\" y=\"").append(y + 12).append("\">").append(esc(t.level(l))).append("</text></g>");
      x += 34 + t.level(l).length() * 7;
    }
    sb.append("<path class=\"edge on-path\" d=\"M").append(x).append(',').append(y + 7).append(" H").append(x + 28)
        .append("\"/><text class=\"legend\" x=\"").append(x + 34).append("\" y=\"").append(y + 12).append("\">")
        .append(esc(t.pathLegend())).append("</text>\n");
  }

  /** Longest path from each node to a sink; products are layer 0, other sinks layer 1. Back edges are ignored. */
  static int[] layers(int n, List<List<Integer>> out, java.util.function.IntPredicate isProduct) {
    int[] layer = new int[n];
    int[] state = new int[n]; // 0 new, 1 on stack, 2 done
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) {
        continue;
      }
      int top = 0;
      stack[top++] = s;
      state[s] = 1;
      while (top > 0) {
        int v = stack[top - 1];
        if (next[v] < out.get(v).size()) {
          int u = out.get(v).get(next[v]++);
          if (state[u] == 0) {
            state[u] = 1;
            stack[top++] = u;
          }
        } else {
          int best = isProduct.test(v) ? 0 : 1;
          for (int u : out.get(v)) {
            if (state[u] == 2) {
              best = Math.max(best, layer[u] + 1);
            }
          }
          layer[v] = best;
          state[v] = 2;
          top--;
        }
      }
    }
    return layer;
  }

  /** Barycentre sweeps; keeps the order with the fewest crossings between neighbouring columns. */
  private static void order(
      List<List<Integer>> columns, int[] col, List<List<Integer>> out, List<List<Integer>> in, List<int[]> edges) {
    int n = col.length;
    double[] pos = new double[n];
    positions(columns, pos);
    List<List<Integer>> best = copy(columns);
    long bestCrossings = crossings(columns, col, edges);
    for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
      boolean rightward = sweep % 2 == 0;
      for (int k = 1; k < columns.size(); k++) {
        int c = rightward ? k : columns.size() - 1 - k;
        List<Integer> members = columns.get(c);
        double[] key = new double[n];
        for (int v : members) {
          double sum = 0;
          int count = 0;
          for (int u : rightward ? in.get(v) : out.get(v)) {
            if (rightward ? col[u] < c : col[u] > c) {
              sum += pos[u];
              count++;
            }
          }
          key[v] = count == 0 ? pos[v] : sum / count;
        }
        members.sort((a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Double.compare(pos[a], pos[b]));
        positions(columns, pos);
      }
      long cr = crossings(columns, col, edges);
      if (cr < bestCrossings) {
        bestCrossings = cr;
        best = copy(columns);
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      columns.set(c, best.get(c));
    }
  }

  private static void positions(List<List<Integer>> columns, double[] pos) {
    for (List<Integer> members : columns) {
      for (int k = 0; k < members.size(); k++) {
        pos[members.get(k)] = (k + 0.5) / members.size();
      }
    }
  }

  private static List<List<Integer>> copy(List<List<Integer>> columns) {
    List<List<Integer>> out = new ArrayList<>(columns.size());
    for (List<Integer> c : columns) {
      out.add(new ArrayList<>(c));
    }
    return out;
  }

  /** Crossings among edges that span the same pair of columns. */
  static long crossings(List<List<Integer>> columns, int[] col, List<int[]> edges) {
    int[] rank = new int[col.length];
    for (List<Integer> members : columns) {
      for (int k = 0; k < members.size(); k++) {
        rank[members.get(k)] = k;
      }
    }
    Map<Long, List<int[]>> byPair = new HashMap<>();
    for (int[] e : edges) {
      byPair.computeIfAbsent(((long) col[e[0]] << 32) | col[e[1]], k -> new ArrayList<>()).add(e);
    }
    long total = 0;
    for (List<int[]> es : byPair.values()) {
      int[][] r = new int[es.size()][];
      for (int i = 0; i < r.length; i++) {
        r[i] = new int[] {rank[es.get(i)[0]], rank[es.get(i)[1]]};
      }
      Arrays.sort(r, (p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
      for (int i = 0; i < r.length; i++) {
        for (int j = i + 1; j < r.length; j++) {
          if (r[i][0] < r[j][0] && r[i][1] > r[j][1]) {
            total++;
          }
        }
      }
    }
    return total;
  }

  private static String shorten(String s) {
    return s.length() <= NAME_CHARS ? s : s.substring(0, NAME_CHARS - 1).stripTrailing() + "\u2026";
  }

  private static String num(double v) {
    long r = Math.round(v * 10);
    return r % 10 == 0 ? Long.toString(r / 10) : (r / 10) + "." + Math.abs(r % 10);
  }

  /** Escapes text for XML element content and quoted attribute values; drops characters XML 1.0 forbids. */
  static String esc(String s) {
    return Markup.esc(s);
  }

  /** The few words of the picture, in English or Spanish. */
  record Labels(boolean es, Locale locale) {
    static Labels of(Locale locale) {
      return new Labels("es".equals(locale.getLanguage()), locale);
    }

    String fmt(int n) {
      return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String title(String partner) {
      return (es ? "Cadena de suministro de " : "Supply chain of ") + partner;
    }

    String desc(int facilities, int pathEdges) {
      return es
          ? fmt(facilities) + " instalaciones dibujadas; " + fmt(pathEdges) + " enlaces en rutas de productos de riesgo."
          : fmt(facilities) + " facilities drawn; " + fmt(pathEdges) + " links on paths of risky products.";
    }

    String column(int layer, boolean products) {
      if (products) {
        return es ? "Productos" : "Products";
      }
      return (es ? "Nivel " : "Tier ") + layer + (layer == 1 ? (es ? " (productor)" : " (producer)") : "");
    }

    String level(RiskLevel l) {
      if (!es) {
        return l.name() + " risk";
      }
      return switch (l) {
        case HIGH -> "riesgo ALTO";
        case UNKNOWN -> "riesgo DESCONOCIDO";
        case MEDIUM -> "riesgo MEDIO";
        case LOW -> "riesgo BAJO";
      };
    }

    String marker(Marker m) {
      return switch (m) {
        case PRESUMED -> es ? "PRESUNCI\u00d3N UFLPA" : "UFLPA PRESUMED";
        case DETAINED -> es ? "RETENCI\u00d3N WRO" : "WRO DETAINED";
        case REVIEW -> es ? "POR REVISAR" : "NEEDS REVIEW";
        case NONE -> "";
      };
    }

    String meta(Node d) {
      String lvl = level(d.level());
      if (d.kind() == Kind.PRODUCT) {
        return (es ? "producto \u00b7 " : "product \u00b7 ") + lvl;
      }
      return (d.country() == null ? "" : d.country() + " \u00b7 ") + lvl;
    }

    String nodeTitle(Node d) {
      StringBuilder sb = new StringBuilder(d.name()).append(" (").append(d.id()).append(")\n").append(meta(d));
      if (d.marker() != Marker.NONE) {
        sb.append(" \u00b7 ").append(marker(d.marker()));
      }
      if (d.onPath()) {
        sb.append(es ? "\nEn la ruta de un producto de riesgo" : "\nOn the path of a risky product");
      }
      return sb.toString();
    }

    String edge(String from, String to, String what) {
      return from + " \u2192 " + to + (what.isEmpty() ? "" : " (" + what + ")");
    }

    String onPathShort() {
      return es ? "en la ruta de un producto de riesgo" : "on a risky product's path";
    }

    String pathLegend() {
      return es ? "ruta que explica el riesgo de un producto" : "path explaining a product's risk";
    }

    String summary(int facilities, Map<RiskLevel, Integer> byLevel, int products) {
      StringBuilder sb = new StringBuilder();
      if (facilities > 0) {
        sb.append(es ? "y " : "and ").append(fmt(facilities)).append(es ? " instalaciones m\u00e1s" : " more facilities");
        if (byLevel.size() == 1) {
          RiskLevel only = byLevel.keySet().iterator().next();
          sb.append(es ? ", todas de " : ", all ").append(es ? level(only) : only.name());
        } else {
          sb.append(": ");
          List<String> parts = new ArrayList<>();
          for (RiskLevel l : new RiskLevel[] {RiskLevel.HIGH, RiskLevel.UNKNOWN, RiskLevel.MEDIUM, RiskLevel.LOW}) {
            Integer c = byLevel.get(l);
            if (c != null) {
              parts.add(fmt(c) + " " + (es ? level(l) : l.name()));
            }
          }
          sb.append(String.join(", ", parts));
        }
      }
      if (products > 0) {
        sb.append(sb.length() == 0 ? (es ? "y " : "and ") : "; ").append(fmt(products))
            .append(es ? " productos m\u00e1s" : " more products");
      }
      return sb.length() == 0 ? "" : sb.append(es ? " (no dibujadas)." : " (not drawn).").toString();
    }
  }
}
