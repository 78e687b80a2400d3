package org.ctpat4j.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ctpat4j.core.json.DossierSchema;

/**
 * The shape of the {@code ctpat4j-dossier/1} format as the reader's first pass needs it: for each kind of object, its
 * field names and, for each field, the kind of object its value (or each element of its array value) is. Read once
 * from the bundled JSON Schema, so the schema stays the one description of the format.
 *
 * <p>The first pass walks the real parser with it: it knows where each field is, so an unknown field is reported at
 * its own JSON Pointer, line and column (Jackson's record binding replays unknown properties from a buffer whose
 * contexts do not say where they were), and its value is skipped without being built or remembered.
 */
public final class Shapes {

  /** One kind of object: its fields, each with the kind of object its value holds (null for a scalar). */
  public static final class Kind {
    private final String name;
    private final Map<String, Kind> fields = new LinkedHashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private Kind[] valueKinds = new Kind[0];
    private final Map<String, Boolean> arrays = new HashMap<>();

    private Kind(String name) {
      this.name = name;
    }

    /**
     * Returns the name of this kind in the schema ({@code ""} for the dossier itself).
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns whether this kind of object has a field.
     *
     * @param field the field name
     * @return {@code true} when it does
     */
    public boolean has(String field) {
      return fields.containsKey(field);
    }

    /**
     * Returns the position of a field among this kind's fields (schema order), for remembering which fields an object
     * has shown in the bits of a {@code long}.
     *
     * @param field the field name
     * @return the position, from 0 to 63, or -1 when this kind has no such field
     */
    public int slot(String field) {
      Integer slot = slots.get(field);
      return slot == null ? -1 : slot;
    }

    /**
     * Returns the kind of object the value of the field at a position holds (each element, for an array).
     *
     * @param slot a position returned by {@link #slot}
     * @return the kind, or {@code null} when the value is a scalar or an array of scalars
     */
    public Kind valueAt(int slot) {
      return valueKinds[slot];
    }

    /**
     * Returns the kind of object a field's value holds (each element, for an array).
     *
     * @param field a field of this kind
     * @return the kind, or {@code null} when the value is a scalar or an array of scalars
     */
    public Kind valueOf(String field) {
      return fields.get(field);
    }

    /**
     * Returns the field names.
     *
     * @return the names, in schema order; never null
     */
    public Set<String> fieldNames() {
      return Collections.unmodifiableSet(fields.keySet());
    }
  }

  private static final Kind ROOT = load();

  private Shapes() {}

  /**
   * Returns the kind of the dossier object itself.
   *
   * @return the root kind; never null
   */
  public static Kind dossier() {
    return ROOT;
  }

  private static Kind load() {
    try (InputStream in = DossierSchema.open()) {
      JsonNode schema = JsonMapper.builder().build().readTree(in);
      Map<String, Kind> kinds = new HashMap<>();
      Kind root = new Kind("");
      fill(root, schema, schema, kinds);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled dossier schema", e);
    }
  }

  private static void fill(Kind kind, JsonNode node, JsonNode schema, Map<String, Kind> kinds) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      kind.fields.put(e.getKey(), objectKind(e.getValue(), schema, kinds));
    }
    if (kind.fields.size() > Long.SIZE) {
      throw new IllegalStateException("the dossier schema's '" + kind.name + "' has more than 64 fields");
    }
    kind.valueKinds = new Kind[kind.fields.size()];
    int slot = 0;
    for (Map.Entry<String, Kind> e : kind.fields.entrySet()) {
      kind.slots.put(e.getKey(), slot);
      kind.valueKinds[slot++] = e.getValue();
    }
  }

  /** The kind of object a property schema holds, looking through anyOf, arrays and $ref; null for scalars. */
  private static Kind objectKind(JsonNode property, JsonNode schema, Map<String, Kind> kinds) {
    if (property.has("$ref")) {
      String ref = property.get("$ref").asText();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonNode def = schema.path("$defs").path(name);
      if (!def.has("properties")) {
        return objectKind(def, schema, kinds);
      }
      Kind known = kinds.get(name);
      if (known == null) {
        known = new Kind(name);
        kinds.put(name, known);
        fill(known, def, schema, kinds);
      }
      return known;
    }
    if (property.has("items")) {
      return objectKind(property.get("items"), schema, kinds);
    }
    for (JsonNode option : property.path("anyOf")) {
      Kind k = objectKind(option, schema, kinds);
      if (k != null) {
        return k;
      }
    }
    return null;
  }
}
