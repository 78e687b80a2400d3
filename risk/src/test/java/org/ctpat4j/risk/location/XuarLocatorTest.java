package org.ctpat4j.risk.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctpat4j.risk.location.XuarPlacement.Answer.IN;
import static org.ctpat4j.risk.location.XuarPlacement.Answer.OUT;
import static org.ctpat4j.risk.location.XuarPlacement.Answer.UNCERTAIN;
import static org.ctpat4j.risk.location.XuarPlacement.Answer.UNKNOWN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.risk.location.PlaceMatch.Kind;
import org.ctpat4j.risk.location.XuarPlacement.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a facility is: a table of locations in every script and spelling, each with its answer and explanation. */
class XuarLocatorTest {

  private static final XuarLocator LOCATOR = XuarLocator.bundled();

  /**
   * One location.
   *
   * @param label what the case shows
   * @param country the country
   * @param region the region, or null
   * @param address the address, or null
   * @param name the facility name, or null
   * @param answer the expected answer
   * @param conflict the expected conflict flag
   * @param explains a part the explanation must contain
   */
  record Case(String label, String country, String region, String address, String name, Answer answer,
      boolean conflict, String explains) {

    @Override
    public String toString() {
      return label;
    }
  }

  private static Case in(String label, String address, String explains) {
    return new Case(label, "CN", null, address, null, IN, false, explains);
  }

  private static Case c(String label, String country, String region, String address, String name, Answer answer,
      boolean conflict, String explains) {
    return new Case(label, country, region, address, name, answer, conflict, explains);
  }

  static Stream<Case> cases() {
    return Stream.of(
        // region codes
        c("region CN-XJ", "CN", "CN-XJ", null, null, IN, false, "region CN-XJ"),
        c("region CN-65 reported as CN-XJ", "CN", "CN-65", null, null, IN, false, "CN-65 (read as CN-XJ)"),
        c("region in lower case", "CN", "cn-xj", null, null, IN, false, "region CN-XJ"),
        // English and Pinyin addresses
        in("issue: Shaya gin", "No. 6 Industrial Road, Shaya County, Aksu Prefecture, Xinjiang, China",
            "Shaya County (沙雅县), Aksu Prefecture (阿克苏地区) and Xinjiang"),
        in("issue: Korla development zone", "Korla Economic and Technological Development Zone, Bayingolin",
            "Korla City (库尔勒市) and Bayingolin Prefecture (巴音郭楞蒙古自治州)"),
        in("Urumqi", "Urumqi", "Urumqi City (乌鲁木齐市)"),
        in("Ürümqi with diacritics", "88 Youhao Road, Ürümqi", "Ürümqi City (乌鲁木齐市)"),
        in("Urumchi", "Urumchi", "乌鲁木齐市"),
        in("Pinyin Kuerle", "Kuerle", "库尔勒市"),
        in("Pinyin Ku'erle", "Ku'erle, Bazhou", "库尔勒市"),
        in("Pinyin with a hyphen", "Ku-erle", "库尔勒市"),
        in("Pinyin with a typographic apostrophe", "Ku’erle", "库尔勒市"),
        in("upper case", "KORLA", "库尔勒市"),
        in("full-width letters", "ＵＲＵＭＱＩ", "乌鲁木齐市"),
        in("Pinyin syllables with spaces", "Wu Lu Mu Qi", "乌鲁木齐市"),
        in("spaced spelling listed in the gazetteer", "Artux, Kizil Su", "克孜勒苏柯尔克孜自治州"),
        in("Pinyin with a level word", "He Jing County", "Hejing County (和静县)"),
        in("issue: Hotan Prefecture", "Hotan Prefecture", "Hotan Prefecture (和田地区)"),
        in("Khotan", "Khotan", "和田地区"),
        in("Hotan County by its level word", "Hotan County", "Hotan County (和田县)"),
        in("Kashgar (Uyghur-derived)", "Kashgar", "喀什地区"),
        in("Ghulja", "Ghulja", "Ghulja City (伊宁市)"),
        in("Gulja", "Gulja", "伊宁市"),
        in("Yarkand", "Yarkand", "莎车县"),
        in("Cherchen", "Cherchen", "且末县"),
        in("Kumul", "Kumul", "哈密市"),
        in("Turfan", "Turfan", "吐鲁番市"),
        in("Karamay", "Karamay", "克拉玛依市"),
        in("Yengisheher", "Yengisheher", "Yengisheher County (疏勒县)"),
        in("misspelling Hebukesel", "Hebukesel", "和布克赛尔蒙古自治县"),
        in("legacy name Dihua", "Dihua", "乌鲁木齐市"),
        in("legacy name Tihwa", "Tihwa", "乌鲁木齐市"),
        in("Sinkiang", "Sinkiang, China", "Xinjiang"),
        in("XUAR", "XUAR", "Xinjiang"),
        in("Uighur Autonomous Region", "Uighur Autonomous Region", "Xinjiang"),
        in("issue: Shihezi", "Shihezi, Xinjiang Uygur Autonomous Region", "Shihezi City (石河子市)"),
        // XPCC
        in("XPCC city Alar", "Alar", "Alar City (阿拉尔市)"),
        in("XPCC city Tumxuk", "Tumxuk", "图木舒克市"),
        in("XPCC city Wujiaqu", "Wujiaqu", "五家渠市"),
        in("XPCC Corps in Chinese", "新疆生产建设兵团第一师", "Xinjiang Production and Construction Corps"),
        in("XPCC regiment", "农八师144团", "Xinjiang Production and Construction Corps"),
        in("XPCC in English", "Regiment 144, Production and Construction Corps", "Construction Corps"),
        // Chinese script
        in("issue: Shaya gin in Chinese", "新疆维吾尔自治区阿克苏地区沙雅县工业园区", "Shaya County (沙雅县)"),
        in("Chinese without suffix", "乌鲁木齐", "乌鲁木齐市"),
        in("Chinese with district", "乌鲁木齐市天山区", "Tianshan District (天山区)"),
        in("Chinese XPCC city and road", "石河子市北四路", "石河子市"),
        in("Chinese short form derived from the name", "伊宁", "伊宁市"),
        in("legacy Chinese name", "哈密地区", "哈密市"),
        // ambiguous names with corroboration
        in("Aksu with the country CN", "Aksu, China", "corroborated by the country CN"),
        in("Kashi with the country CN", "Kashi", "corroborated by the country CN"),
        in("Manas with Xinjiang", "Manas, Xinjiang", "corroborated by Xinjiang named"),
        in("Yiwu County with its parent Hami", "Yiwu County, Hami", "parent or child unit"),
        in("Yiwu in Chinese", "伊吾县", "Yiwu County (伊吾县)"),
        in("ambiguous Chinese name in full", "沙湾市", "Shawan City (沙湾市)"),
        in("common toponym in full", "新市区", "corroborated by the full Chinese name"),
        in("Hami with a postcode", "Hami 839000", "postcode 839000"),
        in("Korgas with the country CN", "Korgas", "Korgas City (霍尔果斯市)"),
        in("Bole with Bortala", "Bole, Bortala", "博尔塔拉蒙古自治州"),
        c("ambiguous name with region CN-XJ", "CN", "CN-XJ", "Yiwu", null, IN, false, "region CN-XJ"),
        // conflicts
        c("CN-XJ but Zhejiang", "CN", "CN-XJ", "Yiwu, Zhejiang", null, IN, true, "but the address names Zhejiang"),
        c("CN-ZJ but Korla", "CN", "CN-ZJ", "Korla, Bayingolin", null, IN, true,
            "region CN-ZJ (Zhejiang) but the address names Korla City"),
        c("country TR but Urumqi", "TR", null, "Urumqi", null, IN, true, "country TR but the address names"),
        c("country KZ with CN-XJ", "KZ", "CN-XJ", null, null, IN, true, "but country KZ"),
        c("CN-XJ but abroad", "CN", "CN-XJ", "Istanbul, Turkey", null, IN, true, "but the address names"),
        c("CN-SH but Chinese XUAR address", "CN", "CN-SH", "新疆乌鲁木齐市", null, IN, true, "region CN-SH (Shanghai)"),
        // uncertain
        c("street name only", "CN", null, "Xinjiang Road, Shanghai", null, UNCERTAIN, false, "only in a street name"),
        c("Chinese street name", "CN", null, "乌鲁木齐路100号", null, UNCERTAIN, false, "only in a street name"),
        c("street name with Lu", "CN", null, "Urumqi Lu, Huangpu", null, UNCERTAIN, false, "street name"),
        c("company name only", "CN", null, "c/o Xinjiang Trading Co., 88 Renmin Road", null, UNCERTAIN, false,
            "only in a company name"),
        c("Chinese company name only", "CN", null, "新疆华孚色纺有限公司", null, UNCERTAIN, false,
            "only in a company name"),
        c("facility name only", "CN", null, null, "Xinjiang Cotton Co.", UNCERTAIN, false,
            "only the facility's name mentions Xinjiang"),
        c("Yiwu alone", "CN", null, "Yiwu", null, UNCERTAIN, false, "may be Yiwu County (伊吾县)"),
        c("Hami alone", "CN", null, "Hami", null, UNCERTAIN, false, "nothing corroborates it"),
        c("Tianshan District alone", "CN", null, "Tianshan District", null, UNCERTAIN, false, "天山区"),
        c("ambiguous Chinese short form", "CN", null, "沙湾", null, UNCERTAIN, false, "Shawan City (沙湾市)"),
        c("Baicheng alone", "CN", null, "Baicheng", null, UNCERTAIN, false, "拜城县"),
        c("postcode only", "CN", null, "Building 2, 830011", null, UNCERTAIN, false, "postcode 830011"),
        c("street name in Shanghai without region", "CN", null, "88 Xinjiang Rd, Shanghai", null, UNCERTAIN, false,
            "Shanghai"),
        // out
        c("country US", "US", null, null, null, OUT, false, "country US"),
        c("Aksu in Turkey", "TR", null, "Aksu, Antalya, Turkey", null, OUT, false, "outside China"),
        c("Khorgos in Kazakhstan", "KZ", null, "Khorgos, Almaty Region, Kazakhstan", null, OUT, false,
            "outside China"),
        c("Manas airport in Kyrgyzstan", "KG", null, "Manas International Airport, Bishkek", null, OUT, false,
            "outside China"),
        c("Yiwu in Zhejiang", "CN", null, "Yiwu, Zhejiang", null, OUT, false, "address names Zhejiang"),
        c("Yiwu with region CN-ZJ", "CN", "CN-ZJ", "Yiwu, Jinhua", null, OUT, false, "region CN-ZJ (Zhejiang)"),
        c("Manas in Shandong", "CN", null, "Manas Road 1, Jinan, Shandong", null, UNCERTAIN, false, "Shandong"),
        c("other province in Chinese", "CN", null, "广东省深圳市南山区", null, OUT, false, "Guangdong (广东)"),
        c("other region code", "CN", "CN-GD", null, null, OUT, false, "region CN-GD (Guangdong)"),
        c("other numeric region code", "CN", "CN-44", null, null, OUT, false, "(Guangdong)"),
        c("street with confirming region", "CN", "CN-SH", "88 Xinjiang Road, Shanghai", null, OUT, false,
            "only in a street name"),
        c("Wusuli is not Usu", "CN", null, "5 Wusuli Road, Harbin, Heilongjiang", null, OUT, false,
            "Heilongjiang"),
        c("Qitaihe is not Qitai", "CN", null, "Qitaihe, Heilongjiang", null, OUT, false, "Heilongjiang"),
        c("Bay Street abroad", "CA", null, "100 Bay Street, Toronto", null, OUT, false, "country CA"),
        // unknown
        c("no region, no address", "CN", null, null, null, UNKNOWN, false, "no address"),
        c("nothing recognisable", "CN", null, "Building 3, Room 402", null, UNKNOWN, false, "names no province"),
        c("blank fields", "CN", " ", "  ", "Acme Knitting", UNKNOWN, false, "no address"),
        c("name in a person's Pinyin", "CN", null, "Attn: He Jing, Room 5", null, UNKNOWN, false, "names no"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void locate_table(Case c) {
    XuarPlacement p = LOCATOR.locate(c.country(), c.region(), c.address(), c.name());
    assertThat(p.answer()).as("answer for %s: %s", c.label(), p.explanation()).isEqualTo(c.answer());
    assertThat(p.conflict()).as("conflict for %s: %s", c.label(), p.explanation()).isEqualTo(c.conflict());
    assertThat(p.explanation()).as(c.label()).contains(c.explains());
    assertThat(p.presumed()).isEqualTo(c.answer() == IN);
  }

  @Test
  void table_hasAtLeastSixtyCasesCoveringEveryAnswer(TestReporter reporter) {
    Map<Answer, Long> perAnswer = new EnumMap<>(Answer.class);
    perAnswer.putAll(cases().collect(Collectors.groupingBy(Case::answer, Collectors.counting())));
    long conflicts = cases().filter(Case::conflict).count();
    long total = perAnswer.values().stream().mapToLong(Long::longValue).sum();
    String figures = "XuarLocatorTest figures: " + total + " locations; " + perAnswer + "; " + conflicts
        + " conflicts";
    reporter.publishEntry("figures", figures);
    System.out.println(figures);
    assertThat(total).isGreaterThanOrEqualTo(60);
    assertThat(perAnswer.keySet()).containsExactlyInAnyOrder(Answer.values());
  }

  @Test
  void locate_facility_readsCountryRegionAddressAndName() {
    Facility gin = new Facility("gin", "Shaya Cotton Gin", List.of(), "CN", null,
        "No. 6 Industrial Road, Shaya County, Aksu Prefecture, Xinjiang, China", Identifiers.NONE, false);
    XuarPlacement p = LOCATOR.locate(gin);
    assertThat(p.answer()).isEqualTo(IN);
    assertThat(p.recognised()).extracting(PlaceMatch::kind)
        .containsExactly(Kind.COUNTY, Kind.PREFECTURE, Kind.PROVINCE_NAME);
    assertThat(p.recognised()).extracting(PlaceMatch::text).containsExactly("Shaya", "Aksu", "Xinjiang");
    assertThat(p.recognised().get(0).code()).isEqualTo("652924");
    assertThat(p.recognised().get(1).corroborated()).isTrue();
    Facility named = new Facility("n", "Hotan Cotton", "CN", null);
    assertThat(LOCATOR.locate(named).recognised()).extracting(PlaceMatch::kind).containsExactly(Kind.FACILITY_NAME);
  }

  @Test
  void locate_regionCode_isRecognisedFirst() {
    XuarPlacement p = LOCATOR.locate("CN", "CN-65", "Aksu", null);
    assertThat(p.recognised().get(0)).isEqualTo(
        new PlaceMatch("CN-65", "Xinjiang", "CN-XJ", "新疆", Kind.REGION_CODE, false, false));
    assertThat(p.recognised().get(1).corroborated()).isTrue();
  }

  @Test
  void locate_longAddress_readsOnlyTheCapAndSaysSo() {
    String filler = "Building 7, Lane 3, ".repeat(200);
    XuarPlacement late = LOCATOR.locate("CN", null, filler + "Urumqi", null);
    assertThat(late.answer()).isEqualTo(UNKNOWN);
    assertThat(late.explanation()).contains("only the first 2000 characters of the address were read");
    XuarPlacement early = LOCATOR.locate("CN", null, "Urumqi, " + filler, null);
    assertThat(early.answer()).isEqualTo(IN);
  }

  @Test
  void locate_nullCountry_isRejected() {
    assertThatThrownBy(() -> LOCATOR.locate(null, null, "Urumqi", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> LOCATOR.locate(" ", null, "Urumqi", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LOCATOR.locate((Facility) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void bundled_isOneInstance() {
    assertThat(XuarLocator.bundled()).isSameAs(XuarLocator.bundled());
    assertThat(XuarLocator.bundled().gazetteer()).isSameAs(Gazetteer.bundled());
  }
}
