package org.ctpat4j.risk.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.risk.RiskEngine;
import org.ctpat4j.risk.data.ReferenceData;
import org.ctpat4j.risk.signal.RiskLevel;
import org.ctpat4j.risk.signal.RiskSignal;
import org.ctpat4j.risk.spi.FacilityContext;
import org.junit.jupiter.api.Test;

/** The ilab-goods rule on real HS codes: a towel or sheet mill is not a cotton grower (issue 12, item 6). */
class IlabMatchingTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  private static List<RiskSignal> ilab(String name, String country, Material made, Product... products) {
    Facility f = new Facility("f", name, country, null);
    FacilityContext ctx = new FacilityContext(f, made == null ? List.of() : List.of(made), List.of(products),
        List.of(), List.of(), List.of(), List.of(), ReferenceData.bundled(), RiskEngine.exactEntityMatcher(), AS_OF);
    return new IlabGoodsRule().evaluate(ctx);
  }

  @Test
  void towelMillWithHs6302_isNotTakenForACottonGrower() {
    // before: HS 6302.60 matched no prefix, the name fell back to the keyword "cotton": Pakistani cotton, HIGH
    assertThat(ilab("Karachi Terry Mills Ltd", "PK", null,
        new Product("p", "100% cotton bath towels", "6302.60", "f"))).isEmpty();
    assertThat(ilab("Lahore Home Textiles (Pvt) Ltd", "PK", null,
        new Product("p", "Cotton bed sheets, percale", "6302.31", "f"))).isEmpty();
  }

  @Test
  void sheetMillWithoutHsCode_isNotTakenForACottonGrower() {
    assertThat(ilab("Lahore Home Textiles (Pvt) Ltd", "PK", new Material("m", "Cotton bed sheets", null)))
        .isEmpty();
    assertThat(ilab("Karachi Terry Mills Ltd", "PK", new Material("m", "Cotton towels", null))).isEmpty();
  }

  @Test
  void rawCotton5201_isCotton() {
    assertThat(ilab("Multan Cotton Ginners (Pvt) Ltd", "PK", new Material("m", "Raw cotton", "5201.00")))
        .singleElement().satisfies(s -> {
          assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
          assertThat(s.reason()).contains("ILAB good 'Cotton'").contains("Pakistan").contains("forced labor");
        });
  }

  @Test
  void cottonYarn5205_isThreadYarnNotCotton() {
    assertThat(ilab("Shandong Weiqiao Yarn Co., Ltd.", "CN", new Material("m", "Cotton yarn", "5205")))
        .singleElement().satisfies(s -> assertThat(s.reason()).contains("ILAB good 'Thread/Yarn'")
            .doesNotContain("ILAB good 'Cotton'"));
  }

  @Test
  void polysilicon280461_isPolysilicon() {
    assertThat(ilab("Leshan Topsil Materials Co., Ltd.", "CN", new Material("m", "Polysilicon", "280461")))
        .singleElement().satisfies(s -> {
          assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
          assertThat(s.reason()).contains("ILAB good 'Polysilicon'");
        });
  }

  @Test
  void tomatoes0702AndPaste200290_areTheirOwnGoods() {
    assertThat(ilab("Agricola Los Olivos S.A. de C.V.", "MX", new Material("m", "Fresh tomatoes", "0702")))
        .singleElement().satisfies(s -> assertThat(s.reason()).contains("ILAB good 'Tomatoes'"));
    // Mexico is listed for tomatoes, not tomato products: a paste maker there is not a tomato grower
    assertThat(ilab("Conservas del Bajio S.A. de C.V.", "MX", new Material("m", "Tomato paste", "200290")))
        .isEmpty();
    assertThat(ilab("Inner Mongolia Hetao Tomato Foods Co., Ltd.", "CN",
        new Material("m", "Tomato paste", "200290"))).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("ILAB good 'Tomato Products'"));
  }
}
