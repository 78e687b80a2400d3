package org.ctpat4j.risk.screening.internal;

import java.util.List;

/** {@link ListedRuns} over a few listed names given as their tokens, for tests. */
record NamesRuns(List<List<String>> names) implements ListedRuns {

  static NamesRuns of(List<String>... names) {
    return new NamesRuns(List.of(names));
  }

  @Override
  public boolean listed(String token) {
    return names.stream().anyMatch(n -> n.contains(token));
  }

  @Override
  public boolean prefix(String s) {
    return names.stream().flatMap(List::stream)
        .anyMatch(t -> t.startsWith(s) && !t.equals(s) && !Cantonese.readsAsPinyin(t));
  }

  @Override
  public boolean joined(String s) {
    return names.stream().anyMatch(n -> at(n, s) >= 0);
  }

  @Override
  public boolean adjacent(String first, String second) {
    return names.stream().anyMatch(n -> {
      int i = at(n, first + second);
      return i >= 0 && n.get(i).equals(first);
    });
  }

  private static int at(List<String> name, String joined) {
    for (int i = 0; i + 1 < name.size(); i++) {
      if ((name.get(i) + name.get(i + 1)).equals(joined)) {
        return i;
      }
    }
    return -1;
  }
}
