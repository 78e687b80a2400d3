package org.ctpat4j.bench.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ctpat4j.risk.screening.EntityScreener;
import org.ctpat4j.risk.screening.Romanizer;
import org.ctpat4j.risk.screening.ScreeningEntry;
import org.ctpat4j.risk.screening.ScreeningQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening supplier names written in Chinese script on one thread, against the list of {@link ScreeningBench} (the
 * bundled UFLPA list replicated to about 3,000 names and aliases), with the command line's class path: ICU4J absent,
 * the CC-CEDICT words of ctpat4j-cedict present (setup prints both).
 *
 * <ul>
 *   <li>{@code chineseScript}: microseconds per name for 10,000 generated names (place, two or three characters of
 *       trade name, a business word, a legal form: 深圳市华泰贸易有限公司), one in 50 a listed entity's Chinese name.
 *   <li>{@code pinyin}: the same names written in pinyin (the bundled romanizer's syllables), the baseline: what a
 *       name costs without the Chinese-script readings (romanizing, cutting the syllables as the list cuts them,
 *       characters and words read by their meaning).
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ChineseScreeningBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ChineseScreeningBench {

  static final int BATCH = 10_000;

  private static final String[] PLACES = {"深圳市", "上海", "江苏", "浙江省", "广州市", "新疆", "乌鲁木齐市", "青岛",
      "", "", "", ""};
  private static final String TRADE = "华东方新金银海天山联合中兴恒达信利宝盛丰源泰安长城美大地明阳光红星鑫晶润邦永强"
      + "雪松巨人飞亚宏宇嘉德瑞祥和顺昌隆兴旺福禄寿喜";
  private static final String[] BUSINESS = {"贸易", "科技", "纺织", "新能源", "硅业", "食品", "实业", "服装", "电子",
      "机械", "化工", "进出口", "物流", ""};
  private static final String[] FORMS = {"有限公司", "股份有限公司", "集团有限公司", "有限责任公司"};

  EntityScreener screener;
  List<ScreeningQuery> chinese;
  List<ScreeningQuery> pinyin;

  @Setup(Level.Trial)
  public void setUp() {
    List<ScreeningEntry> list = ScreeningData.replicatedList(3000);
    screener = EntityScreener.newBuilder().entries(list).build();
    List<String> listedChinese = new ArrayList<>();
    for (ScreeningEntry e : list) {
      for (String name : e.names()) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          listedChinese.add(name);
        }
      }
    }
    SplittableRandom random = new SplittableRandom(2026);
    Romanizer romanizer = Romanizer.bundled();
    chinese = new ArrayList<>(BATCH);
    pinyin = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      String name;
      if (i % 50 == 0 && !listedChinese.isEmpty()) {
        name = listedChinese.get(random.nextInt(listedChinese.size()));
      } else {
        StringBuilder sb = new StringBuilder(PLACES[random.nextInt(PLACES.length)]);
        int trade = 2 + random.nextInt(2);
        for (int k = 0; k < trade; k++) {
          sb.append(TRADE.charAt(random.nextInt(TRADE.length())));
        }
        name = sb.append(BUSINESS[random.nextInt(BUSINESS.length)]).append(FORMS[random.nextInt(FORMS.length)])
            .toString();
      }
      chinese.add(ScreeningQuery.of(name, "CN"));
      pinyin.add(ScreeningQuery.of(pinyinOf(name, romanizer), "CN"));
    }
    long chineseHits = chinese.stream().filter(q -> !screener.screen(q).isEmpty()).count();
    long pinyinHits = pinyin.stream().filter(q -> !screener.screen(q).isEmpty()).count();
    System.out.printf("%n[setup] list: %d entries (%d Chinese-script names among their names); romanizer: %s;"
        + " CC-CEDICT words: %s; %d of %d names with hits in Chinese script, %d in pinyin (e.g. %s / %s)%n",
        list.size(), listedChinese.size(), screener.romanizer().description(),
        wordsOnClassPath(), chineseHits, BATCH, pinyinHits,
        chinese.get(1).names().get(0), pinyin.get(1).names().get(0));
  }

  /** The name with each Chinese character replaced by its syllable, a space between syllables; other text kept. */
  private static String pinyinOf(String name, Romanizer romanizer) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      String c = String.valueOf(name.charAt(i));
      out.append(romanizer.romanize(c).map(p -> " " + p + " ").orElse(c));
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static boolean wordsOnClassPath() {
    try {
      Class.forName("org.ctpat4j.cedict.CcCedict");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void chineseScript(Blackhole bh) {
    ScreeningData.screenEach(screener, chinese, bh);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void pinyin(Blackhole bh) {
    ScreeningData.screenEach(screener, pinyin, bh);
  }
}
