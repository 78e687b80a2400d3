package org.ctpat4j.risk.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.risk.screening.Explanation.TokenClass;

/**
 * The words the normaliser knows: Chinese-script phrases and their English canonical words, rewrite rules (legal
 * forms across languages, abbreviations, pinyin business words, spelling variants of place names) and the class of
 * each canonical word. Everything not listed here is a distinctive word.
 *
 * <p>Sources: legal-form abbreviations as used in company registers (Co., Ltd. / Company Limited; Corp / Inc / LLC;
 * GmbH, AG; Sdn Bhd; S.A.; Chinese 有限公司 "company limited", 股份有限公司 "company limited by shares", 有限责任公司
 * "limited liability company", per the PRC Company Law); place names from the administrative divisions of the PRC
 * and of the Xinjiang Uyghur Autonomous Region, with the spellings found on the UFLPA Entity List (Hotan/Hetian,
 * Kashgar/Kashi, Aksu/Akesu); 有限合伙 "limited partnership" and 合伙企业 "partnership enterprise" per the PRC
 * Partnership Enterprise Law; the words of partnerships, funds and asset managers (私募 private, 股权 equity, 创业投资
 * venture capital, 证券 securities, 基金 fund) as Hong Kong Stock Exchange filings translate them. Phrases are matched
 * on simplified characters ({@link SimplifiedHan} folds traditional ones first).
 */
final class Lexicon {

  private Lexicon() {}

  /**
   * Administrative suffixes dropped after a place name (深圳市 is Shenzhen), so that they do not glue to the trade name
   * that follows: province, city, county, district, autonomous region or prefecture, league, banner.
   */
  static final String[] PLACE_SUFFIXES = {"维吾尔自治区", "自治区", "自治州", "地区", "省", "市", "县", "区", "州", "盟", "旗"};

  /** Chinese-script phrases replaced by English (or canonical place) words before romanization; longest first. */
  static final List<String[]> HAN_PHRASES = sortedByLength(new String[][] {
      {"股份有限公司", " joint stock company limited "}, {"有限责任公司", " company limited "},
      {"有限公司", " company limited "}, {"分公司", " branch "}, {"公司", " company "}, {"集团", " group "},
      {"控股", " holding "}, {"生物科技", " biotechnology "}, {"生物技术", " biotechnology "}, {"科技", " technology "},
      {"技术", " technology "}, {"新能源", " new energy "}, {"能源", " energy "}, {"化学", " chemical "},
      {"化工", " chemical "}, {"毛纺织", " wool textile "}, {"纺织", " textile "}, {"色纺", " color spinning "},
      {"矿业", " mining "}, {"有色金属", " nonferrous metal "}, {"实业", " industry "}, {"工业", " industry "},
      {"贸易", " trade "}, {"国际", " international "}, {"食品", " food "}, {"黄金", " gold "},
      {"钢铁", " iron steel "}, {"太阳能", " solar "}, {"光伏", " photovoltaic "}, {"硅业", " silicon industry "},
      {"硅材料", " silicon material "}, {"时尚", " fashion "}, {"绿色", " green "}, {"糖业", " sugar "},
      {"煤电", " coal electricity "}, {"铜业", " copper "}, {"锌业", " zinc "}, {"发展", " development "},
      {"进出口", " import export "}, {"服装", " apparel "}, {"鞋业", " shoe industry "}, {"物流", " logistics "},
      {"仓储", " warehousing "}, {"电子", " electronic "}, {"材料", " material "}, {"制造", " manufacturing "},
      {"房地产", " real estate "}, {"建设", " construction "}, {"生产", " production "},
      // more industry words, as registered Chinese names write them and their English names translate them
      {"电器", " electric appliance "}, {"机械", " machinery "}, {"设备", " equipment "}, {"电力", " electric power "},
      {"投资", " investment "}, {"航空", " aviation "}, {"船舶", " shipbuilding "}, {"重工", " heavy industry "},
      {"通信", " communication "}, {"信息", " information "}, {"软件", " software "}, {"网络", " network "},
      {"半导体", " semiconductor "}, {"光电", " optoelectronic "}, {"精密", " precision "}, {"仪器", " instrument "},
      {"研究所", " research institute "}, {"研究院", " research institute "}, {"大学", " university "},
      {"医药", " pharmaceutical "}, {"制药", " pharmaceutical "}, {"汽车", " automobile "}, {"航天", " aerospace "},
      {"兵器", " ordnance "}, {"工程", " engineering "}, {"建筑", " construction "}, {"运输", " transport "},
      {"港口", " port "}, {"银行", " bank "}, {"证券", " securities "}, {"保险", " insurance "}, {"农业", " agriculture "},
      {"家具", " furniture "}, {"玩具", " toy "}, {"塑料", " plastic "}, {"橡胶", " rubber "}, {"玻璃", " glass "},
      {"陶瓷", " ceramic "}, {"纸业", " paper "}, {"包装", " packaging "}, {"印刷", " printing "},
      {"自动化", " automation "}, {"智能", " intelligent "}, {"数码", " digital "}, {"数字", " digital "},
      {"光学", " optical "}, {"照明", " lighting "}, {"电池", " battery "}, {"锂电", " lithium battery "},
      {"新材料", " new material "}, {"石油", " petroleum "}, {"天然气", " natural gas "}, {"石化", " petrochemical "},
      {"电气", " electric "}, {"系统", " system "}, {"服务", " service "}, {"咨询", " consulting "},
      {"管理", " management "}, {"文化", " culture "}, {"传媒", " media "}, {"教育", " education "},
      {"旅游", " tourism "}, {"酒店", " hotel "}, {"商贸", " trade "}, {"产业", " industry "}, {"环保", " environmental "},
      {"造船", " shipbuilding "}, {"航运", " shipping "}, {"海运", " shipping "}, {"远洋", " ocean shipping "},
      {"集装箱", " container "}, {"科学", " science "}, {"装备", " equipment "},
      // further business words and their usual English renderings, so that they do not glue to a trade name
      {"微电子", " microelectronics "}, {"气体", " gases "}, {"化肥", " chemical fertilizer "},
      {"肥业", " fertilizer industry "}, {"化纤", " chemical fibre "}, {"机床", " machine tool "},
      {"矿机", " mining machinery "}, {"机场", " airport "}, {"公用", " public utilities "}, {"合金", " alloy "},
      {"自行车", " bicycle "}, {"生态", " ecological "}, {"百货", " department store "}, {"物业", " property "},
      {"农产品", " agricultural products "}, {"模具", " dies "}, {"电缆", " cable "}, {"线缆", " cable "},
      {"药业", " pharmaceutical "}, {"医疗器械", " medical devices "}, {"饮料", " beverage "}, {"乳业", " dairy "},
      {"水泥", " cement "}, {"零部件", " parts "}, {"风电", " wind power "}, {"风能", " wind energy "},
      {"家电", " home appliances "}, {"通讯", " communication "}, {"快递", " express "}, {"燃气", " gas "},
      {"电机", " motor "}, {"动力", " power "}, {"地产", " real estate "}, {"置业", " real estate "},
      {"铁路", " railway "}, {"高铁", " high speed railway "}, {"交通", " transportation "}, {"水务", " water "},
      {"环境", " environment "}, {"传动", " transmission "}, {"亚太", " asia pacific "}, {"中华", " china "},
      // partnerships, funds and asset managers, as Hong Kong filings translate them
      {"有限合伙", " limited partnership "}, {"合伙企业", " partnership enterprise "}, {"合伙", " partnership "},
      {"私募", " private "}, {"基金", " fund "}, {"证券", " securities "}, {"股权", " equity "},
      {"创业投资", " venture capital "}, {"资产管理", " asset management "},
      {"资产", " assets "}, {"资本", " capital "}, {"企业管理", " enterprise management "}, {"企业", " enterprise "},
      {"商务", " business "}, {"谘询", " consulting "}, {"医疗", " medical "}, {"机器人", " robotics "}, {"集成电路", " integrated circuits "},
      {"数控", " numerical control "}, {"创新", " innovation "}, {"转型", " transformation "}, {"消费", " consumption "},
      {"国有资产监督管理委员会", " state owned assets supervision and administration commission "},
      {"人民政府", " government "}, {"政府", " government "}, {"国有企业", " state owned enterprise "},
      {"国企", " state owned enterprise "}, {"服务中心", " service center "}, {"中心", " center "},
      {"项目", " project "}, {"战略", " strategic "}, {"新兴产业", " emerging industry "}, {"改革", " reform "},
      {"全球", " global "}, {"绩效评价", " performance evaluation "}, {"稳健", " steady "}, {"光子", " photon "},
      {"科创", " science technology innovation "}, {"经济", " economic "}, {"高新区", " high tech zone "}, {"开发区", " development zone "},
      {"核工业", " nuclear industry "}, {"钢管", " steel pipe "}, {"不锈钢", " stainless steel "},
      {"棉业", " cotton "}, {"棉纺", " cotton spinning "}, {"针织", " knitting "}, {"印染", " printing dyeing "},
      {"制衣", " garment "}, {"服饰", " apparel "}, {"皮革", " leather "}, {"农牧", " agriculture animal husbandry "},
      {"番茄", " tomato "}, {"果业", " fruit "}, {"铝业", " aluminum "}, {"多晶硅", " polysilicon "},
      {"新疆维吾尔自治区", " xinjiang "}, {"新疆", " xinjiang "}, {"石河子", " shihezi "}, {"鄯善", " shanshan "},
      {"乌鲁木齐", " urumqi "}, {"和田", " hotan "}, {"喀什", " kashgar "}, {"阿克苏", " aksu "},
      {"吐鲁番", " turpan "}, {"昌吉", " changji "}, {"哈密", " hami "}, {"克拉玛依", " karamay "},
      {"库尔勒", " korla "}, {"伊犁", " yili "}, {"焉耆", " yanqi "}, {"包头", " baotou "}, {"中国", " china "},
      {"香港", " hongkong "}, {"江苏", " jiangsu "}, {"安徽", " anhui "}, {"河南", " henan "}, {"河北", " hebei "},
      {"山东", " shandong "}, {"广东", " guangdong "}, {"四川", " sichuan "}, {"湖南", " hunan "},
      {"湖北", " hubei "}, {"甘肃", " gansu "}, {"内蒙古", " inner mongolia "}, {"天津", " tianjin "},
      {"大连", " dalian "}, {"杭州", " hangzhou "}, {"无锡", " wuxi "}, {"东莞", " dongguan "}, {"福建", " fujian "},
      {"上海", " shanghai "}, {"北京", " beijing "}, {"浙江", " zhejiang "}, {"广州", " guangzhou "},
      {"深圳", " shenzhen "}, {"宁夏", " ningxia "}, {"青海", " qinghai "}, {"西藏", " tibet "},
      {"重庆", " chongqing "}, {"成都", " chengdu "}, {"武汉", " wuhan "}, {"南京", " nanjing "}, {"苏州", " suzhou "},
      {"青岛", " qingdao "}, {"厦门", " xiamen "}, {"宁波", " ningbo "}, {"云南", " yunnan "}, {"贵州", " guizhou "},
      {"辽宁", " liaoning "}, {"吉林", " jilin "}, {"黑龙江", " heilongjiang "}, {"山西", " shanxi "},
      {"陕西", " shaanxi "}, {"江西", " jiangxi "}, {"海南", " hainan "}, {"广西", " guangxi "}, {"澳门", " macau "},
      {"台湾", " taiwan "},
      // provincial capitals, other prefecture-level cities and districts common in company names
      {"珠海", " zhuhai "}, {"长沙", " changsha "}, {"福州", " fuzhou "}, {"湖州", " huzhou "}, {"丽水", " lishui "},
      {"共青城", " gongqingcheng "}, {"雄安", " xiongan "}, {"闵行", " minhang "}, {"浦东", " pudong "},
      {"济南", " jinan "}, {"合肥", " hefei "}, {"郑州", " zhengzhou "}, {"西安", " xian "}, {"沈阳", " shenyang "},
      {"哈尔滨", " harbin "}, {"长春", " changchun "}, {"石家庄", " shijiazhuang "}, {"太原", " taiyuan "},
      {"昆明", " kunming "}, {"南宁", " nanning "}, {"南昌", " nanchang "}, {"贵阳", " guiyang "}, {"兰州", " lanzhou "},
      {"银川", " yinchuan "}, {"西宁", " xining "}, {"呼和浩特", " hohhot "}, {"佛山", " foshan "}, {"惠州", " huizhou "},
      {"温州", " wenzhou "}, {"绍兴", " shaoxing "}, {"嘉兴", " jiaxing "}, {"台州", " taizhou "}, {"金华", " jinhua "},
      {"常州", " changzhou "}, {"南通", " nantong "}, {"扬州", " yangzhou "}, {"徐州", " xuzhou "}, {"烟台", " yantai "},
      {"潍坊", " weifang "}, {"淄博", " zibo "}, {"临沂", " linyi "}, {"唐山", " tangshan "}, {"保定", " baoding "},
      {"洛阳", " luoyang "}, {"芜湖", " wuhu "}, {"绵阳", " mianyang "}, {"宜宾", " yibin "}, {"泉州", " quanzhou "},
      {"漳州", " zhangzhou "}, {"汕头", " shantou "}, {"江门", " jiangmen "}, {"日照", " rizhao "}, {"滨州", " binzhou "},
      {"邯郸", " handan "}, {"衡水", " hengshui "}, {"菏泽", " heze "}, {"襄阳", " xiangyang "}, {"宿迁", " suqian "},
      {"盐城", " yancheng "}, {"枣庄", " zaozhuang "}, {"衢州", " quzhou "}, {"余姚", " yuyao "}, {"义乌", " yiwu "},
      {"昆山", " kunshan "}, {"江阴", " jiangyin "}, {"张家港", " zhangjiagang "}, {"顺德", " shunde "}});

  /**
   * Rewrite rules over lower-case, accent-free tokens: {@code "pattern tokens=output tokens"} (an empty output drops
   * the pattern). Applied once, left to right, longest pattern first.
   */
  private static final String[] RULES = {
      // legal forms, canonical: co, ltd, jsc, inc, corp, llc, plc, gmbh, ag, sdnbhd, sa, ...
      "company=co", "limited=ltd", "incorporated=inc", "corporation=corp", "limited liability=ltd",
      "limited liability company=llc", "l l c=llc", "joint stock=jsc", "joint stock company=jsc co", "by shares=jsc",
      "stock company=jsc co", "sdn bhd=sdnbhd", "sendirian berhad=sdnbhd", "berhad=bhd", "pte ltd=pte ltd",
      "private limited=pvt ltd", "pvt=pvt", "pty=pty", "gesellschaft mit beschrankter haftung=gmbh",
      "aktiengesellschaft=ag", "societe anonyme=sa", "sociedad anonima=sa", "s a=sa", "s r l=srl", "b v=bv",
      "n v=nv", "s p a=spa", "kabushiki kaisha=kk", "youxian gongsi=co ltd", "youxiangongsi=co ltd",
      "gufen youxian gongsi=jsc co ltd", "open joint stock company=oao", "closed joint stock company=zao",
      "public joint stock company=pao", "open jsc=oao", "closed jsc=zao", "public jsc=pao", "gufenyouxiangongsi=jsc co ltd", "youxian zeren gongsi=co ltd",
      "youxianzerengongsi=co ltd", "gongsi=co", "fengongsi=branch",
      // stop phrases
      "formerly known as=", "formerly=", "known as=", "also known as=", "fka=", "aka=", "f k a=", "a k a=",
      "uyghur autonomous region=", "uygur autonomous region=", "weiwuer zizhiqu=", "zizhiqu=",
      // abbreviations and variants of generic and sector words
      "ind=industry", "inds=industry", "indus=industry", "indust=industry", "industries=industry",
      "industrial=industry", "industrials=industry", "grp=group", "gp=group", "tech=technology",
      "techn=technology", "technol=technology", "technologies=technology", "technological=technology",
      "mfg=manufacturing", "mfr=manufacturing", "mfrs=manufacturing", "manuf=manufacturing",
      "manufacture=manufacturing", "manufacturer=manufacturing", "manufacturers=manufacturing", "intl=international",
      "internat=international", "natl=national", "dev=development", "devel=development", "devt=development",
      "hldg=holding", "hldgs=holding", "holdings=holding", "matl=material", "matls=material", "mat=material",
      "materials=material", "prod=product", "prods=product", "products=product", "chem=chemical",
      "chemicals=chemical", "elec=electric", "electrical=electric", "svc=service", "svcs=service",
      "services=service", "trdg=trade", "trading=trade", "imp=import", "exp=export", "eng=engineering",
      "engg=engineering", "constr=construction", "biotech=biotechnology", "bio tech=biotechnology",
      "bio technology=biotechnology", "sci=science", "intelligence=intelligent", "biological technology=biotechnology", "biotechnologies=biotechnology",
      "mgmt=management", "pharma=pharmaceutical", "pharmaceuticals=pharmaceutical", "agri=agriculture",
      "agricultural=agriculture", "dept=department", "ctr=center", "centre=center", "aluminium=aluminum",
      "colour=color", "fibre=fiber", "electronics=electronic", "elect=electric", "co op=cooperative",
      "coop=cooperative", "inter national=international",
      // pinyin business words
      "jituan=group", "keji=technology", "shengwu keji=biotechnology", "shengwukeji=biotechnology",
      "xinnengyuan=new energy", "xin nengyuan=new energy", "nengyuan=energy", "huagong=chemical",
      "huaxue=chemical", "fangzhi=textile", "maofangzhi=wool textile", "sefang=color spinning", "kuangye=mining",
      "youse jinshu=nonferrous metal", "youseijinshu=nonferrous metal", "shiye=industry", "gongye=industry",
      "maoyi=trade", "guoji=international", "shipin=food", "konggu=holding", "huangjin=gold",
      "taiyangneng=solar", "guiye=silicon industry", "shishang=fashion", "lvse=green", "luse=green",
      "tangye=sugar", "tongye=copper", "meidian=coal electricity", "gangtie=iron steel", "wuliu=logistics",
      "fazhan=development", "jinchukou=import export",
      // place-name spellings
      "hong kong=hongkong", "hk=hongkong", "sz=shenzhen", "nei menggu=inner mongolia",
      "neimenggu=inner mongolia", "nei mongol=inner mongolia", "xuar=xinjiang", "sinkiang=xinjiang",
      "hetian=hotan", "khotan=hotan", "kashi=kashgar", "kashgar=kashgar", "akesu=aksu", "tulufan=turpan",
      "turfan=turpan", "wulumuqi=urumqi", "urumchi=urumqi", "kelamayi=karamay", "kuerle=korla", "ili=yili",
      "peoples republic of china=china", "people s republic of china=china", "prc=china",
      "united states of america=usa", "united states=usa", "united state=usa", "us=usa", "united kingdom=uk", "great britain=uk"};

  /** Words that say what kind of place a name is, rather than which ("District" in "... of Minhang District"). */
  static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("province", "city", "county", "district",
      "prefecture", "region", "municipality", "autonomous");

  /** Words that names add and drop freely ("Group", "Holding"): their absence on one side is no substitution. */
  static final java.util.Set<String> OPTIONAL = java.util.Set.of("group", "holding", "international", "global",
      "enterprise");

  /** Words that are not distinctive, by class. */
  private static final String[][] CLASSES = {
      {"LEGAL_FORM", "co ltd jsc inc corp llc plc gmbh ag sdnbhd bhd sa srl bv nv spa kk pte pvt pty oy ab kft sro ooo oao zao pao"},
      {"STOPWORD", "and the of for de du des la le et und y a an in on at by"},
      {"GENERIC", "group industry technology trade international development holding manufacturing enterprise science"
          + " general import export economic commercial business service investment global national new product"
          + " material system solution branch factory plant works park center department management"
          + " cooperative digital"
          + " fund private equity security asset venture partnership consulting business government"
          + " commission supervision administration state owned reform strategic emerging consumption transformation"
          + " innovation project information"},
      {"DESCRIPTOR", "textile cotton wool linen yarn spinning dyed melange color fashion apparel garment clothing shoe"
          + " footwear leather hair accessory silicon polysilicon solar photovoltaic pv energy power electric"
          + " electricity coal chemical metal nonferrous mining mine mineral gold copper zinc aluminum steel iron"
          + " magnesium rare earth battery food fruit vegetable canned sugar tomato seafood agriculture"
          + " biotechnology pharmaceutical medicine medicinal herbal logistics warehousing warehouse construction"
          + " engineering real estate property machinery automation equipment electronic green plastic paper"
          + " packaging printing transport shipping pvc polymer glass cement fiber resource oil gas wind chemical"
          + " alloy alloys fertilizer ingredient ingredients sweetener aspartame extract dye pigment supplement"
          + " nutrition grinding cnc shoes knitting weaving dyeing home furniture toy toys wood timber rubber"
          + " glove gloves tire tyre auto automotive motor parts component components"
          + " medical robotic robotics integrated circuit numerical control semiconductor electronic"},
      {"LOCALITY", "china chinese xinjiang hotan kashgar aksu turpan changji shihezi shanshan urumqi hami karamay"
          + " korla yili yanqi bortala altay tacheng kizilsu bayingolin habahe hongkong macau macao baotou inner mongolia"
          + " jiangsu anhui henan hebei shandong guangdong sichuan hunan hubei gansu tianjin dalian"
          + " hangzhou wuxi dongguan fujian shanghai beijing zhejiang guangzhou shenzhen ningxia qinghai tibet"
          + " yunnan guizhou chongqing liaoning heilongjiang jilin shanxi shaanxi jiangxi hainan guangxi xiamen"
          + " ningbo suzhou qingdao handan xiangyang hengshui heze binzhou rizhao nanling xinye nangong huangmei"
          + " wuhan chengdu nanjing province city county district prefecture region municipality"
          + " taiwan zhuhai changsha fuzhou huzhou lishui gongqingcheng xiongan minhang pudong jinan hefei zhengzhou"
          + " xian shenyang harbin changchun shijiazhuang taiyuan kunming nanning nanchang guiyang lanzhou yinchuan"
          + " xining hohhot foshan huizhou wenzhou shaoxing jiaxing taizhou jinhua changzhou nantong yangzhou xuzhou"
          + " yantai weifang zibo linyi tangshan baoding luoyang wuhu mianyang yibin quanzhou zhangzhou shantou"
          + " jiangmen suqian yancheng zaozhuang quzhou yuyao yiwu kunshan jiangyin zhangjiagang shunde"
          + " autonomous asia pacific europe european africa america americas usa uk"}};

  /** {@link #HAN_PHRASES} by first character, each list in the order of {@code HAN_PHRASES} (longest first). */
  private static final Map<Character, List<String[]>> HAN_PHRASES_BY_FIRST = indexHanPhrases();
  /** The position of each phrase in {@link #HAN_PHRASES}. */
  private static final Map<String[], Integer> HAN_PHRASE_ORDER = orderOfHanPhrases();

  private static final Map<String, List<String[]>> RULES_BY_FIRST = indexRules();
  private static final Map<String, TokenClass> CLASS_OF = indexClasses();

  /**
   * The phrases of {@link #HAN_PHRASES} that start with a character, longest first: looking a name's characters up
   * here instead of trying every phrase at every character.
   *
   * @param first a simplified Chinese character
   * @return the phrases, possibly empty
   */
  static List<String[]> hanPhrasesStartingWith(char first) {
    return HAN_PHRASES_BY_FIRST.getOrDefault(first, List.of());
  }

  /**
   * The phrases of {@link #HAN_PHRASES} that occur somewhere in a text, in the order of {@code HAN_PHRASES}.
   *
   * @param han simplified Chinese text
   * @return the phrases, possibly empty
   */
  static List<String[]> hanPhrasesIn(String han) {
    java.util.BitSet found = null;
    for (int i = 0; i < han.length(); i++) {
      for (String[] p : hanPhrasesStartingWith(han.charAt(i))) {
        if (han.startsWith(p[0], i)) {
          if (found == null) {
            found = new java.util.BitSet(HAN_PHRASES.size());
          }
          found.set(HAN_PHRASE_ORDER.get(p));
        }
      }
    }
    if (found == null) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>(found.cardinality());
    for (int k = found.nextSetBit(0); k >= 0; k = found.nextSetBit(k + 1)) {
      out.add(HAN_PHRASES.get(k));
    }
    return out;
  }

  /**
   * Longest rule pattern length, in tokens.
   *
   * @return the length
   */
  static int maxRuleLength() {
    return 5;
  }

  /**
   * Rules starting with a token, longest first; each array is {@code [pattern tokens..., "=", output tokens...]}.
   *
   * @param first the first token
   * @return the rules, possibly empty
   */
  static List<String[]> rulesStartingWith(String first) {
    return RULES_BY_FIRST.getOrDefault(first, List.of());
  }

  /**
   * The class of a canonical token, trying the singular of a plural ("metals", "industries") before calling it
   * distinctive.
   *
   * @param token a canonical token
   * @return its class and canonical spelling
   */
  static Classified classify(String token) {
    TokenClass c = CLASS_OF.get(token);
    if (c != null) {
      return new Classified(token, c);
    }
    if (token.length() > 4 && token.endsWith("ies")) {
      String stem = token.substring(0, token.length() - 3) + "y";
      c = CLASS_OF.get(stem);
      if (c != null && c != TokenClass.STOPWORD && c != TokenClass.LEGAL_FORM) {
        return new Classified(stem, c);
      }
    }
    if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
      String stem = token.substring(0, token.length() - 1);
      c = CLASS_OF.get(stem);
      if (c != null && c != TokenClass.STOPWORD && c != TokenClass.LEGAL_FORM) {
        return new Classified(stem, c);
      }
    }
    return new Classified(token, TokenClass.DISTINCTIVE);
  }

  /** A canonical token with its class. */
  record Classified(String token, TokenClass tokenClass) {}

  private static Map<Character, List<String[]>> indexHanPhrases() {
    Map<Character, List<String[]>> byFirst = new HashMap<>();
    for (String[] p : HAN_PHRASES) {
      byFirst.computeIfAbsent(p[0].charAt(0), k -> new ArrayList<>()).add(p);
    }
    Map<Character, List<String[]>> out = new HashMap<>();
    byFirst.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static Map<String[], Integer> orderOfHanPhrases() {
    Map<String[], Integer> order = new java.util.IdentityHashMap<>();
    for (int k = 0; k < HAN_PHRASES.size(); k++) {
      order.put(HAN_PHRASES.get(k), k);
    }
    return java.util.Collections.unmodifiableMap(order);
  }

  private static Map<String, List<String[]>> indexRules() {
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String rule : RULES) {
      int eq = rule.indexOf('=');
      String[] pattern = rule.substring(0, eq).split(" ");
      String out = rule.substring(eq + 1);
      String[] output = out.isEmpty() ? new String[0] : out.split(" ");
      if (pattern.length > maxRuleLength()) {
        throw new IllegalStateException("rule too long: " + rule);
      }
      String[] packed = new String[pattern.length + 1 + output.length];
      System.arraycopy(pattern, 0, packed, 0, pattern.length);
      packed[pattern.length] = "=";
      System.arraycopy(output, 0, packed, pattern.length + 1, output.length);
      byFirst.computeIfAbsent(pattern[0], k -> new ArrayList<>()).add(packed);
    }
    Map<String, List<String[]>> sorted = new HashMap<>();
    byFirst.forEach((k, v) -> {
      v.sort(Comparator.comparingInt((String[] r) -> Arrays.asList(r).indexOf("=")).reversed());
      sorted.put(k, List.copyOf(v));
    });
    return Map.copyOf(sorted);
  }

  private static Map<String, TokenClass> indexClasses() {
    Map<String, TokenClass> map = new HashMap<>();
    for (String[] row : CLASSES) {
      TokenClass c = TokenClass.valueOf(row[0]);
      for (String word : row[1].split(" ")) {
        map.putIfAbsent(word, c);
      }
    }
    return Map.copyOf(map);
  }

  private static List<String[]> sortedByLength(String[][] pairs) {
    List<String[]> list = new ArrayList<>(Arrays.asList(pairs));
    list.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed().thenComparing(p -> p[0]));
    return List.copyOf(list);
  }
}
