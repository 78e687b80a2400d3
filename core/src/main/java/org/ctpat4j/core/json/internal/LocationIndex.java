package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the values of a JSON document that have a problem start, by JSON Pointer. The reader finds problems first
 * (by binding and by the validator) and then makes one more pass over the document with {@link #scan(JsonParser)},
 * which records only the wanted pointers and their ancestors and skips every other subtree without building a pointer
 * for it: the cost is one tokenizing pass, and memory grows with the number of problems, not of values.
 */
public final class LocationIndex {

  private final Set<String> wanted = new HashSet<>();
  private final Map<String, long[]> names = new HashMap<>();
  private final Map<String, long[]> values = new HashMap<>();

  /**
   * Creates an index that will record the given pointers and their ancestors (the fallbacks of {@link #locate}).
   *
   * @param pointers the JSON Pointers to locate; never null
   */
  public LocationIndex(Collection<String> pointers) {
    for (String p : pointers) {
      for (String q = p; wanted.add(q) && !q.isEmpty(); q = q.substring(0, Math.max(0, q.lastIndexOf('/')))) {
        // adds p and each ancestor once
      }
    }
  }

  /**
   * Returns the JSON Pointer of the value the parser is at (for a field name, of the field's value).
   *
   * @param p the parser; never null
   * @return the pointer, {@code ""} for the root
   */
  public static String pointer(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    } else if ((t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return ctx.pathAsPointer().toString();
  }

  /**
   * Reads a whole document (which has been read once already, so it is well-formed) and records where each wanted
   * value and field name starts. Only the first location of a pointer is kept.
   *
   * @param p a parser at the start of the document; never null
   * @throws IOException if the document cannot be read
   */
  public void scan(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return;
    }
    record(values, "", p);
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    // the pointer of each open container; every container on the stack is wanted
    List<String> open = new ArrayList<>();
    open.add("");
    while (!open.isEmpty() && (t = p.nextToken()) != null) {
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.remove(open.size() - 1);
        continue;
      }
      JsonStreamContext ctx = p.getParsingContext();
      boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
      if (container) {
        ctx = ctx.getParent();
      }
      String parent = open.get(open.size() - 1);
      String pointer =
          parent + '/' + (ctx.inArray() ? Integer.toString(ctx.getCurrentIndex()) : escape(ctx.getCurrentName()));
      boolean isWanted = wanted.contains(pointer);
      if (isWanted) {
        record(t == JsonToken.FIELD_NAME ? names : values, pointer, p);
      }
      if (container) {
        if (isWanted) {
          open.add(pointer);
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private static void record(Map<String, long[]> into, String pointer, JsonParser p) {
    if (!into.containsKey(pointer)) {
      JsonLocation loc = p.currentTokenLocation();
      into.put(pointer, new long[] {loc.getLineNr(), loc.getColumnNr()});
    }
  }

  /** Escapes a field name as a JSON Pointer reference token (RFC 6901, section 3). */
  private static String escape(String name) {
    if (name == null) {
      return "";
    }
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the location of a value, or of its field name when {@code preferName} is set; for a pointer the document
   * does not have (a missing field), the location of its nearest ancestor, the enclosing object.
   *
   * @param pointer the JSON Pointer, one of those given to the constructor or an ancestor of one; never null
   * @param preferName whether the field name's location is wanted (for an unknown field) rather than the value's
   * @return {@code {line, column}}, or {@code {-1, -1}} when nothing is known
   */
  public int[] locate(String pointer, boolean preferName) {
    String p = pointer;
    while (true) {
      long[] loc = preferName ? names.getOrDefault(p, values.get(p)) : values.getOrDefault(p, names.get(p));
      if (loc != null) {
        return new int[] {(int) loc[0], (int) loc[1]};
      }
      if (p.isEmpty()) {
        return new int[] {-1, -1};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
