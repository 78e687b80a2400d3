package org.ctpat4j.risk.location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctpat4j.risk.data.ReferenceDataException;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * The prefecture- and county-level units of the Xinjiang Uyghur Autonomous Region with their Chinese names, Hanyu
 * Pinyin and other spellings: the gazetteer with which {@link XuarLocator} recognises a place in a free-text address.
 *
 * <p>The bundled gazetteer ({@link #bundled()}) is {@code xinjiang_places.csv}: the 124 units of the Ministry of Civil
 * Affairs code table (GB/T 2260) as of 2024-12-31 plus one unit set up in 2026, with spellings from GeoNames (CC BY
 * 4.0) and English Wikipedia; its {@code PROVENANCE.md} names every source. A newer edition is read with
 * {@link #read(Path)}; it must have the same columns ({@link #HEADER}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Gazetteer {

  /** The columns of a gazetteer CSV file, in order. */
  public static final List<String> HEADER = List.of(
      "code", "level", "parent_code", "name_zh", "name_pinyin", "other_names", "xpcc", "source", "ambiguous");

  /** The name of the bundled resource. */
  static final String BUNDLED_FILE = "xinjiang_places.csv";

  private static final String BUNDLED_RESOURCE = "/org/ctpat4j/risk/data/" + BUNDLED_FILE;
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern PINYIN = Pattern.compile("\\p{IsLatin}+(?:['’]\\p{IsLatin}+)*");

  /** The level of a unit in China's administrative hierarchy. */
  public enum Level {
    /** A prefecture-level unit: prefecture, autonomous prefecture or prefecture-level city. */
    PREFECTURE,
    /** A county-level unit: county, autonomous county, county-level city or city district. */
    COUNTY
  }

  /**
   * One unit of the gazetteer.
   *
   * @param code the GB/T 2260 six-digit code, or empty when no citable code exists yet
   * @param level the level
   * @param parentCode the code of the parent unit ({@code 650000}, the region itself, for prefectures and the
   *     county-level cities run by the Xinjiang Production and Construction Corps)
   * @param nameZh the official Chinese name with its administrative suffix, such as {@code 沙雅县}; never blank
   * @param namePinyin the Hanyu Pinyin of the name without its suffix, such as {@code Ku'erle}; never blank
   * @param otherNames other spellings: Latin, Uyghur-derived and legacy forms, and Chinese short and legacy forms;
   *     never null
   * @param xpcc whether the unit is a city run by the Xinjiang Production and Construction Corps
   * @param source where the row comes from; never null
   * @param ambiguous whether the name or one of its forms is also used outside the region or is a common word, so
   *     that a match needs corroboration
   */
  public record Place(
      String code,
      Level level,
      String parentCode,
      String nameZh,
      String namePinyin,
      List<String> otherNames,
      boolean xpcc,
      String source,
      boolean ambiguous) {

    /**
     * Checks the fields and copies the list.
     *
     * @param code the GB/T 2260 six-digit code, or empty
     * @param level see {@link #level()}
     * @param parentCode the code of the parent unit
     * @param nameZh the official Chinese name
     * @param namePinyin the Hanyu Pinyin without suffix
     * @param otherNames other spellings
     * @param xpcc whether the unit is an XPCC city
     * @param source where the row comes from
     * @param ambiguous whether a match needs corroboration
     */
    public Place {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(parentCode, "parentCode");
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(namePinyin, "namePinyin");
      otherNames = List.copyOf(otherNames);
      Objects.requireNonNull(source, "source");
      if (nameZh.isBlank() || namePinyin.isBlank()) {
        throw new IllegalArgumentException("a place needs a Chinese name and a Pinyin name");
      }
    }
  }

  private final List<Place> places;

  private Gazetteer(List<Place> places) {
    this.places = List.copyOf(places);
  }

  /**
   * Returns the bundled gazetteer, read once on first use.
   *
   * @return the gazetteer of {@code xinjiang_places.csv}
   */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a gazetteer CSV file with the columns of {@link #HEADER}, in UTF-8.
   *
   * @param csv the file
   * @return the gazetteer
   * @throws ReferenceDataException when the file is not UTF-8, is malformed or has a bad value; the message names the
   *     file, line, column and field
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Gazetteer read(Path csv) {
    Objects.requireNonNull(csv, "csv");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + csv, e);
    }
    return parse(csv.toString(), bytes);
  }

  /**
   * Creates a gazetteer from places.
   *
   * @param places the places; names in Chinese must be unique, as must non-empty codes
   * @return the gazetteer
   * @throws IllegalArgumentException when a Chinese name or a code repeats
   */
  public static Gazetteer of(List<Place> places) {
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Place p : places) {
      if (!names.add(p.nameZh())) {
        throw new IllegalArgumentException("Chinese name " + p.nameZh() + " repeats");
      }
      if (!p.code().isEmpty() && !codes.add(p.code())) {
        throw new IllegalArgumentException("code " + p.code() + " repeats");
      }
    }
    return new Gazetteer(places);
  }

  /**
   * Returns the places.
   *
   * @return the places in file order; never null
   */
  public List<Place> places() {
    return places;
  }

  static Gazetteer parse(String source, byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReferenceDataException(source + ": not valid UTF-8", e);
    }
    List<Place> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Csv.Row r : Csv.parse(source, text, HEADER, ReferenceDataException::new)) {
      String code = r.get(0).strip();
      if (!code.isEmpty() && !CODE.matcher(code).matches()) {
        throw bad(source, r, 0, "expected a six-digit GB/T 2260 code or nothing, found '" + code + "'");
      }
      if (!code.isEmpty() && !codes.add(code)) {
        throw bad(source, r, 0, "code " + code + " repeats");
      }
      Level level;
      try {
        level = Level.valueOf(r.get(1).strip());
      } catch (IllegalArgumentException e) {
        throw bad(source, r, 1, "expected PREFECTURE or COUNTY, found '" + r.get(1) + "'");
      }
      String parent = r.get(2).strip();
      if (!CODE.matcher(parent).matches()) {
        throw bad(source, r, 2, "expected a six-digit GB/T 2260 code, found '" + parent + "'");
      }
      String nameZh = r.get(3).strip();
      if (!HAN.matcher(nameZh).matches()) {
        throw bad(source, r, 3, "expected a name in Chinese characters, found '" + nameZh + "'");
      }
      if (!names.add(nameZh)) {
        throw bad(source, r, 3, "Chinese name " + nameZh + " repeats");
      }
      String pinyin = r.get(4).strip();
      if (!PINYIN.matcher(pinyin).matches()) {
        throw bad(source, r, 4, "expected Pinyin letters (with apostrophes between syllables), found '" + pinyin + "'");
      }
      List<String> others = new ArrayList<>();
      if (!r.get(5).isBlank()) {
        for (String o : r.get(5).split("\\|", -1)) {
          if (o.isBlank()) {
            throw bad(source, r, 5, "empty name in the ' | '-separated list");
          }
          others.add(o.strip());
        }
      }
      boolean xpcc = bool(source, r, 6);
      boolean ambiguous = bool(source, r, 8);
      out.add(new Place(code, level, parent, nameZh, pinyin, others, xpcc, r.get(7).strip(), ambiguous));
    }
    return new Gazetteer(out);
  }

  private static boolean bool(String source, Csv.Row r, int index) {
    String v = r.get(index).strip();
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw bad(source, r, index, "expected true or false, found '" + v + "'");
  }

  private static ReferenceDataException bad(String source, Csv.Row r, int index, String message) {
    int column = r.column(index);
    return new ReferenceDataException(source + ":" + r.line() + (column > 0 ? ":" + column : "") + ": field "
        + HEADER.get(index) + ": " + message);
  }

  /** Holds the bundled gazetteer: read on first use, by the class loader's lock. */
  private static final class Bundled {
    static final Gazetteer INSTANCE = parse(BUNDLED_FILE, readBundled());

    private Bundled() {}

    private static byte[] readBundled() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled gazetteer missing: " + BUNDLED_RESOURCE);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled " + BUNDLED_RESOURCE, e);
      }
    }
  }
}
