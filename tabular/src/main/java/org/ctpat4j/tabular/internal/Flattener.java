package org.ctpat4j.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.CtpatJacksonModule;

/** Lays a dossier out in tables: the inverse of {@link Assembler}. Thread-safe. */
public final class Flattener {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CtpatJacksonModule()).build();

  private Flattener() {}

  /** The rows of one table. */
  public record Rows(Layout.Table table, List<Layout.Column> columns, List<String[]> rows) {}

  /**
   * Lays out a dossier.
   *
   * @param dossier the dossier
   * @param layout the layout
   * @param listSeparator the separator of list cells
   * @return every table of the layout, empty ones included, in layout order
   */
  public static List<Rows> flatten(Dossier dossier, Layout layout, char listSeparator) {
    JsonNode root = MAPPER.valueToTree(dossier);
    List<Rows> out = new ArrayList<>();
    for (Layout.Table t : layout.tables()) {
      List<Layout.Column> columns = new ArrayList<>();
      for (Layout.Column c : t.columns()) {
        if (!(c.root() && c.name().equals("format"))) {
          columns.add(c);
        }
      }
      List<String[]> rows = new ArrayList<>();
      if (t.singleton()) {
        JsonNode node = root.at(t.pointer());
        if (node.isObject()) {
          rows.add(row(root, node, columns, null, listSeparator));
        }
      } else if (t.key() != null) {
        for (JsonNode parent : root.at(t.parent().pointer())) {
          String key = parent.path("id").asText();
          for (JsonNode node : parent.path(t.field())) {
            rows.add(row(root, node, columns, key, listSeparator));
          }
        }
      } else {
        for (JsonNode node : root.at(t.pointer())) {
          rows.add(row(root, node, columns, null, listSeparator));
        }
      }
      out.add(new Rows(t, columns, rows));
    }
    return out;
  }

  private static String[] row(JsonNode root, JsonNode node, List<Layout.Column> columns, String key, char separator) {
    String[] cells = new String[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      Layout.Column c = columns.get(i);
      if (c.path().isEmpty()) {
        cells[i] = key;
        continue;
      }
      JsonNode v = c.root() ? root.path(c.name()) : node;
      if (!c.root()) {
        for (String field : c.path()) {
          v = v.path(field);
        }
      }
      if (v.isMissingNode() || v.isNull()) {
        cells[i] = "";
      } else if (v.isArray()) {
        StringBuilder b = new StringBuilder();
        for (JsonNode item : v) {
          if (b.length() > 0) {
            b.append(separator);
          }
          String text = item.asText();
          for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == separator || ch == '\\') {
              b.append('\\');
            }
            b.append(ch);
          }
        }
        cells[i] = b.toString();
      } else {
        cells[i] = v.asText();
      }
    }
    return cells;
  }
}
