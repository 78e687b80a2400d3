package org.ctpat4j.risk.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ctpat4j.risk.location.PlaceMatch.Kind;
import org.ctpat4j.risk.location.XuarPlacement.Answer;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link XuarLocator} on seeded, generated addresses. A failure names the seed and the trial, so
 * {@code new Random(seed)} replays it.
 */
class XuarLocatorProperties {

  private static final long SEED = 0x5EED_11L;
  private static final int TRIALS = 2000;
  private static final XuarLocator LOCATOR = XuarLocator.bundled();
  private static final List<Gazetteer.Place> PLACES = Gazetteer.bundled().places();
  private static final String[] FILLER = {
      "No. 18 Industrial Road", "Building 3, Room 402", "Science Park", "88 Renmin Road", "Unit 5, Block B",
      "East Gate", "Warehouse 12", "第二工业园区", "人民路88号", "科技园3栋"};
  private static final String[] PROVINCES = {
      "Zhejiang", "Jiangsu, China", "广东省", "Shandong Province", "上海市", "Fujian", "四川省", "Hebei"};

  @Test
  void anySpellingOfAnyUnit_withXinjiangNamed_isIn() {
    Random random = new Random(SEED);
    for (int trial = 0; trial < TRIALS; trial++) {
      Gazetteer.Place place = PLACES.get(random.nextInt(PLACES.size()));
      String form = variant(random, pick(random, forms(place)));
      String address = random.nextBoolean()
          ? pick(random, FILLER) + ", " + form + ", Xinjiang, China"
          : "新疆" + form + "，" + pick(random, FILLER);
      XuarPlacement p = LOCATOR.locate("CN", null, address, null);
      String at = "seed " + SEED + ", trial " + trial + ": " + address + " -> " + p.explanation();
      assertThat(p.answer()).as(at).isEqualTo(Answer.IN);
      assertThat(p.conflict()).as(at).isFalse();
      assertThat(p.recognised()).as(at)
          .anyMatch(m -> m.text().equals(form) && (m.kind() == Kind.PREFECTURE || m.kind() == Kind.COUNTY
              || m.kind() == Kind.XPCC));
    }
  }

  @Test
  void addressesNamingOnlyAnotherProvince_areOut_andAddingAUnitMakesThemIn() {
    Random random = new Random(SEED + 1);
    for (int trial = 0; trial < TRIALS; trial++) {
      String address = pick(random, FILLER) + ", " + pick(random, PROVINCES);
      XuarPlacement out = LOCATOR.locate("CN", null, address, null);
      String at = "seed " + (SEED + 1) + ", trial " + trial + ": " + address + " -> " + out.explanation();
      assertThat(out.answer()).as(at).isEqualTo(Answer.OUT);
      Gazetteer.Place place = PLACES.get(random.nextInt(PLACES.size()));
      XuarPlacement in = LOCATOR.locate("CN", null, place.nameZh() + ", " + address, null);
      assertThat(in.answer()).as(at + " with " + place.nameZh()).isEqualTo(Answer.IN);
    }
  }

  @Test
  void randomText_alwaysGetsAnExplainedAnswer() {
    Random random = new Random(SEED + 2);
    String alphabet = "abcdefghijklmnopqrstuvwxyz ,.'-0123456789新疆乌鲁木齐路公司市县区省ÜüÖö";
    for (int trial = 0; trial < TRIALS; trial++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String country = random.nextBoolean() ? "CN" : "TR";
      XuarPlacement p = LOCATOR.locate(country, null, sb.toString(), null);
      assertThat(p.explanation()).as("seed %d, trial %d: %s", SEED + 2, trial, sb).isNotBlank();
      assertThat(LOCATOR.locate(country, null, sb.toString(), null)).isEqualTo(p);
    }
  }

  private static List<String> forms(Gazetteer.Place place) {
    List<String> forms = new ArrayList<>();
    forms.add(place.nameZh());
    forms.add(place.namePinyin());
    forms.addAll(place.otherNames());
    return forms;
  }

  /** A spelling as supplier data writes it: case changed, apostrophes dropped or changed, full-width letters. */
  private static String variant(Random random, String form) {
    if (!form.chars().allMatch(c -> c < 0x3000)) {
      return form;
    }
    String v = form;
    switch (random.nextInt(5)) {
      case 0 -> v = v.toUpperCase(Locale.ROOT);
      case 1 -> v = v.toLowerCase(Locale.ROOT);
      case 2 -> v = v.replace("'", "");
      case 3 -> v = v.replace("'", "’").replace(" ", "-");
      default -> {
        StringBuilder sb = new StringBuilder();
        v.chars().forEach(c -> sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
        v = sb.toString();
      }
    }
    return v;
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static String pick(Random random, String[] items) {
    return items[random.nextInt(items.length)];
  }
}
