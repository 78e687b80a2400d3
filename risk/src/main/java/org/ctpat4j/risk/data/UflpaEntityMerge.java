package org.ctpat4j.risk.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ctpat4j.risk.screening.internal.Normalizer;

/**
 * Folds the rows of an added UFLPA Entity List file into the rows held (see
 * {@link ReferenceData.Builder#addUflpaEntities(String, byte[], ReferenceDataVersion)}): a row whose name or an alias
 * has the same {@link Normalizer#key(String) exact-comparison key} as the name or an alias of a row already held is
 * folded into it, the added row winning where it gives a value; other rows are appended.
 *
 * @param entities the merged rows, held rows first
 * @param folded how many added rows were folded into rows already held
 */
record UflpaEntityMerge(List<UflpaEntity> entities, int folded) {

  /**
   * Merges two lists.
   *
   * @param held the rows held
   * @param added the rows added
   * @param sourceName the added file's name, for each row's source
   * @param converted whether the added rows were read from a publisher's form, whose rows name their source already
   * @return the merged rows
   */
  static UflpaEntityMerge of(List<UflpaEntity> held, List<UflpaEntity> added, String sourceName, boolean converted) {
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
        merged.set(at, fold(merged.get(at), a, from));
      }
    }
    return new UflpaEntityMerge(List.copyOf(merged), folded);
  }

  /** The held row with the added row's values where it gives them, aliases united. */
  private static UflpaEntity fold(UflpaEntity h, UflpaEntity a, String from) {
    LinkedHashSet<String> aliases = new LinkedHashSet<>(h.aliases());
    aliases.addAll(a.aliases());
    if (!a.name().equals(h.name())) {
      aliases.add(a.name());
    }
    aliases.remove(h.name());
    return new UflpaEntity(h.name(), List.copyOf(aliases), a.section().isEmpty() ? h.section() : a.section(),
        a.effectiveDate() != null ? a.effectiveDate() : h.effectiveDate(),
        a.location().isEmpty() ? h.location() : a.location(), a.sector().isEmpty() ? h.sector() : a.sector(),
        h.source() + " | also in " + from, h.row(), a.removedDate() != null ? a.removedDate() : h.removedDate());
  }

  private static List<String> allNames(UflpaEntity e) {
    List<String> out = new ArrayList<>(e.aliases().size() + 1);
    out.add(e.name());
    out.addAll(e.aliases());
    out.removeIf(n -> Normalizer.key(n).isEmpty());
    return out;
  }
}
