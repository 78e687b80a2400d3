package org.ctpat4j.risk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.data.UflpaEntity;
import org.junit.jupiter.api.Test;

class KnownChineseNamesTest {

  @Test
  void bundled_namesEntitiesOfTheBundledList_withHanScriptNames() {
    Set<String> listed =
        ReferenceData.bundled().uflpaEntities().stream().map(UflpaEntity::name).collect(Collectors.toSet());

    assertThat(KnownChineseNames.all()).hasSize(16);
    assertThat(listed).containsAll(KnownChineseNames.all().keySet());
    assertThat(KnownChineseNames.all().values()).allSatisfy(names -> assertThat(names).isNotEmpty()
        .allSatisfy(n -> assertThat(n).matches("[\\p{IsHan}（）]+")));
    assertThat(KnownChineseNames.forListedName("Ninestar Corporation")).containsExactly("纳思达股份有限公司");
    assertThat(KnownChineseNames.forListedName("Ninestar Corp")).isEmpty();
  }

  @Test
  void parse_groupsTheRowsOfOneListedName() {
    assertThat(KnownChineseNames.parse("k.csv", "listed_name,chinese_name\nA Co,甲\nB Co,乙\n\"A Co\",丙\n"))
        .containsOnlyKeys("A Co", "B Co").containsEntry("A Co", List.of("甲", "丙"));
  }

  @Test
  void parse_badRows_nameFileLineAndColumn() {
    assertThatThrownBy(() -> KnownChineseNames.parse("k.csv", "listed_name,chinese_name\nA Co, \n"))
        .isInstanceOf(IllegalStateException.class).hasMessage("k.csv:2:6: chinese_name: required value is blank");
    assertThatThrownBy(() -> KnownChineseNames.parse("k.csv", "listed_name,chinese_name\nA Co,甲\nA Co,甲\n"))
        .hasMessage("k.csv:3:6: chinese_name: '甲' is already given for 'A Co'");
    assertThatThrownBy(() -> KnownChineseNames.parse("k.csv", "name,chinese\nA Co,甲\n"))
        .hasMessageStartingWith("k.csv:1: header is name,chinese, expected listed_name,chinese_name");
  }
}
