package org.ctpat4j.risk.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.ReferenceList;
import org.ctpat4j.risk.data.WroFinding;
import org.ctpat4j.risk.internal.PerReferenceData;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningHit;
import org.ctpat4j.risk.screening.ScreeningLevel;
import org.ctpat4j.risk.screening.ScreeningQuery;
import org.ctpat4j.risk.screening.internal.Normalizer;

/**
 * The Withhold Release Orders and Findings of one {@link ReferenceData}, prepared once: the names each row covers
 * (screened with the {@link EntityScreener}), the merchandise rows with their country, the rows of the undated list
 * that a dated row supersedes, and the end of a WRO that was expanded to a Finding. Immutable; cached per reference
 * data so that no rule compiles or prepares anything per facility.
 */
final class WroIndex {

  private static final PerReferenceData<WroIndex> INDEXES = new PerReferenceData<>(WroIndex::new);

  /** Words that start a merchandise scope rather than a name. */
  private static final Pattern MERCHANDISE =
      Pattern.compile("^(all |.*\\b(produced|grown|mined|manufactured|harvested) (in|by)\\b)", Pattern.CASE_INSENSITIVE);

  private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");

  private static final Pattern SPLIT = Pattern.compile("\\s*(?:;|,?\\s*a/k/a\\s+|\\s+and\\s+)\\s*",
      Pattern.CASE_INSENSITIVE);

  /** "..., its subsidiaries and joint ventures", "and wholly owned subsidiaries X": separators, not names. */
  private static final Pattern GROUP_WORDS = Pattern.compile(
      "(?:,\\s*|\\s+and\\s+|\\s+)(?:its\\s+|their\\s+|wholly\\s+owned\\s+)?"
          + "(?:subsidiaries|affiliates|affiliated entities|subordinate entities|group companies|joint ventures)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A comma followed by something that is only a legal form does not separate two names ("Co., Ltd."). */
  private static final Pattern COMMA_NAME = Pattern.compile(",\\s+(?=[A-Z])");

  private static final Set<String> FORM_ONLY = Set.of("ltd", "limited", "inc", "llc", "bhd", "co", "corp", "s.a",
      "s.r.l", "gmbh", "plc", "sdn bhd", "sdn. bhd", "d.o.o", "s.a. de c.v");

  /** One row, prepared. */
  record Row(WroFinding finding, List<String> names, boolean merchandise, boolean xuarScope, String scopeText,
      LocalDate end, boolean superseded) {}

  private final Map<String, List<Row>> merchandiseByCountry;
  private final EntityScreener screener;
  private final Map<String, Row> byEntryId;

  private WroIndex(ReferenceData data) {
    List<WroFinding> all = data.wroFindings();
    List<List<String>> names = new ArrayList<>(all.size());
    for (WroFinding w : all) {
      names.add(isMerchandise(w.entityOrScope()) ? merchandiseNames(w.entityOrScope()) : names(w.entityOrScope()));
    }
    EntityScreener nameScreener = screener(all, names, i -> true);
    List<Row> prepared = new ArrayList<>(all.size());
    Map<String, Row> byId = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      WroFinding w = all.get(i);
      boolean superseded = false;
      LocalDate end = w.endDate();
      List<String> own = names.get(i);
      if (!own.isEmpty()) {
        for (ScreeningHit hit : screen(nameScreener, own, w.isoAlpha2())) {
          if (hit.level() != ScreeningLevel.MATCH) {
            continue;
          }
          WroFinding other = all.get(index(hit));
          if (other == w || !other.isoAlpha2().equalsIgnoreCase(w.isoAlpha2())) {
            continue;
          }
          if (w.list() == ReferenceList.WRO_FINDINGS && other.list() == ReferenceList.WRO_FINDINGS_DATED
              && other.isFinding() == w.isFinding()) {
            superseded = true;
          }
          if (w.status().equals("EXPANDED_TO_FINDING") && other.isFinding() && !w.isFinding()
              && !other.effectiveDate().isBefore(w.effectiveDate()) && (end == null || other.effectiveDate().isBefore(end))) {
            end = other.effectiveDate();
          }
        }
      }
      String scope = Normalizer.key(w.entityOrScope());
      Row row = new Row(w, own, isMerchandise(w.entityOrScope()), scope.contains("xinjiang"), scope, end, superseded);
      prepared.add(row);
      byId.put(id(i), row);
    }
    Map<String, List<Row>> byCountry = new HashMap<>();
    for (Row row : prepared) {
      if (row.merchandise() && !row.superseded()) {
        byCountry.computeIfAbsent(row.finding().isoAlpha2().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
      }
    }
    byCountry.replaceAll((k, v) -> List.copyOf(v));
    this.merchandiseByCountry = Map.copyOf(byCountry);
    this.byEntryId = Map.copyOf(byId);
    this.screener = screener(all, names, i -> !prepared.get(i).superseded());
  }

  static WroIndex of(ReferenceData data) {
    return INDEXES.of(data);
  }

  /**
   * The rows of orders on merchandise (not on named entities) of one country that no other row supersedes, in list
   * order: looked up once per facility instead of walking every row.
   *
   * @param iso the country's ISO 3166-1 alpha-2 code, upper case
   * @return the rows; never null
   */
  List<Row> merchandiseRows(String iso) {
    return merchandiseByCountry.getOrDefault(iso, List.of());
  }

  /** The rows whose names a facility's names match, MATCH or POSSIBLE, each with its best hit. */
  Map<Row, ScreeningHit> screen(ScreeningQuery query) {
    Map<Row, ScreeningHit> out = new java.util.LinkedHashMap<>();
    for (ScreeningHit hit : screener.screen(query)) {
      out.putIfAbsent(byEntryId.get(hit.entry().id()), hit);
    }
    return out;
  }

  private static List<ScreeningHit> screen(EntityScreener s, List<String> names, String iso) {
    ScreeningQuery.Builder q = ScreeningQuery.newBuilder(names.get(0));
    names.subList(1, names.size()).forEach(q::alias);
    if (iso.length() == 2 && iso.chars().allMatch(Character::isLetter)) {
      q.country(iso.toUpperCase(Locale.ROOT));
    }
    return s.screen(q.build());
  }

  private static EntityScreener screener(List<WroFinding> all, List<List<String>> names,
      java.util.function.IntPredicate keep) {
    List<ScreeningEntry> entries = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      List<String> n = names.get(i);
      if (n.isEmpty() || !keep.test(i)) {
        continue;
      }
      ScreeningEntry.Builder b = ScreeningEntry.newBuilder(id(i), n.get(0)).aliases(n.subList(1, n.size()));
      String iso = all.get(i).isoAlpha2().strip().toUpperCase(Locale.ROOT);
      if (iso.matches("[A-Z]{2}")) {
        b.country(iso);
      }
      entries.add(b.build());
    }
    return EntityScreener.newBuilder().entries(entries).build();
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "wro-%05d", i);
  }

  private static int index(ScreeningHit hit) {
    return Integer.parseInt(hit.entry().id().substring(4));
  }

  static boolean isMerchandise(String scope) {
    return MERCHANDISE.matcher(scope.strip()).find();
  }

  /**
   * The names an entity row covers: the text outside parentheses split at {@code ;}, {@code a/k/a}, {@code and} and
   * at commas that start another name (not "Co., Ltd."), plus the capitalised parts of parenthesised text
   * ("collectively Smart Glove", "Top Glove Corporation Bhd"); lower-case parts there name goods and are left out.
   */
  static List<String> names(String scope) {
    String text = scope.replaceFirst("(?i)^\\s*fishing vessels?:\\s*", "");
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PARENS.matcher(text);
    List<String> inner = new ArrayList<>();
    while (m.find()) {
      inner.add(m.group(1));
    }
    String outside = PARENS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    addSplit(outside, out);
    for (String group : inner) {
      for (String part : group.split(";")) {
        String p = part.strip().replaceFirst("(?i)^(collectively|owned by|ex-|formerly)\\s+", "");
        if (!p.isEmpty() && Character.isUpperCase(p.charAt(0)) && !p.startsWith("HTSUS") && !p.startsWith("CBP ")) {
          addSplit(p, out);
        }
      }
    }
    out.removeIf(n -> n.length() < 3 || Normalizer.key(n).isEmpty());
    return List.copyOf(out);
  }

  /** A merchandise row names entities only after "by vessels owned or operated by" and the like. */
  static List<String> merchandiseNames(String scope) {
    Matcher m = Pattern.compile("(?i)\\b(?:owned or operated by|operated by|owned by)\\s+(.+)$").matcher(scope);
    return m.find() ? names(m.group(1)) : List.of();
  }

  private static void addSplit(String text, Set<String> out) {
    for (String piece : SPLIT.split(GROUP_WORDS.matcher(text).replaceAll(";"))) {
      List<String> merged = new ArrayList<>();
      for (String part : COMMA_NAME.split(piece)) {
        String p = part.strip();
        if (!merged.isEmpty() && FORM_ONLY.contains(p.toLowerCase(Locale.ROOT).replaceAll("[,.]+$", ""))) {
          merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + p);
        } else {
          merged.add(p);
        }
      }
      for (String name : merged) {
        String n = name.strip().replaceAll("[,.;]+$", "").strip();
        if (!n.isEmpty()) {
          out.add(n);
        }
      }
    }
  }
}
