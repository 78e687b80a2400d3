package org.ctpat4j.risk.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ctpat4j.risk.internal.csv.Csv;

/**
 * The rows of every reference list, read by the parser of each list; the value behind {@link ReferenceData}'s
 * accessors.
 *
 * @param uflpaEntities the UFLPA Entity List rows
 * @param ilabGoods the ILAB List of Goods rows with the 2024 changes applied
 * @param tipRankings the TIP rows
 * @param wroFindings the rows of both WRO lists, undated first
 * @param goodMappings the material-to-ILAB-good table
 * @param ilabCountryCodes ILAB country name to ISO code
 * @param downstreamInputs downstream good to input good
 */
record ParsedLists(List<UflpaEntity> uflpaEntities, List<IlabGood> ilabGoods, List<TipRanking> tipRankings,
    List<WroFinding> wroFindings, List<GoodMapping> goodMappings, Map<String, String> ilabCountryCodes,
    Map<String, String> downstreamInputs) {

  /**
   * Reads every list, in a fixed order so that the first bad row reported is always the same.
   *
   * @param files the name of each list's file, for messages
   * @param rows the CSV rows of each list
   * @param versions each list's version, for citations
   * @return the rows
   * @throws ReferenceDataException naming the file, line and column of the first bad row
   */
  static ParsedLists parse(Map<ReferenceList, String> files, Map<ReferenceList, List<Csv.Row>> rows,
      Map<ReferenceList, ReferenceDataVersion> versions) {
    List<UflpaEntity> uflpa = UflpaEntityParser.parse(files.get(ReferenceList.UFLPA_ENTITY_LIST),
        rows.get(ReferenceList.UFLPA_ENTITY_LIST));
    List<IlabGood> ilab = IlabGoodsParser.withChanges(
        IlabGoodsParser.parse(files.get(ReferenceList.ILAB_GOODS), rows.get(ReferenceList.ILAB_GOODS)),
        files.get(ReferenceList.ILAB_CHANGES), rows.get(ReferenceList.ILAB_CHANGES),
        versions.get(ReferenceList.ILAB_CHANGES));
    List<TipRanking> tip =
        TipTiersParser.parse(files.get(ReferenceList.TIP_TIERS), rows.get(ReferenceList.TIP_TIERS));
    List<WroFinding> wro = new ArrayList<>(
        WroFindingsParser.parse(files.get(ReferenceList.WRO_FINDINGS), rows.get(ReferenceList.WRO_FINDINGS)));
    wro.addAll(WroFindingsParser.parseDated(files.get(ReferenceList.WRO_FINDINGS_DATED),
        rows.get(ReferenceList.WRO_FINDINGS_DATED)));
    List<GoodMapping> mappings = GoodMappingParser.parse(files.get(ReferenceList.ILAB_GOOD_MAPPING),
        rows.get(ReferenceList.ILAB_GOOD_MAPPING));
    Map<String, String> countries = GoodMappingParser.parsePairs(ReferenceList.ILAB_COUNTRIES,
        files.get(ReferenceList.ILAB_COUNTRIES), rows.get(ReferenceList.ILAB_COUNTRIES));
    Map<String, String> downstream = GoodMappingParser.parsePairs(ReferenceList.ILAB_DOWNSTREAM_INPUTS,
        files.get(ReferenceList.ILAB_DOWNSTREAM_INPUTS), rows.get(ReferenceList.ILAB_DOWNSTREAM_INPUTS));
    return new ParsedLists(uflpa, ilab, tip, List.copyOf(wro), mappings, countries, downstream);
  }

  /**
   * Returns how many rows of one list the data holds.
   *
   * @param list the list
   * @param csvRows the rows of its file
   * @return the rows read: the 2022 ILAB rows without the 2024 additions; each WRO list's own rows
   */
  int rows(ReferenceList list, int csvRows) {
    return switch (list) {
      case UFLPA_ENTITY_LIST -> uflpaEntities.size();
      case ILAB_GOODS -> (int) ilabGoods.stream().filter(g -> g.effectiveDate() == null).count();
      case TIP_TIERS -> tipRankings.size();
      case WRO_FINDINGS, WRO_FINDINGS_DATED -> (int) wroFindings.stream().filter(w -> w.list() == list).count();
      default -> csvRows;
    };
  }

  /**
   * Returns the newest date one list states.
   *
   * @param list the list
   * @return the newest effective, end or report date, empty for the tables authored for ctpat4j
   */
  Optional<LocalDate> newestEntry(ReferenceList list) {
    return switch (list) {
      case UFLPA_ENTITY_LIST -> uflpaEntities.stream().map(UflpaEntity::effectiveDate).filter(Objects::nonNull)
          .max(Comparator.naturalOrder());
      case WRO_FINDINGS, WRO_FINDINGS_DATED -> wroFindings.stream().filter(w -> w.list() == list)
          .flatMap(w -> w.endDate() == null ? Stream.of(w.effectiveDate()) : Stream.of(w.effectiveDate(), w.endDate()))
          .max(Comparator.naturalOrder());
      case TIP_TIERS -> tipRankings.stream().map(TipRanking::reportYear).max(Comparator.naturalOrder())
          .map(y -> LocalDate.of(y, 12, 31));
      case ILAB_GOODS -> ilabGoods.stream().map(g -> g.endDate() != null ? g.endDate() : g.effectiveDate())
          .filter(Objects::nonNull).max(Comparator.naturalOrder());
      case ILAB_CHANGES -> Optional.of(IlabGoodsParser.ILAB_2024);
      default -> Optional.empty();
    };
  }
}
