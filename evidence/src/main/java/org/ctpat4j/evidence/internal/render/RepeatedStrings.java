package org.ctpat4j.evidence.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The values a large report writes again and again (a rule's source and its advice, enum names), each escaped and
 * encoded once per report: a million-facility report writes the same few hundred such strings hundreds of thousands
 * of times, and escaping them is most of what writing it costs. Only plain printable ASCII is kept (no quote, no
 * backslash, nothing Jackson would escape or encode), so a kept string is written byte for byte as
 * {@link JsonGenerator#writeString(String)} writes it; anything else, and anything met once the table is full, is
 * written the ordinary way. One instance per report; not thread-safe.
 */
final class RepeatedStrings {

  /** The most strings kept: a report's repeated values are a few hundred; the cap bounds a hostile report's. */
  static final int MAX_KEPT = 4096;

  /** Longer strings are written the ordinary way (a kept string is held for the whole report). */
  static final int MAX_LENGTH = 4096;

  /** The value of a string that cannot be kept, so that it is not checked again. */
  private static final SerializedString NOT_KEPT = new SerializedString("");

  private final Map<String, SerializedString> kept = new HashMap<>();

  /**
   * Writes a field whose value tends to repeat.
   *
   * @param g the generator
   * @param name the field's name, escaped once for all reports
   * @param value the value; null writes {@code null}
   * @throws IOException if the generator cannot write
   */
  void writeField(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    write(g, value);
  }

  /**
   * Writes a string value that tends to repeat.
   *
   * @param g the generator
   * @param value the value; null writes {@code null}
   * @throws IOException if the generator cannot write
   */
  void write(JsonGenerator g, String value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    SerializedString s = kept.get(value);
    if (s == null && kept.size() < MAX_KEPT) {
      s = keepable(value) ? new SerializedString(value) : NOT_KEPT;
      kept.put(value, s);
    }
    if (s == null || s == NOT_KEPT) {
      g.writeString(value);
    } else {
      g.writeString(s);
    }
  }

  /** Whether a string is written the same whether escaped by Jackson or copied as it is. */
  static boolean keepable(String value) {
    if (value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
