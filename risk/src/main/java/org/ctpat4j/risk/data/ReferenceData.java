package org.ctpat4j.risk.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.risk.internal.csv.Csv;
import org.ctpat4j.risk.screening.internal.Normalizer;

/**
 * The reference lists the risk rules read, each with the edition it is ({@link ReferenceDataVersion}). Immutable and
 * thread-safe.
 *
 * <p>{@link #bundled()} is the snapshot shipped in this jar (see {@code PROVENANCE.md} next to the CSV files). Its UFLPA
 * Entity List is <b>partial</b> (about half of the entities), as are its WRO list and its 2025 TIP tiers: a facility
 * that matches nothing is "not found in the lists consulted", never "not listed". Newer editions supplied by the user
 * (same CSV columns, see {@link ReferenceList#header()}) replace bundled lists through {@link #newBuilder()}.
 *
 * <p>To re-run an assessment later with the same answer, pin the data: {@link #writeSnapshot(Path)} writes every list
 * with a manifest of SHA-256 checksums, {@link #readSnapshot(Path)} reads it back and refuses altered files. Every
 * version string ends with the first 12 hex digits of its file's SHA-256, so a report names the exact bytes it used.
 */
public final class ReferenceData {

  private static final String MANIFEST = "snapshot.csv";
  private static final List<String> MANIFEST_HEADER =
      List.of("list", "file", "sha256", "name", "version", "complete", "publisher", "source", "note");

  private static final Map<ReferenceList, ReferenceDataVersion> BUNDLED_VERSIONS = bundledVersions();
  private static volatile ReferenceData bundled;

  private final Map<ReferenceList, byte[]> raw;
  private final Map<ReferenceList, ReferenceDataVersion> versions;
  private final List<UflpaEntity> uflpaEntities;
  private final List<IlabGood> ilabGoods;
  private final List<TipRanking> tipRankings;
  private final List<WroFinding> wroFindings;
  private final List<GoodMapping> goodMappings;
  private final Map<String, String> ilabCountryCodes;
  private final Map<String, String> downstreamInputs;
  private final String fingerprint;
  private final List<ListCoverage> coverage;

  private ReferenceData(Map<ReferenceList, byte[]> raw, Map<ReferenceList, ReferenceDataVersion> baseVersions) {
    this(raw, baseVersions, Map.of());
  }

  /**
   * Parses every list.
   *
   * @param sources the name of the file each list was read from, for messages; a list missing here is named by its
   *     {@link ReferenceList#fileName()}
   */
  private ReferenceData(Map<ReferenceList, byte[]> raw, Map<ReferenceList, ReferenceDataVersion> baseVersions,
      Map<ReferenceList, String> sources) {
    this.raw = new EnumMap<>(raw);
    Map<ReferenceList, ReferenceDataVersion> v = new EnumMap<>(ReferenceList.class);
    Map<ReferenceList, List<Csv.Row>> rows = new EnumMap<>(ReferenceList.class);
    Map<ReferenceList, String> files = new EnumMap<>(ReferenceList.class);
    for (ReferenceList list : ReferenceList.values()) {
      byte[] bytes = raw.get(list);
      String file = sources.getOrDefault(list, list.fileName());
      files.put(list, file);
      rows.put(list, Csv.parse(file, PublishedLists.decode(file, bytes), list.header(), list.optionalColumns(), ReferenceDataException::new));
      ReferenceDataVersion base = baseVersions.get(list);
      String tag = " (sha256 " + Sha256.hex(bytes).substring(0, 12) + ")";
      String version = base.version().endsWith(tag) ? base.version() : stripTag(base.version()) + tag;
      v.put(list, new ReferenceDataVersion(base.name(), version, base.complete(), base.publisher(), base.source(),
          base.note()));
    }
    this.versions = Collections.unmodifiableMap(v);
    this.uflpaEntities =
        parseUflpa(files.get(ReferenceList.UFLPA_ENTITY_LIST), rows.get(ReferenceList.UFLPA_ENTITY_LIST));
    this.ilabGoods = withChanges(parseIlab(files.get(ReferenceList.ILAB_GOODS), rows.get(ReferenceList.ILAB_GOODS)),
        files.get(ReferenceList.ILAB_CHANGES), rows.get(ReferenceList.ILAB_CHANGES), v.get(ReferenceList.ILAB_CHANGES));
    this.tipRankings = parseTip(files.get(ReferenceList.TIP_TIERS), rows.get(ReferenceList.TIP_TIERS));
    List<WroFinding> wro =
        new ArrayList<>(parseWro(files.get(ReferenceList.WRO_FINDINGS), rows.get(ReferenceList.WRO_FINDINGS)));
    wro.addAll(parseWroDated(files.get(ReferenceList.WRO_FINDINGS_DATED), rows.get(ReferenceList.WRO_FINDINGS_DATED)));
    this.wroFindings = List.copyOf(wro);
    this.goodMappings =
        parseMapping(files.get(ReferenceList.ILAB_GOOD_MAPPING), rows.get(ReferenceList.ILAB_GOOD_MAPPING));
    this.ilabCountryCodes = parsePairs(ReferenceList.ILAB_COUNTRIES, files.get(ReferenceList.ILAB_COUNTRIES),
        rows.get(ReferenceList.ILAB_COUNTRIES));
    this.downstreamInputs = parsePairs(ReferenceList.ILAB_DOWNSTREAM_INPUTS,
        files.get(ReferenceList.ILAB_DOWNSTREAM_INPUTS), rows.get(ReferenceList.ILAB_DOWNSTREAM_INPUTS));
    StringBuilder sb = new StringBuilder();
    for (ReferenceList list : ReferenceList.values()) {
      sb.append(manifestLine(list));
    }
    this.fingerprint = Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    List<ListCoverage> cov = new ArrayList<>();
    for (ReferenceList list : ReferenceList.values()) {
      cov.add(new ListCoverage(list, v.get(list), rows(list, rows.get(list).size()), officialSize(list),
          newestEntry(list), Sha256.hex(raw.get(list))));
    }
    this.coverage = List.copyOf(cov);
  }

  /**
   * Returns the snapshot bundled in this jar.
   *
   * @return the bundled data; never null
   */
  public static ReferenceData bundled() {
    ReferenceData b = bundled;
    if (b == null) {
      synchronized (ReferenceData.class) {
        b = bundled;
        if (b == null) {
          Map<ReferenceList, byte[]> raw = new EnumMap<>(ReferenceList.class);
          for (ReferenceList list : ReferenceList.values()) {
            raw.put(list, readResource(list.fileName()));
          }
          b = new ReferenceData(raw, BUNDLED_VERSIONS);
          bundled = b;
        }
      }
    }
    return b;
  }

  /**
   * Returns whether a CSV file is in the layout of CBP's own Withhold Release Orders and Findings list (its header
   * names {@code Effective Date} or {@code WRO/Finding}), which {@link Builder#cbpWroFindings(String, byte[],
   * ReferenceDataVersion)} reads, rather than in the columns of {@link ReferenceList#WRO_FINDINGS} or
   * {@link ReferenceList#WRO_FINDINGS_DATED}.
   *
   * @param csv the UTF-8 CSV file; never null
   * @return {@code true} for CBP's layout
   * @throws ReferenceDataException when the file is not UTF-8 or its first line is not CSV
   */
  public static boolean isCbpWroLayout(byte[] csv) {
    return PublishedLists.isCbpLayout("CSV file", Objects.requireNonNull(csv, "csv"));
  }

  /**
   * Returns a builder that starts from the bundled snapshot.
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder(bundled());
  }

  /**
   * Returns a builder that starts from this data.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the UFLPA Entity List rows, in file order.
   *
   * @return the entities; never null
   */
  public List<UflpaEntity> uflpaEntities() {
    return uflpaEntities;
  }

  /**
   * Returns the ILAB List of Goods rows, in file order.
   *
   * @return the rows; never null
   */
  public List<IlabGood> ilabGoods() {
    return ilabGoods;
  }

  /**
   * Returns the TIP report rows, in file order.
   *
   * @return the rows; never null
   */
  public List<TipRanking> tipRankings() {
    return tipRankings;
  }

  /**
   * Returns the WRO and Finding rows of both lists, {@link ReferenceList#WRO_FINDINGS} then
   * {@link ReferenceList#WRO_FINDINGS_DATED}, each in file order. Where both describe the same order, the dated row
   * wins; the {@code wro-findings} rule decides which rows describe the same order.
   *
   * @return the rows; never null
   */
  public List<WroFinding> wroFindings() {
    return wroFindings;
  }

  /**
   * Returns the material-to-ILAB-good table, in file order.
   *
   * @return the rows; never null
   */
  public List<GoodMapping> goodMappings() {
    return goodMappings;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code of each ILAB country name.
   *
   * @return ILAB name to ISO code, sorted by name; never null
   */
  public Map<String, String> ilabCountryCodes() {
    return ilabCountryCodes;
  }

  /**
   * Returns the tainted input of each ILAB downstream good.
   *
   * @return downstream good to input good, sorted; never null
   */
  public Map<String, String> downstreamInputs() {
    return downstreamInputs;
  }

  /**
   * Returns the edition of one list.
   *
   * @param list the list; never null
   * @return its version; never null
   */
  public ReferenceDataVersion version(ReferenceList list) {
    return versions.get(Objects.requireNonNull(list, "list"));
  }

  /**
   * Returns the editions of every list, in {@link ReferenceList} order.
   *
   * @return the versions; never null
   */
  public List<ReferenceDataVersion> versions() {
    return List.copyOf(versions.values());
  }

  /**
   * Returns the coverage and currency of every list, in {@link ReferenceList} order.
   *
   * @return one entry per list; never null
   */
  public List<ListCoverage> coverage() {
    return coverage;
  }

  /**
   * Returns the caveats of this data for an assessment day, for a report to show next to the results: today the TIP
   * report years. The {@code tip-tier} rule reads the newest report year not after the day's year, as a whole (a
   * country missing from that year has no tier; an older year's row is never used for it, see PROVENANCE.md); so:
   *
   * <ul>
   *   <li>when the list holds no year up to the day's year: "No TIP report data for 2022 or earlier (the list holds
   *       2023, 2025): the tip-tier rule gives no signal";
   *   <li>when the day's year is missing: "TIP report data for 2026 not in the reference data; latest year 2025
   *       used";
   *   <li>when the year used holds none of the tiers that give a signal (Tier 2 Watch List, Tier 3, Special Case):
   *       "The 2023 TIP rows hold only Tier 1 and Tier 2: a country on the Tier 2 Watch List, Tier 3 or a Special Case
   *       in 2023 gives no signal".
   * </ul>
   *
   * @param asOf the assessment day; never null
   * @return the notes, in {@link ReferenceList} order; never null, empty when there is nothing to say
   */
  public List<ReferenceDataNote> notes(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ReferenceDataNote> out = new ArrayList<>();
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    for (TipRanking r : tipRankings) {
      years.add(r.reportYear());
    }
    int wanted = asOf.getYear();
    Integer used = years.floor(wanted);
    String held = years.isEmpty() ? "no year" : years.stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", "));
    if (used == null) {
      out.add(new ReferenceDataNote(ReferenceList.TIP_TIERS, "No TIP report data for " + wanted
          + " or earlier (the list holds " + held + "): the tip-tier rule gives no signal"));
      return List.copyOf(out);
    }
    if (used < wanted) {
      out.add(new ReferenceDataNote(ReferenceList.TIP_TIERS, "TIP report data for " + wanted
          + " not in the reference data; latest year " + used + " used"));
    }
    java.util.EnumSet<TipTier> tiers = java.util.EnumSet.noneOf(TipTier.class);
    for (TipRanking r : tipRankings) {
      if (r.reportYear() == used) {
        tiers.add(r.tier());
      }
    }
    java.util.EnumSet<TipTier> signalling =
        java.util.EnumSet.of(TipTier.TIER_2_WATCH_LIST, TipTier.TIER_3, TipTier.SPECIAL_CASE);
    signalling.retainAll(tiers);
    if (signalling.isEmpty()) {
      out.add(new ReferenceDataNote(ReferenceList.TIP_TIERS, "The " + used + " TIP rows hold only "
          + tiers.stream().map(ReferenceData::tierName).collect(java.util.stream.Collectors.joining(" and "))
          + ": a country on the Tier 2 Watch List, Tier 3 or a Special Case in " + used + " gives no signal"));
    }
    return List.copyOf(out);
  }

  private static String tierName(TipTier t) {
    return switch (t) {
      case TIER_1 -> "Tier 1";
      case TIER_2 -> "Tier 2";
      case TIER_2_WATCH_LIST -> "Tier 2 Watch List";
      case TIER_3 -> "Tier 3";
      case SPECIAL_CASE -> "Special Case";
    };
  }

  private int rows(ReferenceList list, int csvRows) {
    return switch (list) {
      case UFLPA_ENTITY_LIST -> uflpaEntities.size();
      case ILAB_GOODS -> (int) ilabGoods.stream().filter(g -> g.effectiveDate() == null).count();
      case TIP_TIERS -> tipRankings.size();
      case WRO_FINDINGS, WRO_FINDINGS_DATED -> (int) wroFindings.stream().filter(w -> w.list() == list).count();
      default -> csvRows;
    };
  }

  /**
   * The size of the official list where a source states it: the UFLPA Entity List had 187 entities after Federal
   * Register notice 2026-15628 of 2026-08-03 (third-party research note, see PROVENANCE.md); CBP's Withhold Release
   * Orders and Findings list had 97 records in its fiscal 2026 December file.
   */
  private OptionalInt officialSize(ReferenceList list) {
    if (!stripTag(versions.get(list).version()).equals(stripTag(BUNDLED_VERSIONS.get(list).version()))) {
      return OptionalInt.empty();
    }
    return switch (list) {
      case UFLPA_ENTITY_LIST -> OptionalInt.of(187);
      case WRO_FINDINGS, WRO_FINDINGS_DATED -> OptionalInt.of(97);
      default -> OptionalInt.empty();
    };
  }

  private Optional<LocalDate> newestEntry(ReferenceList list) {
    return switch (list) {
      case UFLPA_ENTITY_LIST -> uflpaEntities.stream().map(UflpaEntity::effectiveDate).filter(Objects::nonNull)
          .max(Comparator.naturalOrder());
      case WRO_FINDINGS, WRO_FINDINGS_DATED -> wroFindings.stream().filter(w -> w.list() == list)
          .flatMap(w -> w.endDate() == null ? java.util.stream.Stream.of(w.effectiveDate())
              : java.util.stream.Stream.of(w.effectiveDate(), w.endDate()))
          .max(Comparator.naturalOrder());
      case TIP_TIERS -> tipRankings.stream().map(TipRanking::reportYear).max(Comparator.naturalOrder())
          .map(y -> LocalDate.of(y, 12, 31));
      case ILAB_GOODS -> ilabGoods.stream().map(g -> g.endDate() != null ? g.endDate() : g.effectiveDate())
          .filter(Objects::nonNull).max(Comparator.naturalOrder());
      case ILAB_CHANGES -> Optional.of(ILAB_2024);
      default -> Optional.empty();
    };
  }

  /**
   * Returns the SHA-256 of one list's file, in lower-case hex.
   *
   * @param list the list; never null
   * @return the checksum; never null
   */
  public String sha256(ReferenceList list) {
    return Sha256.hex(raw.get(Objects.requireNonNull(list, "list")));
  }

  /**
   * Returns a SHA-256 over every list's checksum and version: equal fingerprints mean equal reference data.
   *
   * @return the fingerprint in lower-case hex; never null
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Writes this data as a pinned snapshot: one CSV file per list, byte for byte, and a manifest {@code snapshot.csv}
   * with each file's SHA-256 and version. Existing files of the same names are replaced.
   *
   * @param directory the directory, created if missing; never null
   * @throws UncheckedIOException when writing fails
   */
  public void writeSnapshot(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      StringBuilder manifest = new StringBuilder(Csv.format(MANIFEST_HEADER));
      for (ReferenceList list : ReferenceList.values()) {
        Files.write(directory.resolve(list.fileName()), raw.get(list));
        manifest.append(manifestLine(list));
      }
      Files.writeString(directory.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reference data snapshot to " + directory, e);
    }
  }

  /**
   * Reads a snapshot written by {@link #writeSnapshot(Path)}, checking every file against its SHA-256.
   *
   * @param directory the snapshot directory; never null
   * @return the pinned data; never null
   * @throws ReferenceDataException when the manifest is malformed, a list is missing, or a file does not match its
   *     checksum
   * @throws UncheckedIOException when reading fails
   */
  public static ReferenceData readSnapshot(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Path manifestPath = directory.resolve(MANIFEST);
      List<Csv.Row> rows =
          Csv.parse(manifestPath.toString(), Files.readString(manifestPath, StandardCharsets.UTF_8), MANIFEST_HEADER, ReferenceDataException::new);
      Map<ReferenceList, byte[]> raw = new EnumMap<>(ReferenceList.class);
      Map<ReferenceList, ReferenceDataVersion> versions = new EnumMap<>(ReferenceList.class);
      for (Csv.Row row : rows) {
        ReferenceList list;
        try {
          list = ReferenceList.valueOf(row.get(0));
        } catch (IllegalArgumentException e) {
          throw new ReferenceDataException(manifestPath + ":" + row.line() + ": unknown list " + row.get(0));
        }
        Path file = directory.resolve(list.fileName());
        byte[] bytes = Files.readAllBytes(file);
        if (!Sha256.hex(bytes).equals(row.get(2))) {
          throw new ReferenceDataException(
              file + ": SHA-256 is " + Sha256.hex(bytes) + " but the snapshot manifest pins " + row.get(2));
        }
        raw.put(list, bytes);
        versions.put(list, new ReferenceDataVersion(row.get(3), row.get(4), Boolean.parseBoolean(row.get(5)),
            row.get(6), row.get(7), row.get(8)));
      }
      for (ReferenceList list : ReferenceList.values()) {
        if (!raw.containsKey(list)) {
          throw new ReferenceDataException(manifestPath + ": the snapshot has no " + list + " row");
        }
      }
      return new ReferenceData(raw, versions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference data snapshot in " + directory, e);
    }
  }

  private String manifestLine(ReferenceList list) {
    ReferenceDataVersion v = versions.get(list);
    return Csv.format(List.of(list.name(), list.fileName(), Sha256.hex(raw.get(list)), v.name(), v.version(),
        Boolean.toString(v.complete()), v.publisher(), v.source(), v.note()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceData other && fingerprint().equals(other.fingerprint());
  }

  @Override
  public int hashCode() {
    return fingerprint().hashCode();
  }

  @Override
  public String toString() {
    return "ReferenceData" + versions.values().stream().map(ReferenceDataVersion::version).toList();
  }

  /** Replaces lists of a {@link ReferenceData} with newer editions. Not thread-safe; build once, share the result. */
  public static final class Builder {
    private final Map<ReferenceList, byte[]> raw;
    private final Map<ReferenceList, ReferenceDataVersion> versions;
    private final Map<ReferenceList, String> sources = new EnumMap<>(ReferenceList.class);

    private Builder(ReferenceData from) {
      this.raw = new EnumMap<>(from.raw);
      this.versions = new EnumMap<>(from.versions);
    }

    /**
     * Replaces one list with a CSV file that has the list's columns ({@link ReferenceList#header()}).
     *
     * @param list which list; never null
     * @param csv the UTF-8 CSV file; never null
     * @param version its edition (say {@code complete=false} for a partial copy); never null
     * @return this builder
     * @throws UncheckedIOException when the file cannot be read
     */
    public Builder load(ReferenceList list, Path csv, ReferenceDataVersion version) {
      return load(list, csv.toString(), PublishedLists.read(csv), version);
    }

    /**
     * Replaces one list with CSV content that has the list's columns; {@link #build()} names the list's
     * {@link ReferenceList#fileName()} in its messages.
     *
     * @param list which list; never null
     * @param csv the UTF-8 CSV bytes; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder load(ReferenceList list, byte[] csv, ReferenceDataVersion version) {
      return load(list, Objects.requireNonNull(list, "list").fileName(), csv, version);
    }

    /**
     * Replaces one list with CSV content that has the list's columns ({@link ReferenceList#header()}, then any of
     * {@link ReferenceList#optionalColumns()}). The content is checked by {@link #build()}, whose errors name
     * {@code sourceName}, the line and the column.
     *
     * @param list which list; never null
     * @param sourceName the name of the file, for messages; never null
     * @param csv the UTF-8 CSV bytes; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder load(ReferenceList list, String sourceName, byte[] csv, ReferenceDataVersion version) {
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(csv, "csv");
      Objects.requireNonNull(version, "version");
      raw.put(list, Arrays.copyOf(csv, csv.length));
      versions.put(list, version);
      sources.put(list, sourceName);
      return this;
    }

    /**
     * Replaces the UFLPA Entity List with a newer copy.
     *
     * @param csv the CSV file; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder uflpaEntityList(Path csv, ReferenceDataVersion version) {
      return uflpaEntityList(csv.toString(), PublishedLists.read(csv), version);
    }

    /**
     * Replaces the UFLPA Entity List with a newer copy: a CSV file with the list's columns
     * ({@link ReferenceList#header()}, optionally followed by {@code removed_date}; its first line starts with
     * {@code name,}), or the appendix table of a DHS Federal Register notice as text (see
     * {@link #addUflpaEntities(String, byte[], ReferenceDataVersion)}).
     *
     * @param sourceName the name of the file, for messages and sources; never null
     * @param content the UTF-8 file; never null
     * @param version its edition; never null
     * @return this builder
     * @throws ReferenceDataException naming {@code sourceName}, the line and the column of a bad row
     */
    public Builder uflpaEntityList(String sourceName, byte[] content, ReferenceDataVersion version) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(version, "version");
      String text = PublishedLists.decode(sourceName, content);
      if (PublishedLists.isUflpaCsv(text)) {
        return load(ReferenceList.UFLPA_ENTITY_LIST, sourceName, content, version);
      }
      byte[] csv = PublishedLists.federalRegisterTable(sourceName, text);
      return load(ReferenceList.UFLPA_ENTITY_LIST, sourceName + " (read as a Federal Register appendix table)", csv,
          fromPublisherForm(version, sourceName, content, "the appendix table of a Federal Register notice"));
    }

    /**
     * Adds the rows of another UFLPA Entity List file to the list this builder holds (the bundled one, unless it was
     * replaced): for example the latest Federal Register additions, or the complete list when the bundled one is
     * partial. A row whose name or an alias equals, after normalisation (case, accents, punctuation, legal forms), the
     * name or an alias of a row already held is folded into it: the added row's dates, section, location and sector
     * win where it gives them (it is taken to be newer), aliases are united, and the source names both files. Other
     * rows are appended, their source naming the file and line they come from. The list's version names both.
     *
     * @param sourceName the name of the file, for messages and sources (for example {@code uflpa-2026-08.csv}); never
     *     null
     * <p>The file is either a CSV file with the list's columns ({@link ReferenceList#header()}, optionally followed
     * by {@code removed_date}; its first line starts with {@code name,}), or the UFLPA Entity List as the appendix of
     * a DHS Federal Register notice ("Notice Regarding the Uyghur Forced Labor Prevention Act Entity List", for
     * example FR Doc. 2023-16361 of 2023-08-02 and 2024-10544 of 2024-05-17, each of which says "The updated UFLPA
     * Entity List is also published as an appendix to this notice"), copied as text: one entity a line, its other
     * names in parentheses as DHS writes them ("(also known as A; B)"), the clause of UFLPA section 2(d)(2)(B) in a
     * cell or in a heading above the rows ("Section 2(d)(2)(B)(v)"), and optionally an address and an effective
     * date; cells are separated by tabs, by two or more spaces or by a dot leader, and a header line (Entity name,
     * Aliases, Address, Section or UFLPA Legal Authority, Effective date) fixes their order. The exact layout of the
     * appendix was not available as text when this reader was written; the rules above are what it accepts, and a
     * line it cannot read is an error naming the line and column, never skipped.
     *
     * @param csv the UTF-8 file: CSV in the list's columns or the Federal Register table as text; never null
     * @param version the added file's edition; its {@code complete} flag says whether the result is the whole list;
     *     never null
     * @return this builder
     * @throws ReferenceDataException naming {@code sourceName}, the line and the column of a bad row
     */
    public Builder addUflpaEntities(String sourceName, byte[] csv, ReferenceDataVersion version) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(csv, "csv");
      Objects.requireNonNull(version, "version");
      String text = PublishedLists.decode(sourceName, csv);
      boolean converted = !PublishedLists.isUflpaCsv(text);
      if (converted) {
        version = fromPublisherForm(version, sourceName, csv, "the appendix table of a Federal Register notice");
        csv = PublishedLists.federalRegisterTable(sourceName, text);
      }
      ReferenceList list = ReferenceList.UFLPA_ENTITY_LIST;
      String heldName = sources.getOrDefault(list, list.fileName());
      List<UflpaEntity> held = parseUflpa(heldName,
          Csv.parse(heldName, PublishedLists.decode(heldName, raw.get(list)), list.header(), list.optionalColumns(), ReferenceDataException::new));
      List<UflpaEntity> added = parseUflpa(sourceName,
          Csv.parse(sourceName, PublishedLists.decode(sourceName, csv), list.header(), list.optionalColumns(), ReferenceDataException::new));
      List<UflpaEntity> merged = new ArrayList<>(held);
      Map<String, Integer> byName = new HashMap<>();
      for (int i = 0; i < held.size(); i++) {
        for (String n : allNames(held.get(i))) {
          byName.putIfAbsent(Normalizer.key(n), i);
        }
      }
      int folded = 0;
      for (UflpaEntity a : added) {
        Integer at = null;
        for (String n : allNames(a)) {
          at = byName.get(Normalizer.key(n));
          if (at != null) {
            break;
          }
        }
        String from = converted ? a.source()
            : sourceName + " line " + a.row() + (a.source().isBlank() ? "" : ": " + a.source());
        if (at == null) {
          merged.add(new UflpaEntity(a.name(), a.aliases(), a.section(), a.effectiveDate(), a.location(), a.sector(),
              from, a.row(), a.removedDate()));
          for (String n : allNames(a)) {
            byName.putIfAbsent(Normalizer.key(n), merged.size() - 1);
          }
        } else {
          folded++;
          UflpaEntity h = merged.get(at);
          java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>(h.aliases());
          aliases.addAll(a.aliases());
          if (!a.name().equals(h.name())) {
            aliases.add(a.name());
          }
          aliases.remove(h.name());
          merged.set(at, new UflpaEntity(h.name(), List.copyOf(aliases), a.section().isEmpty() ? h.section() : a.section(),
              a.effectiveDate() != null ? a.effectiveDate() : h.effectiveDate(),
              a.location().isEmpty() ? h.location() : a.location(), a.sector().isEmpty() ? h.sector() : a.sector(),
              h.source() + " | also in " + from, h.row(),
              a.removedDate() != null ? a.removedDate() : h.removedDate()));
        }
      }
      ReferenceDataVersion base = versions.get(list);
      raw.put(list, uflpaCsv(merged));
      versions.put(list, new ReferenceDataVersion(base.name(),
          stripTag(base.version()) + " + " + sourceName + " (" + stripTag(version.version()) + ")",
          version.complete(), base.publisher(), base.source() + "; " + sourceName + ": " + version.source(),
          added.size() + " rows added from " + sourceName + ", " + folded + " of them folded into rows already held"
              + (version.complete() ? "" : "; " + base.note())));
      return this;
    }

    /**
     * Adds the rows of another UFLPA Entity List file; see {@link #addUflpaEntities(String, byte[],
     * ReferenceDataVersion)}.
     *
     * @param csv the CSV file; never null
     * @param version the added file's edition; never null
     * @return this builder
     * @throws UncheckedIOException when the file cannot be read
     * @throws ReferenceDataException naming the file, the line and the column of a bad row
     */
    public Builder addUflpaEntities(Path csv, ReferenceDataVersion version) {
      return addUflpaEntities(csv.toString(), PublishedLists.read(csv), version);
    }

    /**
     * Replaces the ILAB List of Goods with a newer edition.
     *
     * @param csv the CSV file; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder ilabGoods(Path csv, ReferenceDataVersion version) {
      return ilabGoods(csv.toString(), PublishedLists.read(csv), version);
    }

    /**
     * Replaces the ILAB List of Goods with an edition in the list's columns ({@link ReferenceList#header()}: good,
     * sector, country, region, child_labor, forced_labor, forced_child_labor, downstream_good, input_source_country,
     * list_edition). The bundled 2024 changes ({@link ReferenceList#ILAB_CHANGES}) name rows of the 2022 edition, so
     * they are no longer applied: the changes list is emptied, and its version says why. {@link #build()} names
     * {@code sourceName}, the line and the column of a bad row.
     *
     * @param sourceName the name of the file, for messages; never null
     * @param csv the UTF-8 CSV bytes; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder ilabGoods(String sourceName, byte[] csv, ReferenceDataVersion version) {
      load(ReferenceList.ILAB_GOODS, sourceName, csv, version);
      ReferenceList changes = ReferenceList.ILAB_CHANGES;
      ReferenceDataVersion base = versions.get(changes);
      return load(changes, changes.fileName(), Csv.format(changes.header()).getBytes(StandardCharsets.UTF_8),
          new ReferenceDataVersion(base.name(), "not applied", true, base.publisher(), base.source(),
              "emptied: the ILAB List of Goods was replaced by " + sourceName + " (" + version.version()
                  + "), whose rows these changes do not name"));
    }

    /**
     * Replaces the TIP tiers with a newer edition.
     *
     * @param csv the CSV file; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder tipTiers(Path csv, ReferenceDataVersion version) {
      return load(ReferenceList.TIP_TIERS, csv, version);
    }

    /**
     * Replaces the WRO and Findings list with a newer copy.
     *
     * @param csv the CSV file; never null
     * @param version its edition; never null
     * @return this builder
     */
    public Builder wroFindings(Path csv, ReferenceDataVersion version) {
      return load(ReferenceList.WRO_FINDINGS, csv, version);
    }

    /**
     * Replaces the WRO and Findings lists with CBP's own list as CBP publishes it as CSV ("Withhold Release Orders and
     * Findings Dataset", linked from https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings).
     * CBP's list is the authority for both bundled WRO lists, so its rows replace {@link ReferenceList#WRO_FINDINGS_DATED}
     * and {@link ReferenceList#WRO_FINDINGS} is emptied (its version names the file that replaced it).
     *
     * <p>Columns are found by their names, in any order: {@code Effective Date}, {@code Country}, {@code Entity},
     * {@code WRO/Finding} and {@code Status} are required; {@code Calendar Year}, {@code Country Code},
     * {@code Merchandise}, {@code Industry}, {@code Modified Date}, {@code Remarks} and {@code Press Release} are
     * read when present; any other column is an error. These are the column names read from CBP's CSV by the
     * OpenSanctions crawler of the dataset ({@code opensanctions/opensanctions},
     * {@code datasets/us/cbp_forced_labor/crawler.py}, which also gives CBP's date form M/D/YYYY); CBP has added and
     * dropped columns over time ({@code Merchandise} and {@code Modified Date} are not in every file). Statuses
     * {@code Active} and {@code Partially Active} (in force) are the ones that crawler names; {@code Inactive},
     * {@code Modified}, {@code Partially Modified}, {@code Revoked} and {@code Vacated} are accepted too, and an
     * order that is inactive, modified, revoked or vacated no longer detains goods from its {@code Modified Date}.
     * Any other status is an error.
     *
     * @param sourceName the name of the file, for messages and each row's source; never null
     * @param csv the UTF-8 CSV file as CBP publishes it; never null
     * @param version its edition (for example the file's date); never null
     * @return this builder
     * @throws ReferenceDataException naming {@code sourceName}, the line, the column and the field of a bad value
     */
    public Builder cbpWroFindings(String sourceName, byte[] csv, ReferenceDataVersion version) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(csv, "csv");
      Objects.requireNonNull(version, "version");
      byte[] ours = PublishedLists.cbpWroCsv(sourceName, csv);
      ReferenceList undated = ReferenceList.WRO_FINDINGS;
      ReferenceDataVersion base = versions.get(undated);
      load(undated, undated.fileName(), Csv.format(undated.header()).getBytes(StandardCharsets.UTF_8),
          new ReferenceDataVersion(base.name(), "replaced by " + sourceName, true, base.publisher(), base.source(),
              "emptied: CBP's own list in " + sourceName + " replaces it"));
      return load(ReferenceList.WRO_FINDINGS_DATED, sourceName + " (read in CBP's layout)", ours,
          fromPublisherForm(version, sourceName, csv, "CBP's Withhold Release Orders and Findings CSV"));
    }

    /**
     * Replaces the WRO and Findings lists with CBP's own CSV file; see
     * {@link #cbpWroFindings(String, byte[], ReferenceDataVersion)}.
     *
     * @param csv the file; never null
     * @param version its edition; never null
     * @return this builder
     * @throws ReferenceDataException naming the file, the line, the column and the field of a bad value
     */
    public Builder cbpWroFindings(Path csv, ReferenceDataVersion version) {
      return cbpWroFindings(csv.toString(), PublishedLists.read(csv), version);
    }

    /**
     * Replaces WRO and Findings rows with a CSV file whose layout is read from its header: CBP's layout (a column
     * named {@code Effective Date} or {@code WRO/Finding}) as {@link #cbpWroFindings(String, byte[],
     * ReferenceDataVersion)}; this library's dated columns ({@link ReferenceList#WRO_FINDINGS_DATED}, with
     * {@code modified_date}) replace the dated list; otherwise the file replaces {@link ReferenceList#WRO_FINDINGS}
     * and must have its columns.
     *
     * @param sourceName the name of the file, for messages; never null
     * @param csv the UTF-8 CSV file; never null
     * @param version its edition; never null
     * @return this builder
     * @throws ReferenceDataException naming {@code sourceName}, the line and the column of a bad value (by
     *     {@link #build()} for this library's columns)
     */
    public Builder wroList(String sourceName, byte[] csv, ReferenceDataVersion version) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(csv, "csv");
      if (PublishedLists.isCbpLayout(sourceName, csv)) {
        return cbpWroFindings(sourceName, csv, version);
      }
      List<Csv.Row> first = Csv.parseAll(sourceName, PublishedLists.decode(sourceName, csv), ReferenceDataException::new);
      boolean dated = !first.isEmpty() && first.get(0).fields().equals(ReferenceList.WRO_FINDINGS_DATED.header());
      return load(dated ? ReferenceList.WRO_FINDINGS_DATED : ReferenceList.WRO_FINDINGS, sourceName, csv, version);
    }

    /** The version of a list read from a publisher's form: the note says which file, form and bytes it was. */
    private static ReferenceDataVersion fromPublisherForm(ReferenceDataVersion v, String sourceName, byte[] bytes,
        String form) {
      String read = "read from " + sourceName + " as " + form + " (sha256 " + Sha256.hex(bytes) + ")";
      return new ReferenceDataVersion(v.name(), v.version(), v.complete(), v.publisher(), v.source(),
          v.note().isEmpty() ? read : v.note() + "; " + read);
    }

    /**
     * Parses and checks every list.
     *
     * @return the reference data; never null
     * @throws ReferenceDataException naming the file, line and column of the first bad row
     */
    public ReferenceData build() {
      return new ReferenceData(raw, versions, sources);
    }
  }

  // ---------------------------------------------------------------------------------------------------- parsing

  private static List<String> allNames(UflpaEntity e) {
    List<String> out = new ArrayList<>(e.aliases().size() + 1);
    out.add(e.name());
    out.addAll(e.aliases());
    out.removeIf(n -> Normalizer.key(n).isEmpty());
    return out;
  }

  /** Writes entities in the list's columns, {@code removed_date} included. */
  private static byte[] uflpaCsv(List<UflpaEntity> entities) {
    ReferenceList list = ReferenceList.UFLPA_ENTITY_LIST;
    List<String> header = new ArrayList<>(list.header());
    header.addAll(list.optionalColumns());
    StringBuilder out = new StringBuilder(Csv.format(header));
    for (UflpaEntity e : entities) {
      out.append(Csv.format(List.of(e.name(), String.join(" | ", e.aliases()), e.section(),
          e.effective().map(Object::toString).orElse(""), e.location(), e.sector(), e.source(),
          e.removed().map(Object::toString).orElse(""))));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<UflpaEntity> parseUflpa(String file, List<Csv.Row> rows) {
    List<UflpaEntity> out = new ArrayList<>(rows.size());
    for (Csv.Row r : rows) {
      String name = required(file, r, 0, "name");
      List<String> aliases = splitBar(r.get(1));
      LocalDate effective = r.get(3).isBlank() ? null : date(file, r, 3, "effective_date");
      LocalDate removed = r.get(7).isBlank() ? null : date(file, r, 7, "removed_date");
      if (effective != null && removed != null && removed.isBefore(effective)) {
        throw bad(file, r, "removed_date", "removed on " + removed + ", before it was listed on " + effective);
      }
      out.add(new UflpaEntity(name.strip(), aliases, r.get(2).strip(), effective, r.get(4).strip(), r.get(5).strip(),
          r.get(6).strip(), r.line(), removed));
    }
    return List.copyOf(out);
  }

  private static List<IlabGood> parseIlab(String file, List<Csv.Row> rows) {
    List<IlabGood> out = new ArrayList<>(rows.size());
    for (Csv.Row r : rows) {
      out.add(new IlabGood(required(file, r, 0, "good").strip(), r.get(1).strip(), required(file, r, 2, "country")
          .strip(), r.get(3).strip(), bool(file, r, 4, "child_labor"), bool(file, r, 5, "forced_labor"),
          bool(file, r, 6, "forced_child_labor"), bool(file, r, 7, "downstream_good"), r.get(8).strip(),
          required(file, r, 9, "list_edition").strip(), r.line()));
    }
    return List.copyOf(out);
  }

  /** The day the ILAB List's 2024 edition took effect: September 2024, the first of the month (no source gives the day). */
  private static final LocalDate ILAB_2024 = LocalDate.of(2024, 9, 1);

  /**
   * Applies the 2024 edition's named changes: a {@code REMOVED} row ends the bundled row of the same good and country
   * on {@link #ILAB_2024}; an {@code ADDED} row with a country starts a row then, whose labor flags the source does not
   * give. Other changes (no country, a new country, summary downstream goods) cannot be matched and are information
   * only.
   */
  private static List<IlabGood> withChanges(List<IlabGood> goods, String file, List<Csv.Row> changes,
      ReferenceDataVersion v) {
    List<IlabGood> out = new ArrayList<>(goods);
    for (Csv.Row r : changes) {
      String kind = required(file, r, 0, "change").strip();
      String good = r.get(1).strip();
      String country = r.get(2).strip();
      String cite = v.name() + ", " + v.version() + ", " + file + " line " + r.line() + ": " + kind.toLowerCase(
          java.util.Locale.ROOT) + " in the 2024 edition (September 2024); " + r.get(6).strip();
      switch (kind) {
        case "REMOVED" -> {
          boolean found = false;
          for (int i = 0; i < out.size(); i++) {
            IlabGood g = out.get(i);
            if (!g.downstreamGood() && g.good().equalsIgnoreCase(good) && g.country().equalsIgnoreCase(country)) {
              out.set(i, new IlabGood(g.good(), g.sector(), g.country(), g.region(), g.childLabor(), g.forcedLabor(),
                  g.forcedChildLabor(), g.downstreamGood(), g.inputSourceCountry(), g.edition(), g.row(),
                  g.effectiveDate(), ILAB_2024, cite, g.laborFlagsStated()));
              found = true;
            }
          }
          if (!found) {
            throw bad(file, r, "good", "no row of the bundled edition lists '" + good + "' from '" + country + "'");
          }
        }
        case "ADDED" -> {
          if (!country.isEmpty() && !good.isEmpty()) {
            out.add(new IlabGood(good, "", country, "", false, false, false, false, "", "2024", r.line(), ILAB_2024,
                null, cite, false));
          }
        }
        case "NEW_COUNTRY", "ADDED_DOWNSTREAM" -> {
          // information only: no good, or no exact good, to match
        }
        default -> throw bad(file, r, "change",
            "expected REMOVED, ADDED, NEW_COUNTRY or ADDED_DOWNSTREAM, found '" + kind + "'");
      }
    }
    return List.copyOf(out);
  }

  private static List<TipRanking> parseTip(String file, List<Csv.Row> rows) {
    List<TipRanking> out = new ArrayList<>(rows.size());
    for (Csv.Row r : rows) {
      String iso = required(file, r, 0, "iso_alpha2").strip();
      TipTier tier;
      try {
        tier = TipTier.valueOf(r.get(2).strip());
      } catch (IllegalArgumentException e) {
        throw bad(file, r, "tier", "unknown tier '" + r.get(2) + "'");
      }
      int year;
      try {
        year = Integer.parseInt(r.get(3).strip());
      } catch (NumberFormatException e) {
        throw bad(file, r, "report_year", "not a year: '" + r.get(3) + "'");
      }
      out.add(new TipRanking(iso, r.get(1).strip(), tier, year, r.get(4).strip(), r.line()));
    }
    return List.copyOf(out);
  }

  private static List<WroFinding> parseWro(String file, List<Csv.Row> rows) {
    List<WroFinding> out = new ArrayList<>(rows.size());
    for (Csv.Row r : rows) {
      String type = required(file, r, 1, "action_type").strip();
      if (!type.equals("WRO") && !type.equals("FINDING")) {
        throw bad(file, r, "action_type", "expected WRO or FINDING, found '" + type + "'");
      }
      LocalDate removed = r.get(8).isBlank() ? null : date(file, r, 8, "removed_date");
      out.add(new WroFinding(date(file, r, 0, "effective_date"), type, required(file, r, 2, "entity_or_scope").strip(),
          r.get(3).strip(), required(file, r, 4, "iso_alpha2").strip(), r.get(5).strip(), r.get(6).strip(),
          r.get(7).strip(), r.line(), removed, ReferenceList.WRO_FINDINGS, ""));
    }
    return List.copyOf(out);
  }

  /**
   * The dated list gives some dates as a year or a month only. A start is read as the first day of the period and an
   * end as its last day, so that an order is never taken to begin later or end earlier than the source allows.
   */
  private static List<WroFinding> parseWroDated(String file, List<Csv.Row> rows) {
    List<WroFinding> out = new ArrayList<>(rows.size());
    for (Csv.Row r : rows) {
      String type = required(file, r, 1, "action_type").strip();
      if (!type.equals("WRO") && !type.equals("FINDING")) {
        throw bad(file, r, "action_type", "expected WRO or FINDING, found '" + type + "'");
      }
      LocalDate effective = partialDate(file, r, 0, "effective_date", false);
      LocalDate end = r.get(7).isBlank() ? null : partialDate(file, r, 7, "modified_date", true);
      String status = required(file, r, 6, "status").strip();
      out.add(new WroFinding(effective, type, required(file, r, 2, "entity_or_scope").strip(), r.get(3).strip(),
          required(file, r, 4, "iso_alpha2").strip(), r.get(5).strip(), status,
          "dated from a CBP release or a trade-press report of one", r.line(), end,
          ReferenceList.WRO_FINDINGS_DATED, r.get(8).strip()));
    }
    return List.copyOf(out);
  }

  private static LocalDate partialDate(String file, Csv.Row r, int col, String name, boolean end) {
    String v = r.get(col).strip();
    try {
      if (v.matches("\\d{4}")) {
        Year y = Year.parse(v);
        return end ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(v);
        return end ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw bad(file, r, name, "not a date (YYYY-MM-DD, YYYY-MM or YYYY): '" + r.get(col) + "'");
    }
  }

  private static List<GoodMapping> parseMapping(String file, List<Csv.Row> rows) {
    List<GoodMapping> out = new ArrayList<>(rows.size());
    for (Csv.Row r : rows) {
      String prefix = r.get(0).strip();
      if (!prefix.chars().allMatch(Character::isDigit)) {
        throw bad(file, r, "hs_prefix", "digits only, found '" + prefix + "'");
      }
      List<String> keywords = splitBar(r.get(1)).stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
      if (prefix.isEmpty() && keywords.isEmpty()) {
        throw bad(file, r, "hs_prefix", "a row needs an HS prefix or keywords");
      }
      if (r.get(2).isBlank() && r.get(3).isBlank()) {
        throw bad(file, r, "ilab_good", "a row needs an ILAB good or a UFLPA sector");
      }
      out.add(new GoodMapping(prefix, keywords, r.get(2).strip(), r.get(3).strip(), r.get(4).strip(), r.line()));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> parsePairs(ReferenceList list, String file, List<Csv.Row> rows) {
    Map<String, String> out = new TreeMap<>();
    for (Csv.Row r : rows) {
      String key = required(file, r, 0, list.header().get(0)).strip();
      String value = required(file, r, 1, list.header().get(1)).strip();
      if (out.put(key, value) != null) {
        throw bad(file, r, list.header().get(0), "duplicate '" + key + "'");
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<String> splitBar(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String required(String file, Csv.Row r, int col, String name) {
    String v = r.get(col);
    if (v.isBlank()) {
      throw bad(file, r, name, "required value is blank");
    }
    return v;
  }

  private static boolean bool(String file, Csv.Row r, int col, String name) {
    String v = r.get(col).strip();
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw bad(file, r, name, "expected true or false, found '" + v + "'");
  }

  private static LocalDate date(String file, Csv.Row r, int col, String name) {
    try {
      return LocalDate.parse(r.get(col).strip());
    } catch (DateTimeParseException e) {
      throw bad(file, r, name, "not an ISO date: '" + r.get(col) + "'");
    }
  }

  private static ReferenceDataException bad(String file, Csv.Row r, String column, String message) {
    return new ReferenceDataException(file + ": row at line " + r.line() + ", column " + column + ": " + message);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled reference data missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + name, e);
    }
  }

  private static String stripTag(String version) {
    int i = version.lastIndexOf(" (sha256 ");
    return i >= 0 && version.endsWith(")") ? version.substring(0, i) : version;
  }


  private static Map<ReferenceList, ReferenceDataVersion> bundledVersions() {
    Map<ReferenceList, ReferenceDataVersion> m = new EnumMap<>(ReferenceList.class);
    String prov = "see PROVENANCE.md bundled with ctpat4j-risk";
    m.put(ReferenceList.UFLPA_ENTITY_LIST, new ReferenceDataVersion(ReferenceList.UFLPA_ENTITY_LIST.title(),
        "partial snapshot of 2026-12: 91 of the 187 entities listed after 2026-08-03", false,
        "U.S. Department of Homeland Security / Forced Labor Enforcement Task Force",
        "https://www.dhs.gov/uflpa-entity-list via press and law-firm summaries of each batch; " + prov,
        "PARTIAL: about half of the list; no match is not proof that an entity is not listed"));
    m.put(ReferenceList.ILAB_CHANGES, new ReferenceDataVersion(ReferenceList.ILAB_CHANGES.title(),
        "18 changes named by trade press quoting DOL, September 2024", false,
        "U.S. Department of Labor, Bureau of International Labor Affairs",
        "trade-press pages quoting DOL (each row's source_url); " + prov,
        "PARTIAL: the 2024 edition lists 204 goods from 82 countries, with 72 additions; only the changes named here are"
            + " applied (4 removals end 2022 rows, 2 additions with a country start rows); the 2024 edition is not"
            + " bundled"));
    m.put(ReferenceList.ILAB_GOODS, new ReferenceDataVersion(ReferenceList.ILAB_GOODS.title(), "2022 edition", true,
        "U.S. Department of Labor, Bureau of International Labor Affairs",
        "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods via DOL's Child-Labor-Android repository; "
            + prov,
        "complete for the 2022 edition; of the September 2024 edition only the named changes are applied"));
    m.put(ReferenceList.TIP_TIERS, new ReferenceDataVersion(ReferenceList.TIP_TIERS.title(),
        "2025 (99 of 188 placements: Tier 1, 17 of Tier 2, Tier 2 Watch List, Tier 3, Special Case) and 2023 (Tier 1,"
            + " Tier 2)", false,
        "U.S. Department of State",
        "https://www.state.gov/trafficking-in-persons-report/ via the CIA World Factbook mirror and gvnet.com; " + prov,
        "PARTIAL: about 89 Tier 2 countries of 2025 are missing; the newest report year (not after the day judged) that"
            + " lists a country is used"));
    m.put(ReferenceList.WRO_FINDINGS, new ReferenceDataVersion(ReferenceList.WRO_FINDINGS.title(),
        "active entries of CBP's fy26-dec list, third-party transcription", false,
        "U.S. Customs and Border Protection",
        "https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings; " + prov,
        "PARTIAL and UNVERIFIED: region-wide and entity WROs of 2020-2021 are missing; rows of the dated list win"));
    m.put(ReferenceList.WRO_FINDINGS_DATED, new ReferenceDataVersion(ReferenceList.WRO_FINDINGS_DATED.title(),
        "29 rows with dates and status, 2026-12", false, "U.S. Customs and Border Protection",
        "CBP releases and trade-press reports of them (each row's source_url); " + prov,
        "PARTIAL: about 68 of CBP's 97 records are in neither WRO list; CBP's own CSV is the authority"));
    m.put(ReferenceList.ILAB_GOOD_MAPPING, new ReferenceDataVersion(ReferenceList.ILAB_GOOD_MAPPING.title(), "1",
        true, "ctpat4j", "authored for ctpat4j from the Harmonized System 2022 nomenclature; " + prov,
        "maps HS prefixes and name keywords to ILAB goods and UFLPA high-priority sectors"));
    m.put(ReferenceList.ILAB_COUNTRIES, new ReferenceDataVersion(ReferenceList.ILAB_COUNTRIES.title(), "1", true,
        "ctpat4j", "authored for ctpat4j from ISO 3166-1; " + prov, "covers every country of the ILAB 2022 edition"));
    m.put(ReferenceList.ILAB_DOWNSTREAM_INPUTS, new ReferenceDataVersion(
        ReferenceList.ILAB_DOWNSTREAM_INPUTS.title(), "1", true, "ctpat4j",
        "authored for ctpat4j from the ILAB 2022 report's downstream-goods notes; " + prov,
        "names the input of each downstream good of the ILAB 2022 edition"));
    return Collections.unmodifiableMap(m);
  }
}
