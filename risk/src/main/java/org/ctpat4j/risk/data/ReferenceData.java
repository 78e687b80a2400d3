package org.ctpat4j.risk.data;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.ctpat4j.core.internal.Sha256;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * The reference lists the risk rules read, each with the edition it is ({@link ReferenceDataVersion}). Immutable and
 * thread-safe.
 *
 * <p>{@link #bundled()} is the snapshot shipped in this jar: the CSV files with their manifest {@code snapshot.csv}
 * (each list's edition, publisher, source, caveats and SHA-256), explained in {@code PROVENANCE.md} next to them. Its
 * UFLPA Entity List is <b>partial</b> (about half of the entities), as are its WRO list and its 2025 TIP tiers: a facility
 * that matches nothing is "not found in the lists consulted", never "not listed". Newer editions supplied by the user
 * (same CSV columns, see {@link ReferenceList#header()}) replace bundled lists through {@link #newBuilder()}.
 *
 * <p>To re-run an assessment later with the same answer, pin the data: {@link #writeSnapshot(Path)} writes every list
 * with a manifest of SHA-256 checksums, {@link #readSnapshot(Path)} reads it back and refuses altered files. Every
 * version string ends with the first 12 hex digits of its file's SHA-256, so a report names the exact bytes it used.
 */
public final class ReferenceData {

  private static volatile ReferenceData bundled;

  private final Map<ReferenceList, byte[]> raw;
  private final Map<ReferenceList, String> sha256; // of each list's file, hashed once
  private final Map<ReferenceList, ReferenceDataVersion> versions;
  private final ParsedLists lists;
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
    Map<ReferenceList, String> digests = new EnumMap<>(ReferenceList.class);
    Map<ReferenceList, ReferenceDataVersion> v = new EnumMap<>(ReferenceList.class);
    Map<ReferenceList, List<Csv.Row>> rows = new EnumMap<>(ReferenceList.class);
    Map<ReferenceList, String> files = new EnumMap<>(ReferenceList.class);
    for (ReferenceList list : ReferenceList.values()) {
      byte[] bytes = raw.get(list);
      String file = sources.getOrDefault(list, list.fileName());
      files.put(list, file);
      rows.put(list, Csv.parse(file, PublishedLists.decode(file, bytes), list.header(), list.optionalColumns(),
          ReferenceDataException::new));
      ReferenceDataVersion base = baseVersions.get(list);
      String digest = Sha256.hex(bytes);
      digests.put(list, digest);
      String tag = " (sha256 " + digest.substring(0, 12) + ")";
      String version = base.version().endsWith(tag) ? base.version() : stripTag(base.version()) + tag;
      v.put(list, new ReferenceDataVersion(base.name(), version, base.complete(), base.publisher(), base.source(),
          base.note()));
    }
    this.sha256 = Collections.unmodifiableMap(digests);
    this.versions = Collections.unmodifiableMap(v);
    this.lists = ParsedLists.parse(files, rows, v);
    StringBuilder sb = new StringBuilder();
    for (ReferenceList list : ReferenceList.values()) {
      sb.append(Snapshots.manifestLine(list, digests.get(list), v.get(list)));
    }
    this.fingerprint = Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    List<ListCoverage> cov = new ArrayList<>();
    for (ReferenceList list : ReferenceList.values()) {
      cov.add(new ListCoverage(list, v.get(list), lists.rows(list, rows.get(list).size()), officialSize(list),
          lists.newestEntry(list), digests.get(list)));
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
          Snapshots.Pinned pinned = Snapshots.readBundled();
          b = new ReferenceData(pinned.raw(), pinned.versions());
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
    return lists.uflpaEntities();
  }

  /**
   * Returns the ILAB List of Goods rows, in file order.
   *
   * @return the rows; never null
   */
  public List<IlabGood> ilabGoods() {
    return lists.ilabGoods();
  }

  /**
   * Returns the TIP report rows, in file order.
   *
   * @return the rows; never null
   */
  public List<TipRanking> tipRankings() {
    return lists.tipRankings();
  }

  /**
   * Returns the WRO and Finding rows of both lists, {@link ReferenceList#WRO_FINDINGS} then
   * {@link ReferenceList#WRO_FINDINGS_DATED}, each in file order. Where both describe the same order, the dated row
   * wins; the {@code wro-findings} rule decides which rows describe the same order.
   *
   * @return the rows; never null
   */
  public List<WroFinding> wroFindings() {
    return lists.wroFindings();
  }

  /**
   * Returns the material-to-ILAB-good table, in file order.
   *
   * @return the rows; never null
   */
  public List<GoodMapping> goodMappings() {
    return lists.goodMappings();
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code of each ILAB country name.
   *
   * @return ILAB name to ISO code, sorted by name; never null
   */
  public Map<String, String> ilabCountryCodes() {
    return lists.ilabCountryCodes();
  }

  /**
   * Returns the tainted input of each ILAB downstream good.
   *
   * @return downstream good to input good, sorted; never null
   */
  public Map<String, String> downstreamInputs() {
    return lists.downstreamInputs();
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
    return TipYearNotes.of(lists.tipRankings(), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * The size of the official list where a source states it, for the bundled edition only: the UFLPA Entity List had
   * 187 entities after Federal Register notice 2026-15628 of 2026-08-03 (third-party research note, see
   * PROVENANCE.md); CBP's Withhold Release Orders and Findings list had 97 records in its fiscal 2026 December file.
   */
  private OptionalInt officialSize(ReferenceList list) {
    String bundledVersion = BundledEdition.VERSIONS.get(list).version();
    if (!stripTag(versions.get(list).version()).equals(stripTag(bundledVersion))) {
      return OptionalInt.empty();
    }
    return switch (list) {
      case UFLPA_ENTITY_LIST -> OptionalInt.of(187);
      case WRO_FINDINGS, WRO_FINDINGS_DATED -> OptionalInt.of(97);
      default -> OptionalInt.empty();
    };
  }

  /**
   * Returns the SHA-256 of one list's file, in lower-case hex.
   *
   * @param list the list; never null
   * @return the checksum; never null
   */
  public String sha256(ReferenceList list) {
    return sha256.get(Objects.requireNonNull(list, "list"));
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
    Snapshots.write(raw, versions, Objects.requireNonNull(directory, "directory"));
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
    Snapshots.Pinned pinned = Snapshots.read(Objects.requireNonNull(directory, "directory"));
    return new ReferenceData(pinned.raw(), pinned.versions());
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
      List<UflpaEntity> held = UflpaEntityParser.parse(heldName, Csv.parse(heldName,
          PublishedLists.decode(heldName, raw.get(list)), list.header(), list.optionalColumns(),
          ReferenceDataException::new));
      List<UflpaEntity> added = UflpaEntityParser.parse(sourceName, Csv.parse(sourceName,
          PublishedLists.decode(sourceName, csv), list.header(), list.optionalColumns(), ReferenceDataException::new));
      UflpaEntityMerge merge = UflpaEntityMerge.of(held, added, sourceName, converted);
      ReferenceDataVersion base = versions.get(list);
      raw.put(list, UflpaEntityParser.format(merge.entities()).getBytes(StandardCharsets.UTF_8));
      versions.put(list, new ReferenceDataVersion(base.name(),
          stripTag(base.version()) + " + " + sourceName + " (" + stripTag(version.version()) + ")",
          version.complete(), base.publisher(), base.source() + "; " + sourceName + ": " + version.source(),
          added.size() + " rows added from " + sourceName + ", " + merge.folded() + " of them folded into rows already held"
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

  /** Holds the versions of the bundled lists, read from the bundled manifest on first use. */
  private static final class BundledEdition {
    static final Map<ReferenceList, ReferenceDataVersion> VERSIONS = Snapshots.bundledVersions();

    private BundledEdition() {}
  }

  /** A version without the {@code " (sha256 ...)"} tag this class appends. */
  static String stripTag(String version) {
    int i = version.lastIndexOf(" (sha256 ");
    return i >= 0 && version.endsWith(")") ? version.substring(0, i) : version;
  }
}
