package org.ctpat4j.risk.data;

import java.util.List;

/** The reference lists the risk rules read, each with its CSV file name and header (columns in order). */
public enum ReferenceList {
  /** The UFLPA Entity List (DHS / FLETF). */
  UFLPA_ENTITY_LIST(
      "UFLPA Entity List",
      "uflpa_entity_list.csv",
      List.of("name", "aliases", "section", "effective_date", "location", "sector", "source_url"),
      List.of("removed_date")),
  /** The ILAB List of Goods Produced by Child Labor or Forced Labor (U.S. DOL). */
  ILAB_GOODS(
      "ILAB List of Goods Produced by Child Labor or Forced Labor",
      "ilab_list_of_goods.csv",
      List.of(
          "good", "sector", "country", "region", "child_labor", "forced_labor", "forced_child_labor",
          "downstream_good", "input_source_country", "list_edition")),
  /** The TIP report tiers (U.S. Department of State). */
  TIP_TIERS(
      "Trafficking in Persons Report tiers",
      "tip_tiers.csv",
      List.of("iso_alpha2", "country", "tier", "report_year", "source_url")),
  /**
   * The changes of the ILAB List's 2024 edition that sources name (removals end rows of the bundled edition; additions
   * with a country start new rows).
   */
  ILAB_CHANGES(
      "ILAB List of Goods, 2024 edition changes",
      "ilab_list_changes_2024.csv",
      List.of("change", "good", "country", "downstream_good", "input_source_country", "list_edition", "source_url",
          "note")),
  /** CBP's Withhold Release Orders and Findings. */
  WRO_FINDINGS(
      "CBP Withhold Release Orders and Findings",
      "cbp_wro_findings.csv",
      List.of(
          "effective_date", "action_type", "entity_or_scope", "country", "iso_alpha2", "industry", "status",
          "verification"),
      List.of("removed_date")),
  /**
   * CBP Withhold Release Orders and Findings with dates and status from CBP releases and trade press; where it and
   * {@link #WRO_FINDINGS} describe the same order, this list's row wins.
   */
  WRO_FINDINGS_DATED(
      "CBP Withhold Release Orders and Findings, dated",
      "cbp_wro_findings_dated.csv",
      List.of(
          "effective_date", "action_type", "entity_or_scope", "country", "iso_alpha2", "industry", "status",
          "modified_date", "source_url")),
  /** ctpat4j's table from materials (HS prefix, name keywords) to ILAB goods and UFLPA sectors. */
  ILAB_GOOD_MAPPING(
      "ctpat4j material to ILAB good mapping",
      "ilab_good_mapping.csv",
      List.of("hs_prefix", "keywords", "ilab_good", "uflpa_sector", "note")),
  /** ctpat4j's table from ILAB country names to ISO 3166-1 alpha-2 codes. */
  ILAB_COUNTRIES("ctpat4j ILAB country names to ISO codes", "ilab_countries.csv",
      List.of("ilab_country", "iso_alpha2", "note")),
  /** ctpat4j's table naming the tainted input of each ILAB downstream good. */
  ILAB_DOWNSTREAM_INPUTS("ctpat4j ILAB downstream goods to their inputs", "ilab_downstream_inputs.csv",
      List.of("downstream_good", "input_good", "note"));

  private final String title;
  private final String fileName;
  private final List<String> header;

  private final List<String> optionalColumns;

  ReferenceList(String title, String fileName, List<String> header) {
    this(title, fileName, header, List.of());
  }

  ReferenceList(String title, String fileName, List<String> header, List<String> optionalColumns) {
    this.title = title;
    this.fileName = fileName;
    this.header = header;
    this.optionalColumns = optionalColumns;
  }

  /**
   * Returns the list's name as reports show it.
   *
   * @return the name; never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the file name of the bundled copy (and of the copy in a pinned snapshot).
   *
   * @return the file name; never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the CSV columns, in order; a newer edition supplied by the user must have exactly these.
   *
   * @return the column names; never null
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the columns a file may add after {@link #header()}, in order (for example {@code removed_date}, the day a
   * row stopped being in force).
   *
   * @return the optional column names; never null, possibly empty
   */
  public List<String> optionalColumns() {
    return optionalColumns;
  }
}
