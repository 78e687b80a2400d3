package org.ctpat4j.evidence.pkg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small document model rendered both as Markdown and as self-contained HTML, so the two indexes always say the
 * same. All text is plain: each renderer escapes it for its format.
 */
final class IndexDocument {

  private sealed interface Block permits Heading, Paragraph, Alert, Bullets, Table {}

  private record Heading(int level, String text) implements Block {}

  private record Paragraph(String text) implements Block {}

  private record Alert(String text) implements Block {}

  private record Bullets(List<String> items) implements Block {}

  private record Table(List<String> headers, List<List<String>> rows) implements Block {}

  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  IndexDocument(String title) {
    this.title = title;
  }

  IndexDocument heading(String text) {
    blocks.add(new Heading(2, text));
    return this;
  }

  IndexDocument subheading(String text) {
    blocks.add(new Heading(3, text));
    return this;
  }

  IndexDocument paragraph(String text) {
    blocks.add(new Paragraph(text));
    return this;
  }

  IndexDocument alert(String text) {
    blocks.add(new Alert(text));
    return this;
  }

  IndexDocument bullets(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(List.copyOf(items)));
    }
    return this;
  }

  IndexDocument table(List<String> headers, List<List<String>> rows) {
    for (List<String> r : rows) {
      if (r.size() != headers.size()) {
        throw new IllegalArgumentException("row has " + r.size() + " cells, expected " + headers.size());
      }
    }
    blocks.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList()));
    return this;
  }

  byte[] markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(md(title)).append("\n");
    for (Block block : blocks) {
      b.append('\n');
      if (block instanceof Heading h) {
        b.append("#".repeat(h.level())).append(' ').append(md(h.text())).append('\n');
      } else if (block instanceof Paragraph p) {
        b.append(md(p.text())).append('\n');
      } else if (block instanceof Alert a) {
        b.append("> **").append(md(a.text())).append("**\n");
      } else if (block instanceof Bullets l) {
        l.items().forEach(i -> b.append("- ").append(md(i)).append('\n'));
      } else if (block instanceof Table t) {
        b.append('|');
        t.headers().forEach(h -> b.append(' ').append(md(h)).append(" |"));
        b.append("\n|");
        t.headers().forEach(h -> b.append(" --- |"));
        b.append('\n');
        for (List<String> row : t.rows()) {
          b.append('|');
          row.forEach(c -> b.append(' ').append(md(c)).append(" |"));
          b.append('\n');
        }
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] html() {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(html(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#111}\n")
        .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.3em .5em;")
        .append("text-align:left;vertical-align:top}th{background:#eee}\n")
        .append(".alert{border:3px solid #b00;background:#fee;padding:1em;font-weight:bold}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(html(title))
        .append("</h1>\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        b.append("<h").append(h.level()).append('>').append(html(h.text()))
            .append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Paragraph p) {
        b.append("<p>").append(html(p.text())).append("</p>\n");
      } else if (block instanceof Alert a) {
        b.append("<p class=\"alert\" role=\"alert\">").append(html(a.text())).append("</p>\n");
      } else if (block instanceof Bullets l) {
        b.append("<ul>\n");
        l.items().forEach(i -> b.append("<li>").append(html(i)).append("</li>\n"));
        b.append("</ul>\n");
      } else if (block instanceof Table t) {
        b.append("<table>\n<thead><tr>");
        t.headers().forEach(h -> b.append("<th>").append(html(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
          b.append("<tr>");
          row.forEach(c -> b.append("<td>").append(html(c)).append("</td>"));
          b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
      }
    }
    b.append("</body>\n</html>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Escapes Markdown: characters with inline meaning ({@code <} included, so no HTML passes through), table pipes,
   * and line breaks (folded to spaces, so no text can start a block of its own).
   */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '#', '|', '!', '~' -> b.append('\\').append(c);
        case '\r', '\n', '\t', '\u2028', '\u2029' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes HTML text and attribute content. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
